package reflux.bench;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import uk.ac.cam.ch.wwmm.chemicaltagger.ChemistryPOSTagger;
import uk.ac.cam.ch.wwmm.chemicaltagger.ChemistrySentenceParser;
import uk.ac.cam.ch.wwmm.chemicaltagger.POSContainer;

/**
 * ChemicalTagger 1.6.2's full tag and parse of a paragraph, as its README shows it: the POS taggers
 * ({@code ChemistryPOSTagger.getDefaultInstance().runTaggers(text)}), the ANTLR sentence parser and the XML document.
 *
 * <p>Not thread-safe: the default instance is one shared tagger whose OpenNLP {@code POSTaggerME} (a singleton in
 * {@code OpenNLPTagger.getInstance()}) keeps per-call state, so ChemicalTagger is timed on one thread only.
 */
public final class TaggerEngine implements Engine {
    private final ChemistryPOSTagger tagger;

    private TaggerEngine(ChemistryPOSTagger tagger) {
        this.tagger = tagger;
    }

    /** The default tagger (loading OSCAR4, OpenNLP and the regex rules is part of a cold figure). */
    public static TaggerEngine standard() {
        return new TaggerEngine(ChemistryPOSTagger.getDefaultInstance());
    }

    @Override
    public String name() {
        return "ChemicalTagger 1.6.2";
    }

    /** The XML document ChemicalTagger makes of {@code text}. */
    public Document document(String text) {
        POSContainer tagged = tagger.runTaggers(text);
        ChemistrySentenceParser parser = new ChemistrySentenceParser(tagged);
        parser.parseTags();
        return parser.makeXMLDocument();
    }

    @Override
    public int read(String text) {
        Document d = document(text);
        Element root = d.getRootElement();
        Nodes all = root.query("//*");
        return all.size();
    }
}
