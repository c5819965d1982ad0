package reflux.audit;

import static reflux.audit.AuditSink.cmp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;
import reflux.model.finding.FindingCode;
import reflux.model.route.NmrPeak;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;

/**
 * 1H NMR cross-checks of an isolated product: the sum of the printed integrals against the H count of its main
 * component (exchangeable NH/OH/SH may be missing), and the multiplicity of signals that a shift-range table
 * (nmr-shift-ranges.tsv) assigns to a proton type, against the number of vicinal protons CDK counts on the
 * structure (a CH with one vicinal partner must be a doublet, not a singlet).
 */
final class NmrCheck implements Checker {

    @Override
    public String name() {
        return "nmr";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        for (Stage stage : ctx.route().stages()) {
            for (Outcome o : stage.outcomes()) {
                List<NmrPeak> peaks = o.analytics().nmr();
                String nucleus = o.analytics().nmrNucleus();
                if (peaks.isEmpty() || nucleus != null && !nucleus.equalsIgnoreCase("1H")) {
                    continue;
                }
                Optional<Material> m = ctx.material(o.substance());
                if (m.isEmpty()) {
                    continue;
                }
                String path = AuditContext.outcomePath(stage, o) + ".analytics.nmr";
                hydrogenCount(o, m.get(), path, sink);
                multiplicities(ctx, o, m.get(), path, sink);
            }
        }
    }

    private static void hydrogenCount(Outcome o, Material m, String path, AuditSink sink) {
        int sum = 0;
        for (NmrPeak p : o.analytics().nmr()) {
            sum += p.protons() == null ? 0 : p.protons();
        }
        int total = m.mainHydrogens();
        int exchangeable = m.mainExchangeableHydrogens();
        String structure = "the main component of " + o.substance() + " has " + total + " H, " + exchangeable
                + " of them on N/O/S (exchangeable, may be broadened or missing)";
        if (sum <= total && sum >= total - exchangeable) {
            sink.add(FindingCode.NMR_H_COUNT_OK, "Integrals sum to " + sum + " H; " + structure
                    + (sum < total ? "; " + (total - sum) + " exchangeable H not observed" : "") + ".", path, null,
                    cmp("H count", (double) total, (double) sum, (double) exchangeable, "H"));
        } else {
            sink.add(FindingCode.NMR_H_COUNT, "Integrals sum to " + sum + " H but " + structure + ".", path,
                    null, cmp("H count", (double) total, (double) sum, (double) exchangeable, "H"));
        }
    }

    /** Proton-bearing atoms per shift-range row, with their H count and vicinal H count. */
    private static Map<AuditData.ShiftRange, List<int[]>> protonTypes(AuditData data, IAtomContainer mol) {
        Map<AuditData.ShiftRange, List<int[]>> out = new LinkedHashMap<>();
        for (AuditData.ShiftRange row : data.shiftRanges()) {
            List<int[]> atoms = new ArrayList<>();
            for (int[] match : SmartsPattern.create(row.smarts()).matchAll(mol).uniqueAtoms()) {
                IAtom a = mol.getAtom(match[0]);
                atoms.add(new int[] {hydrogens(a), vicinal(mol, a)});
            }
            if (!atoms.isEmpty()) {
                out.put(row, atoms);
            }
        }
        return out;
    }

    private static void multiplicities(AuditContext ctx, Outcome o, Material m, String path, AuditSink sink) {
        IAtomContainer mol = m.main();
        Map<AuditData.ShiftRange, List<int[]>> types = ctx.cache().nmr(m.smiles(), k -> {
            synchronized (mol) {
                return protonTypes(ctx.data(), mol);
            }
        });
        List<NmrPeak> peaks = o.analytics().nmr();
        for (int i = 0; i < peaks.size(); i++) {
            NmrPeak p = peaks.get(i);
            for (var e : types.entrySet()) {
                AuditData.ShiftRange row = e.getKey();
                if (p.shift() < row.low() || p.shift() > row.high()) {
                    continue;
                }
                for (int[] atom : e.getValue()) {
                    if (p.protons() != null && p.protons() != atom[0]) {
                        continue;
                    }
                    verdict(p, row, atom[1], path + "[" + i + "]", o, sink);
                    break;
                }
            }
        }
    }

    private static void verdict(NmrPeak p, AuditData.ShiftRange row, int vicinal, String path, Outcome o,
                                AuditSink sink) {
        String mult = p.multiplicity() == null ? "" : p.multiplicity().trim().toLowerCase(Locale.ROOT);
        boolean singlet = mult.equals("s");
        boolean split = mult.matches("[dtq]+|dd|ddd|dt|td|2d");
        String expected = vicinal == 0 ? "a singlet" : vicinal == 1 ? "a doublet" : "a multiplet (" + (vicinal + 1)
                + " lines or more)";
        String what = String.format(Locale.ROOT, "%.2f (%s, %sH)", p.shift(), p.multiplicity(),
                p.protons() == null ? "?" : p.protons());
        if (singlet && vicinal > 0 || split && vicinal == 0) {
            sink.add(FindingCode.NMR_MULTIPLICITY, "Signal " + what + " falls in the range of " + row.id()
                    + " (" + row.note() + ", " + row.low() + "-" + row.high() + " ppm); that proton has " + vicinal
                    + " vicinal partner(s) in " + o.substance() + ", so it must be " + expected + ", not "
                    + (singlet ? "a singlet" : "split") + ".", path, p.text(),
                    cmp("vicinal H", (double) vicinal, singlet ? 0.0 : null, null, "H"));
        }
    }

    private static int hydrogens(IAtom a) {
        return a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
    }

    /** H on the heavy-atom neighbours (3-bond H-C-X-H couplings); OH protons exchange fast and are left out. */
    private static int vicinal(IAtomContainer mol, IAtom a) {
        int n = 0;
        for (IAtom nb : mol.getConnectedAtomsList(a)) {
            if (!"O".equals(nb.getSymbol())) {
                n += hydrogens(nb);
            }
        }
        return n;
    }
}
