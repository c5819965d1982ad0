package reflux.extract.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.route.OperationType;

/** The fixture test of {@code operations.tsv}: every row has an operation type and a source, no word twice. */
class ActionWordsTest {

    @Test
    void everyRowHasAKnownOperationAndASourceAndNoWordIsListedTwice() throws IOException {
        List<String> rows;
        try (InputStream in = ActionWords.class.getResourceAsStream("/reflux/extract/patent/operations.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("word\t")).toList();
        }
        assertThat(rows).hasSizeGreaterThan(20).allSatisfy(r -> {
            String[] f = r.split("\t");
            assertThat(f).as(r).hasSize(3);
            assertThat(OperationType.valueOf(f[1].toUpperCase(java.util.Locale.ROOT))).isNotNull();
            assertThat(f[2]).isNotBlank();
        });
        assertThat(rows.stream().map(r -> r.split("\t")[0].toLowerCase(java.util.Locale.ROOT))).doesNotHaveDuplicates();
        assertThat(ActionWords.standard().rows()).hasSize(rows.size());
    }

    @Test
    void longerSpellingsWinAndWordsAreFoundInTextOrder() {
        // "added dropwise" (add) rather than "added"; then "stirred" (stir); "filtered" (filter)
        List<ActionWords.Hit> h = ActionWords.standard().find("X was added dropwise, stirred and filtered");
        assertThat(h).extracting(ActionWords.Hit::type).containsExactly(OperationType.ADD, OperationType.STIR,
                OperationType.FILTER);
        assertThat(h.get(0).end() - h.get(0).start()).isEqualTo("added dropwise".length());
    }
}
