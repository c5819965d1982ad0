package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @Test
    void readsParagraphsOrdRecordsAndTurnsBadLinesIntoRecordsWithTheirPlace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"p1\",\"text\":\"To A (1 g) was added B.\"}",
                "",
                "{\"reaction_id\":\"ord-1\",\"notes\":{\"procedure_details\":\"X\"},\"identifiers\":[{\"type\":"
                        + "\"REACTION_CXSMILES\",\"value\":\"[CH3:1][OH:2]>>[CH3:1][Cl]\"}],\"outcomes\":[{\"products\":"
                        + "[{\"identifiers\":[{\"type\":\"SMILES\",\"value\":\"CCl\"}]}]}]}",
                "{\"id\": 3, \"text\": oops}",
                "[1,2]"));
        List<CorpusRecord> rs = CorpusReader.read(f);
        assertThat(rs).hasSize(4);
        assertThat(rs.get(0).id()).isEqualTo("p1");
        assertThat(rs.get(0).problem()).isNull();
        assertThat(rs.get(1).id()).isEqualTo("ord-1");
        assertThat(rs.get(1).text()).isEqualTo("X");
        assertThat(rs.get(1).productSmiles()).isEqualTo("CCl");
        assertThat(rs.get(1).reactionSmiles()).startsWith("[CH3:1]");
        // line 4 (the blank line 2 counts): a located problem with a column, the file:line as id
        assertThat(rs.get(2).id()).isEqualTo("in.jsonl:4");
        assertThat(rs.get(2).problem()).matches("in\\.jsonl:4:\\d+: not a JSON object.*");
        assertThat(rs.get(3).problem()).startsWith("in.jsonl:5:1: not a JSON object");
        assertThat(rs).extracting(CorpusRecord::index).containsExactly(0, 1, 2, 3);
    }
}
