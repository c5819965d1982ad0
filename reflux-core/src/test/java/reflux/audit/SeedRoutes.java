package reflux.audit;

import static reflux.audit.Fixtures.analytics;
import static reflux.audit.Fixtures.c;
import static reflux.audit.Fixtures.containing;
import static reflux.audit.Fixtures.from;
import static reflux.audit.Fixtures.ms;
import static reflux.audit.Fixtures.nmr;
import static reflux.audit.Fixtures.op;
import static reflux.audit.Fixtures.outcome;
import static reflux.audit.Fixtures.ref;
import static reflux.audit.Fixtures.sub;

import java.util.List;
import reflux.model.route.OperationType;
import reflux.model.route.Provenance;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;

/**
 * Seed 001 Examples 1 and 2 written by hand from the seed text (amounts as printed), with structures from
 * ../shared/reference/seed-compounds.tsv; used until the route files and RouteReader land on main.
 */
final class SeedRoutes {

    private SeedRoutes() {
    }

    static List<SubstanceRef> substances() {
        return List.of(
                sub("acp-hcl", "7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride",
                        ref("001-III.HCl")),
                sub("dcm", "methylene chloride", ref("DCM")),
                sub("tmsa-solution", "N-trimethylsilylacetamide solution", null),
                sub("tmsa", "N-trimethylsilylacetamide", ref("TMSA")),
                sub("pcl5", "phosphorous pentachloride", ref("PCl5")),
                sub("bromo-acid", "4-bromo-2-methoxyimino-3-oxobutyric acid", ref("001-IV.BrOH")),
                sub("chloro-acid", "4-Chloro-2-methoxyimino-3-oxobutyric acid", ref("001-IV.ClOH")),
                sub("water", "water", ref("water")),
                sub("bromo-int-hcl", "bromo intermediate", ref("001-II.Br.HCl")),
                sub("chloro-int-hcl", "chloro intermediate", ref("001-II.Cl.HCl")),
                sub("thiourea", "Thiourea", ref("thiourea")),
                sub("acetone", "acetone", ref("acetone")),
                sub("tea", "triethylamine", ref("TEA")),
                sub("hcl", "concentrated hydrochloric acid", ref("HCl")),
                sub("cefepime", "Cefepime dihydrochloride monohydrate", ref("001-I.2HCl.H2O")));
    }

    static Route example1() {
        Stage s1 = new Stage("I", "bromo intermediate", List.of(), List.of("acp-hcl", "bromo-acid"), "bromo-int-hcl",
                List.of(
                        new Step("A", "silylation", List.of(
                                op(OperationType.CHARGE, c("acp-hcl", Role.REACTANT, "10 g", "0.03 mol"),
                                        c("dcm", Role.SOLVENT, "100 ml")),
                                op(OperationType.ADD, containing("tmsa-solution", Role.REAGENT,
                                        c("tmsa", Role.REAGENT, "26.72 g", "0.20 mol"))),
                                op(OperationType.COOL, "solution-A")), Provenance.NONE),
                        new Step("B", "acid chloride", List.of(
                                op(OperationType.CHARGE, c("pcl5", Role.REAGENT, "7.5 g", "0.036 mol"),
                                        c("dcm", Role.SOLVENT, "62 ml")),
                                op(OperationType.ADD, c("bromo-acid", Role.REACTANT, "7.73 g", "0.035 mol")),
                                op(OperationType.WASH, "solution-B", c("water", Role.WORKUP, "23 ml"))),
                                Provenance.NONE),
                        new Step("C", "acylation", List.of(
                                op(OperationType.ADD, from("solution-B", Role.REACTANT), from("solution-A",
                                        Role.REACTANT)),
                                op(OperationType.ADD, c("water", Role.WORKUP, "50 ml")),
                                op(OperationType.WASH, c("dcm", Role.WORKUP, "20 ml"))), Provenance.NONE)),
                List.of(outcome("bromo-int-isolated", "bromo-int-hcl", analytics(
                        nmr("2.11 m 4", "2.94 s 3", "3.45 m 1", "3.59 m 3", "3.66 d 1", "4.05 d 1", "4.05 s 3",
                                "4.30 d 1", "4.61 d 1", "4.86 s 2", "5.33 s 1", "5.91 dd 1", "9.55 d 1"),
                        List.of(ms(503, "[M+1]"), ms(505, "[M+1]"), ms(525, "[M+Na]"), ms(527, "[M+Na]")), null),
                        "13.2 g")),
                false, List.of(), Provenance.NONE);
        Stage s2 = new Stage("II", "cefepime", List.of(), List.of("bromo-int-hcl", "thiourea"), "cefepime",
                List.of(new Step("A", "cyclisation", List.of(
                        op(OperationType.CHARGE, from("bromo-int-isolated", Role.REACTANT, "2.0 g", "0.0037 mol"),
                                c("acetone", Role.SOLVENT, "20 ml"), c("water", Role.SOLVENT, "10 ml")),
                        op(OperationType.ADD, c("thiourea", Role.REACTANT, "0.31 g", "0.0040 mol")),
                        op(OperationType.ADJUST_PH, c("tea", Role.REAGENT, "1 ml")),
                        op(OperationType.ADD, c("hcl", Role.REAGENT, "2.8 ml")),
                        op(OperationType.ADD, c("acetone", Role.SOLVENT, "60 ml")),
                        op(OperationType.WASH, c("acetone", Role.WORKUP, "2x5 ml"))), Provenance.NONE)),
                List.of(outcome("cefepime-isolated", "cefepime", analytics(
                        nmr("2.10 m 4", "2.94 s 3", "3.45 m 1", "3.59 m 3", "3.66 d 1", "4.04 d 1", "3.93 s 3",
                                "4.31 d 1", "4.61 d 1", "5.33 d 1", "5.89 dd 1", "6.88 s 1", "8.51 b 2", "9.83 d 1"),
                        List.of(ms(481, "[M+1]+"), ms(503, "[M+Na]+")), 99.42), "1.47 g")),
                false, List.of(), Provenance.NONE);
        return new Route("reflux.route/1", "cefepime-001-example1", "Example 1", List.of("001"), Route.Kind.EXAMPLE,
                substances(), List.of(s1, s2), List.of(), List.of());
    }

