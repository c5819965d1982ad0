package reflux.export;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IReaction;
import org.openscience.cdk.interfaces.IReactionSet;
import org.openscience.cdk.io.MDLRXNWriter;
import org.openscience.cdk.io.SDFWriter;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * MDL exports of a route's run with CDK's writers: RXN V2000 ({@link MDLRXNWriter}), one reaction per stage run
 * (several separated by {@code $$$$}), reactants and consumed reagents of the balanced stage equation, solvents and
 * catalysts charged as agents, the products and by-products; and SDF ({@link SDFWriter}), every resolved substance
 * of the route and every derived product and by-product, with the data fields {@code id}, {@code name},
 * {@code role}, {@code InChIKey}, {@code formula}, {@code stage}, {@code SMILES} and {@code origin}. 2D coordinates
 * from CDK's structure diagram generator (wedges carry the stereo). Thread-safe: CDK parsers are made per call.
 *
 * <pre>{@code
 * MdlExport.Result r = new MdlExport().rxn(List.of(routeExport));
 * }</pre>
 */
public final class MdlExport {

    /** The file text, and what could not be written (each a sentence saying which stage or substance). */
    public record Result(String text, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** One reaction per stage run of each export (the variants of a claims route). */
    public Result rxn(List<RouteExport> xs) {
        List<String> warnings = new ArrayList<>();
        SmilesParser sp = new SmilesParser(SilentChemObjectBuilder.getInstance());
        IReactionSet set = SilentChemObjectBuilder.getInstance().newInstance(IReactionSet.class);
        for (RouteExport x : xs) {
            reactions(x, sp, set, warnings);
        }
        StringWriter out = new StringWriter();
        if (!set.isEmpty()) {
            try (MDLRXNWriter w = new MDLRXNWriter(out)) {
                w.write(set.getReactionCount() == 1 ? set.getReaction(0) : set);
            } catch (CDKException | IOException e) {
                throw new IllegalStateException("CDK's RXN writer failed on structures it parsed", e);
            }
        }
        return new Result(out.toString(), warnings);
    }

    private void reactions(RouteExport x, SmilesParser sp, IReactionSet set, List<String> warnings) {
        for (Stage stage : x.stages()) {
            StageRun run = x.stageRun(stage.id()).orElseThrow();
            if (run.inputs().isEmpty() || run.products().isEmpty()) {
                warnings.add("stage " + stage.id() + ": no balanced equation (verdict " + run.verdict()
                        + "); not written to the RXN file");
                continue;
            }
            IReaction r = SilentChemObjectBuilder.getInstance().newInstance(IReaction.class);
            r.setProperty(CDKConstants.TITLE, x.route().id() + " stage " + stage.id()
                    + (x.variant() == null ? "" : " variant " + x.variant().id()));
            r.setProperty(CDKConstants.REMARK, "Reflux " + run.verdict() + (run.rules().isEmpty() ? ""
                    : " " + String.join(",", run.rules())));
            Set<String> keys = new LinkedHashSet<>();
            boolean ok = true;
            for (Species s : run.inputs()) {
                IAtomContainer m = molecule(sp, s.smiles(), label(x, s), warnings, "stage " + stage.id());
                ok &= m != null;
                if (m != null) {
                    for (int i = 0; i < copies(s); i++) {
                        r.addReactant(i == 0 ? m : clone(m), 1.0);
                    }
                    keys.add(s.inchiKey());
                }
            }
            for (String id : agents(stage)) {
                Resolution res = x.structure(id);
                if (res != null && res.isResolved() && res.smiles() != null && !keys.contains(res.inchiKey())) {
                    IAtomContainer m = molecule(sp, res.smiles(), name(x, id), warnings, "stage " + stage.id());
                    if (m != null) {
                        r.addAgent(m);
                        keys.add(res.inchiKey());
                    }
                }
            }
            for (Species s : run.products()) {
                IAtomContainer m = molecule(sp, s.smiles(), label(x, s), warnings, "stage " + stage.id());
                ok &= m != null;
                if (m != null) {
                    for (int i = 0; i < copies(s); i++) {
                        r.addProduct(i == 0 ? m : clone(m), 1.0);
                    }
                }
            }
            for (Species s : run.byProducts()) {
                IAtomContainer m = molecule(sp, s.smiles(), label(x, s), warnings, "stage " + stage.id());
                ok &= m != null;
                if (m != null) {
                    for (int i = 0; i < copies(s); i++) {
                        r.addProduct(i == 0 ? m : clone(m), 1.0);
                    }
                }
            }
            if (ok) {
                set.addReaction(r);
            }
        }
    }

    /**
     * Every resolved substance, then every derived product and by-product of each stage run, for each export (ids
     * prefixed with the variant, {@code variant/id}, where there is one).
     */
    public Result sdf(List<RouteExport> xs) {
        List<String> warnings = new ArrayList<>();
        SmilesParser sp = new SmilesParser(SilentChemObjectBuilder.getInstance());
        StringWriter out = new StringWriter();
        try (SDFWriter w = new SDFWriter(out)) {
            for (RouteExport x : xs) {
                records(x, sp, w, warnings);
            }
        } catch (CDKException | IOException e) {
            throw new IllegalStateException("CDK's SDF writer failed on structures it parsed", e);
        }
        return new Result(out.toString(), warnings);
    }

    private void records(RouteExport x, SmilesParser sp, SDFWriter w, List<String> warnings) throws CDKException {
        String prefix = x.variant() == null ? "" : x.variant().id() + "/";
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Map<String, Set<String>> stages = new LinkedHashMap<>();
        for (Stage stage : x.stages()) {
            for (Step step : stage.steps()) {
                for (Operation op : step.operations()) {
                    for (Charge c : op.charges()) {
                        note(roles, stages, c, stage.id());
                        c.containing().forEach(in -> note(roles, stages, in, stage.id()));
                    }
                }
            }
            for (Outcome o : stage.outcomes()) {
                roles.computeIfAbsent(o.substance(), k -> new LinkedHashSet<>()).add(Role.PRODUCT.name());
                stages.computeIfAbsent(o.substance(), k -> new LinkedHashSet<>()).add(stage.id());
            }
        }
        for (SubstanceRef s : x.route().substances()) {
            Resolution r = x.structure(s.id());
            if (r == null || !r.isResolved() || r.smiles() == null) {
                warnings.add("substance " + s.id() + " (" + s.name() + "): no structure"
                        + (r == null || r.message() == null ? "" : " (" + r.message() + ")") + "; not in the SDF");
                continue;
            }
            IAtomContainer m = molecule(sp, r.smiles(), name(x, s.id()), warnings, "substance " + s.id());
            if (m != null) {
                fields(m, prefix + s.id(), name(x, s.id()), String.join(",", roles.getOrDefault(s.id(), Set.of())),
                        r.inchiKey(), r.formula(), String.join(",", stages.getOrDefault(s.id(), Set.of())),
                        r.smiles(), "route substance");
                w.write(m);
            }
        }
        for (StageRun run : x.run().stages()) {
            int n = 0;
            for (Species s : run.products()) {
                sdfSpecies(w, sp, x, run, s, prefix, "product-" + ++n, "PRODUCT", warnings);
            }
            n = 0;
            for (Species s : run.byProducts()) {
                sdfSpecies(w, sp, x, run, s, prefix, "byproduct-" + ++n, "BYPRODUCT", warnings);
            }
        }
    }

    private void sdfSpecies(SDFWriter w, SmilesParser sp, RouteExport x, StageRun run, Species s, String prefix,
                            String tag, String role, List<String> warnings) throws CDKException {
        String id = prefix + run.stageId() + ":" + (s.substance() != null ? s.substance() : tag);
        IAtomContainer m = molecule(sp, s.smiles(), label(x, s), warnings, "stage " + run.stageId());
        if (m != null) {
            fields(m, id, label(x, s), role, s.inchiKey(), s.formula(), run.stageId(), s.smiles(),
                    "derived by the engine (verdict " + run.verdict() + ", coefficient " + fmt(s.coefficient()) + ")");
            w.write(m);
        }
    }

    private static void fields(IAtomContainer m, String id, String name, String role, String key, String formula,
                               String stage, String smiles, String origin) {
        m.setTitle(id);
        m.setProperty("id", id);
        m.setProperty("name", name);
        m.setProperty("role", role.isEmpty() ? "-" : role);
        m.setProperty("InChIKey", key == null ? "-" : key);
        m.setProperty("formula", formula == null ? "-" : formula);
        m.setProperty("stage", stage.isEmpty() ? "-" : stage);
        m.setProperty("SMILES", smiles);
        m.setProperty("origin", origin);
    }

    private static void note(Map<String, Set<String>> roles, Map<String, Set<String>> stages, Charge c, String stage) {
        if (c.substance() != null) {
            roles.computeIfAbsent(c.substance(), k -> new LinkedHashSet<>()).add(c.role().name());
            stages.computeIfAbsent(c.substance(), k -> new LinkedHashSet<>()).add(stage);
        }
    }

    /**
     * How many times a species is written: RXN has no coefficients, so a whole coefficient n repeats the molecule n
     * times (CDK's writer repeats by coefficient but counts each molecule once in the header, which readers then
     * misalign); a fractional one is written once.
     */
    private static int copies(Species s) {
        double c = s.coefficient();
        return c >= 1 && c == Math.rint(c) && c <= 20 ? (int) c : 1;
    }

    private static IAtomContainer clone(IAtomContainer m) {
        try {
            return m.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("CDK atom containers are cloneable", e);
        }
    }

    /** Substances charged as solvent or catalyst: the agents of the reaction. */
    private static List<String> agents(Stage stage) {
        Set<String> out = new LinkedHashSet<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                for (Charge c : op.charges()) {
                    if (c.substance() != null && (c.role() == Role.SOLVENT || c.role() == Role.CATALYST)) {
                        out.add(c.substance());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The molecule with 2D coordinates (none when the layout fails: zero coordinates, stereo then lost). */
    private static IAtomContainer molecule(SmilesParser sp, String smiles, String title, List<String> warnings,
                                           String where) {
        IAtomContainer m;
        try {
            m = sp.parseSmiles(smiles);
        } catch (CDKException e) {
            warnings.add(where + ": SMILES " + smiles + " not readable by CDK (" + e.getMessage() + "); left out");
            return null;
        }
        try {
            StructureDiagramGenerator sdg = new StructureDiagramGenerator();
            sdg.generateCoordinates(m);
        } catch (CDKException | RuntimeException e) {
            warnings.add(where + ": no 2D layout for " + smiles + " (" + e.getMessage() + ")");
        }
        m.setTitle(title);
        return m;
    }

    private static String label(RouteExport x, Species s) {
        return s.substance() != null ? name(x, s.substance()) : s.formula();
    }

    private static String name(RouteExport x, String id) {
        return x.substance(id).map(SubstanceRef::name).orElse(id);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
