package reflux.extract;

import java.util.List;

/**
 * What {@link ParagraphExtractor} read from one paragraph; every value keeps its offsets into {@link #text()}.
 *
 * @param text         the paragraph
 * @param sentences    its sentences
 * @param inputs       chemicals charged or used (starting materials, reagents, solvents, work-up materials)
 * @param products     products with their amounts and yields (percentages of kind PERCENT are yields)
 * @param temperatures temperatures printed as numbers, in order
 * @param temperatureWords "room temperature", "reflux" and the like
 * @param times        durations
 * @param phs          pH values
 * @param actions      action words (reaction steps and work-up verbs)
 * @param atmospheres  gases named after "under" ("under nitrogen")
 */
public record Extraction(String text, List<Span> sentences, List<Mention> inputs, List<Mention> products,
        List<Quantity> temperatures, List<Span> temperatureWords, List<Quantity> times, List<Quantity> phs,
        List<Span> actions, List<Span> atmospheres) {
    public Extraction {
        sentences = List.copyOf(sentences);
        inputs = List.copyOf(inputs);
        products = List.copyOf(products);
        temperatures = List.copyOf(temperatures);
        temperatureWords = List.copyOf(temperatureWords);
        times = List.copyOf(times);
        phs = List.copyOf(phs);
        actions = List.copyOf(actions);
        atmospheres = List.copyOf(atmospheres);
    }
}