    static Route example2() {
        Stage s1 = new Stage("I", "chloro intermediate", List.of(), List.of("acp-hcl", "chloro-acid"),
                "chloro-int-hcl",
                List.of(
                        new Step("B", "acid chloride", List.of(
                                op(OperationType.ADD, c("chloro-acid", Role.REACTANT, "6.2 g", "0.0345 mol")),
                                op(OperationType.CHARGE, c("pcl5", Role.REAGENT, "7.5 g", "0.0360 mol"),
                                        c("dcm", Role.SOLVENT, "62 ml")),
                                op(OperationType.WASH, "solution-B", c("water", Role.WORKUP, "23 ml"))),
                                Provenance.NONE),
                        new Step("C", "acylation as in Example 1", List.of(
                                op(OperationType.ADD, c("acp-hcl", Role.REACTANT),
                                        from("solution-B", Role.REACTANT))), Provenance.NONE)),
                List.of(outcome("chloro-int-isolated", "chloro-int-hcl", analytics(
                        nmr("2.11 m 4", "2.94 s 3", "3.45 m 1", "3.60 m 3", "3.68 d 1", "4.06 d 1", "4.05 s 3",
                                "4.34 d 1", "4.60 d 1", "4.86 s 2", "5.33 s 1", "5.90 dd 1", "9.58 d 1"),
                        List.of(ms(459, "[M+1]"), ms(461, "[M+1]")), null))),
                false, List.of(), Provenance.NONE);
        Stage s2 = new Stage("II", "cefepime", List.of(), List.of("chloro-int-hcl", "thiourea"), "cefepime",
                List.of(new Step("A", "cyclisation", List.of(
                        op(OperationType.ADD, c("thiourea", Role.REACTANT, "0.92 g", "0.012 mol")),
                        op(OperationType.CHARGE, from("chloro-int-isolated", Role.REACTANT, "4.0 g", "0.008 mol"),
                                c("acetone", Role.SOLVENT, "40 ml"), c("water", Role.SOLVENT, "20 ml")),
                        op(OperationType.ADD, c("hcl", Role.REAGENT, "1.2 ml")),
                        op(OperationType.ADD, c("acetone", Role.SOLVENT, "92 ml")),
                        op(OperationType.WASH, c("acetone", Role.WORKUP, "2x10 ml"))), Provenance.NONE)),
                List.of(outcome("cefepime-isolated", "cefepime", analytics(List.of(), List.of(), 99.19), "3.4 g")),
                false, List.of(), Provenance.NONE);
        return new Route("reflux.route/1", "cefepime-001-example2", "Example 2", List.of("001"), Route.Kind.EXAMPLE,
                substances(), List.of(s1, s2), List.of(), List.of());
    }
}
