package reflux.route.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reflux.model.route.Route;
import reflux.route.RouteStructures;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * {@code reflux diff} on near-miss edits of the hand-written 001 Example 1 route: each edit is one change a chemist
 * would (or would not) call a difference, and the expected code is stated with the edit.
 */
class RouteDiffTest {
    static String yaml;
    static Route original;
    static final RouteDiff DIFF = new RouteDiff(RouteStructures.standard());

    @BeforeAll
    static void read() throws IOException {
        Path f = SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml");
        yaml = Files.readString(f, StandardCharsets.UTF_8);
        original = parse(yaml);
    }

    static Route parse(String text) {
        RouteLoad l = new RouteReader().parse(Path.of("edited.yaml"), text);
        assertThat(l.problems()).isEmpty();
        return l.route();
    }

    static List<Difference> edited(String from, String to) {
        assertThat(yaml).contains(from);
        return DIFF.diff(original, parse(yaml.replace(from, to)));
    }

    @Test
    void aRouteDoesNotDifferFromItself() {
        assertThat(DIFF.diff(original, original)).isEmpty();
    }

    @Test
    void idsNotesAndNamesOfTheSameStructureAreNotDifferences() {
        // methylene chloride and dichloromethane are one structure (ClCCl); ids and notes are wording
        String t = yaml.replace("name: methylene chloride", "name: dichloromethane").replace("id: dcm", "id: ch2cl2")
                .replace("substance: dcm", "substance: ch2cl2").replace("No yields are printed; statedYield is left empty.",
                        "rewritten note");
        assertThat(DIFF.diff(original, parse(t))).isEmpty();
    }

    @Test
    void aStreamPouredFromAnotherVesselIsACharge() {
        // "Solution B was added to solution A": the poured stream is a charge of step C like any other; dropping it
        // is a difference, renaming the stream is not (ids are wording)
        String pour = "              - {from: solution-A, role: reactant}\n";
        assertThat(yaml).contains(pour);
        List<Difference> dropped = DIFF.diff(original, parse(yaml.replace(pour,
                "              - {substance: water, role: workup, amounts: [\"1 ml\"]}\n")));
        assertThat(dropped).extracting(Difference::code).contains(DiffCode.CHARGE_ONLY_IN_A);
        assertThat(dropped).filteredOn(d -> d.code() == DiffCode.CHARGE_ONLY_IN_A)
                .anySatisfy(d -> assertThat(d.a()).contains("stream 'solution-A'"));
        String renamed = yaml.replace("produces: solution-A", "produces: vessel-1")
                .replace("{from: solution-A, role: reactant}", "{from: vessel-1, role: reactant}");
        assertThat(DIFF.diff(original, parse(renamed))).isEmpty();
    }

    @Test
    void amountsInOtherUnitsAreTheSame() {
        // 10 g = 10000 mg; 0.03 mol = 30 mmol; 100 ml = 0.1 L (hand conversion)
        assertThat(edited("amounts: [\"10 g\", \"0.03 mol\"]", "amounts: [\"10000 mg\", \"30 mmol\"]")).isEmpty();
        assertThat(edited("amounts: [\"100 ml\"]", "amounts: [\"0.1 L\"]")).isEmpty();
    }

    @Test
    void aRoundingWithinTheLastPrintedDigitIsTheSame() {
        // 7.73 g vs 7.7 g: |0.03| <= half of the last digit of 7.7 (0.05)
        assertThat(edited("amounts: [\"7.73 g\", \"0.035 mol\"]", "amounts: [\"7.7 g\", \"0.035 mol\"]")).isEmpty();
    }

    @Test
    void aDifferentAmountIsAChargeAmountDifference() {
        // 7.73 g vs 7.93 g: 0.2 g apart, beyond 0.5 % (0.04 g) and the last digit (0.005 g)
        assertThat(edited("amounts: [\"7.73 g\", \"0.035 mol\"]", "amounts: [\"7.93 g\", \"0.035 mol\"]"))
                .extracting(Difference::code).containsExactly(DiffCode.CHARGE_AMOUNT);
    }

    @Test
    void aMissingAmountIsADifference() {
        assertThat(edited("amounts: [\"7.73 g\", \"0.035 mol\"]", "amounts: [\"7.73 g\"]"))
                .extracting(Difference::code).containsExactly(DiffCode.CHARGE_AMOUNT);
    }

    @Test
    void aTemperatureOrTimeChangeIsReported() {
        assertThat(edited("conditions: {temperature: \"2-5 °C\", duration: \"1 h\"}",
                "conditions: {temperature: \"2-8 °C\", duration: \"1 h\"}"))
                .extracting(Difference::code).containsExactly(DiffCode.TEMPERATURE, DiffCode.TEMPERATURE);
        // 30 min = 0.5 h: the same duration
        assertThat(edited("duration: \"30 min\"", "duration: \"0.5 h\"")).isEmpty();
        assertThat(edited("duration: \"30 min\"", "duration: \"40 min\""))
                .extracting(Difference::code).containsExactly(DiffCode.TIME, DiffCode.TIME);
    }

    @Test
    void theWrongEnantiomerOfTheNucleusIsAStereoDifference() {
        // (6S,7S) instead of (6R,7R): same constitution, other stereo
        String t = yaml.replace("name: 7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride\n",
                "name: 7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride\n"
                + "    smiles: \"C[N+]1(CCCC1)CC2=C(N3[C@H]([C@H](C3=O)N)SC2)C(=O)[O-].Cl\"\n");
        assertThat(DIFF.diff(original, parse(t))).extracting(Difference::code)
                .containsExactly(DiffCode.SUBSTANCE_STEREO);
    }

    @Test
    void productAmountPurityAndAnalyticsChangesAreReported() {
        assertThat(edited("amounts: [\"1.47 g\"]", "amounts: [\"1.57 g\"]")).extracting(Difference::code)
                .containsExactly(DiffCode.OUTCOME_AMOUNT);
        assertThat(edited("hplcPurity: 99.42", "hplcPurity: 99.24")).extracting(Difference::code)
                .containsExactly(DiffCode.PURITY);
        assertThat(edited("irBands: [1773, 1730, 1658, 1634]", "irBands: [1773, 1730, 1658]"))
                .extracting(Difference::code).containsExactly(DiffCode.IR);
        assertThat(edited("{mz: 481, label: \"[M+1]\"", "{mz: 482, label: \"[M+1]\"")).extracting(Difference::code)
                .containsExactly(DiffCode.MS, DiffCode.MS);
        assertThat(edited("{shift: 6.88, multiplicity: s, protons: 1", "{shift: 6.88, multiplicity: d, protons: 1"))
                .extracting(Difference::code).containsExactly(DiffCode.NMR, DiffCode.NMR);
    }

    @Test
    void markupInMultiplicitiesAndIonLabelsIsWording() {
        assertThat(edited("{shift: 2.11, multiplicity: m,", "{shift: 2.11, multiplicity: \"*m*\",")).isEmpty();
        assertThat(edited("{mz: 481, label: \"[M+1]\"", "{mz: 481, label: \"M+1\"")).isEmpty();
    }

    @Test
    void aDroppedChargeIsReportedOnItsSide() {
        String charge = "            charges:\n              - substance: tea\n                role: reagent\n"
                + "                amounts: [\"1 ml\"]\n                source: {document: \"001\", locator: \"Example 1, "
                + "Stage II\", quote: \"triethylamine (1 ml)\", start: 17277, end: 17297}\n";
        assertThat(edited(charge, "")).extracting(Difference::code).containsExactly(DiffCode.CHARGE_ONLY_IN_A);
    }
}
