package reflux.extract.patent;

import java.util.List;
import reflux.model.route.Route;

/**
 * What {@link PatentExtractor} read from one patent: one route per example, the passages it did not understand,
 * and messages for the user ("no example found").
 *
 * @param routes   one route per example, in document order
 * @param unparsed passages not turned into route data
 * @param messages remarks about the document as a whole
 */
public record PatentExtraction(List<Route> routes, List<Unparsed> unparsed, List<String> messages) {
    public PatentExtraction {
        routes = List.copyOf(routes);
        unparsed = List.copyOf(unparsed);
        messages = List.copyOf(messages);
    }
}
