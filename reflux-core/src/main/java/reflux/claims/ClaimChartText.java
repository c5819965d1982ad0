package reflux.claims;

import java.io.PrintWriter;
import reflux.claims.ClaimChart.Evidence;
import reflux.claims.ClaimChart.LimitationResult;
import reflux.claims.ClaimChart.ReadingResult;

/** The text view of a claim chart: per claim its verdict, then each limitation with the claim's and the route's words. */
public final class ClaimChartText {

    private ClaimChartText() {
    }

    /** Writes {@code chart}; {@code detail} adds every limitation with its evidence. */
    public static void write(PrintWriter out, ClaimChart chart, boolean detail) {
        out.println("claim chart: route " + chart.route() + (chart.variant() == null ? "" : " variant "
                + chart.variant()) + " against the claims of " + chart.document());
        for (ClaimChart.Result r : chart.claims()) {
            out.println(String.format("  claim %-3d %-13s %s", r.claim(), r.verdict(), shorten(r.text().text(), 90)));
            if (r.firstFailing() != null) {
                out.println("      first failing: " + r.firstFailing());
            }
            for (String h : r.designAround()) {
                out.println("      design-around: " + h);
            }
            if (!detail) {
                continue;
            }
            for (ReadingResult rd : r.readings()) {
                if (r.readings().size() > 1) {
                    out.println("      reading '" + rd.reading() + "': " + rd.verdict() + (rd.defect() == null ? ""
                            : " (defect: " + rd.defect() + ")"));
                }
                for (LimitationResult l : rd.limitations()) {
                    out.println("      " + l.verdict() + " " + l.kind().name().toLowerCase() + " \""
                            + l.claimQuote().text().replace('\n', ' ') + "\"" + (l.claimQuote().start() == null ? ""
                            : " [" + l.claimQuote().start() + "-" + l.claimQuote().end() + "]") + ": " + l.finding());
                    for (Evidence e : l.evidence()) {
                        out.println("          route: " + e.where() + ": " + e.value() + (e.quote() == null ? ""
                                : " \"" + shorten(e.quote(), 100) + "\""));
                    }
                }
            }
        }
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
