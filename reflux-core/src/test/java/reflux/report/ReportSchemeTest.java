package reflux.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.route.Stage;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

class ReportSchemeTest {

    private static Species sp(String id, String smiles) {
        return new Species(id, smiles, null, null, 0, 1);
    }

    private final StageRun esterification = new StageRun("I", List.of("r"),
            List.of(sp("acid", "CC(=O)O"), sp("h2so4", "OS(=O)(=O)O"), sp("meoh", "CO")),
            List.of(sp("ester", "CC(=O)OC")), List.of(sp(null, "O")), null, Verdict.MATCH, List.of(), null, true, null);

    @Test
    void declaredReactantsStandLeftAndReagentsAboveTheArrow() {
        Stage stage = new Stage("I", "esterification", List.of(), List.of("acid", "meoh"), "ester", List.of(), List.of(),
                false, List.of(), null);
        assertThat(ReportHtml.reactionSmiles(esterification, stage)).isEqualTo("CC(=O)O.CO>OS(=O)(=O)O>CC(=O)OC");
    }

    @Test
    void withoutDeclaredReactantsEveryInputStandsLeft() {
        Stage stage = new Stage("I", null, List.of(), List.of(), null, List.of(), List.of(), false, List.of(), null);
        assertThat(ReportHtml.reactionSmiles(esterification, stage)).isEqualTo("CC(=O)O.OS(=O)(=O)O.CO>>CC(=O)OC");
        assertThat(new Depictions(4).reaction("CC(=O)O.CO>OS(=O)(=O)O>CC(=O)OC")).hasValueSatisfying(svg ->
                assertThat(svg).startsWith("<svg").contains("</svg>"));
    }
}
