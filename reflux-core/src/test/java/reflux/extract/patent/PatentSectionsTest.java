package reflux.extract.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.extract.Span;
import reflux.model.route.Analytics;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;

/** Headings, titles, analytics lines and the end of the examples, on small texts written for the test. */
class PatentSectionsTest {

    @Test
    void exampleStageAndStepHeadingsInTheirUsualSpellings() {
        String t = """
                Background prose mentions Example 1 of an earlier patent.

                EXAMPLE-1
                Stage 1
                Step A: Preparation of benzyl alcohol
                To benzyl chloride (5 g) in water (50 ml) was added sodium hydroxide (2 g).
                Step B
                The mixture was stirred for 2 h.
                Example 2: Preparation of benzoic acid
                Benzaldehyde (1 g) was oxidised.
                What is claimed is:
                1. A process for making benzoic acid.
                """;
        List<PatentSections.Example> ex = PatentSections.examples(t);
        assertThat(ex).extracting(PatentSections.Example::label).containsExactly("1", "2");
        PatentSections.Stage s = ex.get(0).stages().get(0);
        assertThat(s.label()).isEqualTo("1");
        assertThat(s.steps()).extracting(PatentSections.Step::label).containsExactly("A", "B");
        assertThat(s.steps().get(0).title().text()).isEqualTo("Preparation of benzyl alcohol");
        assertThat(s.steps().get(1).paragraphs()).extracting(Span::text).containsExactly("The mixture was stirred for 2 h.");
        assertThat(ex.get(1).title().text()).isEqualTo("Preparation of benzoic acid");
        // the claims are not part of example 2
        assertThat(ex.get(1).stages().get(0).steps().get(0).paragraphs()).extracting(Span::text)
                .containsExactly("Benzaldehyde (1 g) was oxidised.");
    }

    @Test
    void proseThatMentionsAnExampleIsNoHeading() {
        assertThat(PatentSections.isExampleHeading("Example 1 illustrates the invention without limiting it.")).isFalse();
        assertThat(PatentSections.isExampleHeading("Example - 1")).isTrue();
        assertThat(PatentSections.isExampleHeading("EXAMPLE 12")).isTrue();
    }

    @Test
    void withoutExampleHeadingsPreparationTitlesStartTheExamples() {
        String t = "Preparation of 4-nitrobenzyl bromide\n\n4-Nitrotoluene (13.7 g) was heated with bromine (16 g).\n";
        List<PatentSections.Example> ex = PatentSections.examples(t);
        assertThat(ex).hasSize(1);
        assertThat(ex.get(0).title().text()).isEqualTo("Preparation of 4-nitrobenzyl bromide");
    }

    @Test
    void nmrLinesContinueAcrossBlankLinesAndGiveOneSignalPerShift() {
        String t = "Example 1\n\nA (1 g) gave B.\n\n1H NMR (400 MHz, CDCl3) δ: 7.26 (d, J = 8 Hz, 2H), 3.66 & 4.05 (2d, each 1H),\n\n"
                + "1.20-1.35 (m, 6H).\n\nIR (KBr) cm-1: 1735, 1650\n\nMS (ESI): 250 [M+H]+; 272 [M+Na]+\n";
        List<Span> lines = PatentSections.examples(t).get(0).stages().get(0).steps().get(0).analytics();
        assertThat(lines).hasSize(3);
        List<Span> bad = new ArrayList<>();
        Analytics a = AnalyticsReader.read("d", "Example 1", lines, null, bad);
        assertThat(bad).isEmpty();
        assertThat(a.nmrNucleus()).isEqualTo("1H");
        assertThat(a.nmrFrequencyMHz()).isEqualTo(400.0);
        assertThat(a.nmrSolvent()).isEqualTo("CDCl3");
        // written by hand from the line: 7.26 d 2H; 3.66 d 1H; 4.05 d 1H; 1.20-1.35 m 6H
        assertThat(a.nmr()).extracting(NmrPeak::shift).containsExactly(7.26, 3.66, 4.05, 1.20);
        assertThat(a.nmr()).extracting(NmrPeak::multiplicity).containsExactly("d", "d", "d", "m");
        assertThat(a.nmr()).extracting(NmrPeak::protons).containsExactly(2, 1, 1, 6);
        assertThat(a.nmr().get(3).shiftHigh()).isEqualTo(1.35);
        assertThat(a.irMedium()).isEqualTo("KBr");
        assertThat(a.irBands()).containsExactly(1735.0, 1650.0);
        assertThat(a.ms()).extracting(MsPeak::mz).containsExactly(250.0, 272.0);
        assertThat(a.ms()).extracting(MsPeak::label).containsExactly("[M+H]", "[M+Na]");
    }

    @Test
    void noExampleInClaimsOrEmptyText() {
        assertThat(PatentSections.examples("")).isEmpty();
        assertThat(PatentSections.examples("We claim:\n1. A process for the preparation of X.\n")).isEmpty();
    }
}
