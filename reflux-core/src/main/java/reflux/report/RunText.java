package reflux.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import reflux.model.run.ImpurityMass;
import reflux.model.run.RunResult;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.text.TerminalText;

/**
 * The text view of a {@link RunResult} as {@code reflux run} prints it: per stage the inputs, rules, products,
 * by-products, verdict and balanced equation, then the derived impurities. Control characters are escaped.
 */
public final class RunText {

    private RunText() {
    }

    /** Prints one run. */
    public static void print(PrintWriter out, RunResult r) {
        out.println("route " + t(r.routeId()) + (r.variantId() == null ? "" : "  variant " + t(r.variantId())));
        for (StageRun s : r.stages()) {
            out.println("  stage " + t(s.stageId()) + "  " + s.verdict() + "  rules: "
                    + (s.rules().isEmpty() ? "-" : t(String.join(", ", s.rules()))));
            species(out, "inputs", s.inputs());
            species(out, "products", s.products());
            species(out, "by-products", s.byProducts());
            if (s.declared() != null) {
                out.println("    declared:    " + t(label(s.declared())) + "  " + t(s.declared().inchiKey()));
            }
            if (s.equation() != null) {
                out.println("    equation:    " + t(s.equation()));
            }
            out.println("    balance:     " + (s.balanced() ? "atoms and charge balance" : "NOT balanced")
                    + (s.balanceNote() == null ? "" : " (" + t(s.balanceNote()) + ")"));
            s.findings().forEach(f -> out.println("    " + f.code().defaultSeverity() + " " + f.code() + ": "
                    + t(f.message())));
            if (!s.alternatives().isEmpty()) {
                out.println("    alternatives: " + t(String.valueOf(s.alternatives())));
            }
            s.evidence().forEach(e -> out.println("    - " + t(String.valueOf(e))));
        }
        if (!r.impurityMasses().isEmpty()) {
            out.println("  impurities:");
            for (ImpurityMass m : r.impurityMasses()) {
                out.printf(Locale.ROOT, "    %-16s %-14s mono %.4f  %s %.4f  %s%n", t(m.id()), t(m.formula()),
                        m.monoisotopicMass(), m.ion(), m.mz(), t(m.inchiKey()));
                out.println("      " + t(m.description()));
            }
        }
        out.println("  result: " + (r.allMatch() ? "every stage MATCH"
                : "not every stage MATCH without an ERROR finding"));
    }

    private static void species(PrintWriter out, String title, List<Species> list) {
        for (int i = 0; i < list.size(); i++) {
            Species s = list.get(i);
            long n = Math.round(s.coefficient());
            out.printf(Locale.ROOT, "    %-12s %s%s  %s%n", i == 0 ? title + ":" : "", n == 1 ? "" : n + " ",
                    t(s.substance() == null ? s.formula() : s.substance() + "  " + s.formula()), t(s.smiles()));
        }
    }

    /** Route data as printed: control characters escaped. */
    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private static String label(Species s) {
        return s.substance() != null ? s.substance() : s.formula();
    }
}
