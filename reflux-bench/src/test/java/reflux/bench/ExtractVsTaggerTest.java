package reflux.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nu.xom.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;
import reflux.testkit.SharedFiles;

/**
 * Both engines of {@code extract-vs-tagger} read the first three USPTO dev paragraphs (written by the shared
 * {@code ordscore.py texts}, as the benchmark's documented command does) and produce output. No timing is asserted.
 */
class ExtractVsTaggerTest {
    private static List<Paragraph> three;

    @BeforeAll
    static void paragraphs(@TempDir Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("paragraphs.jsonl");
        Process p = new ProcessBuilder("python3", SharedFiles.shared("tools/ordscore.py").toString(), "texts",
                SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz").toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        Paragraphs.Read read = Paragraphs.read(out, 3);
        assertThat(read.problem()).isNull();
        three = read.paragraphs();
        assertThat(three).hasSize(3);
    }

    @Test
    void chemicalTaggerMakesActionsAndMolecules() {
        TaggerEngine tagger = TaggerEngine.standard();
        for (Paragraph p : three) {
            Document d = tagger.document(p.text());
            // ChemicalTagger's parse: ActionPhrase elements hold the actions, MOLECULE elements the chemicals
            assertThat(d.query("//ActionPhrase").size() + d.query("//MOLECULE").size()).as(p.id()).isPositive();
            assertThat(d.query("//MOLECULE").size()).as(p.id()).isPositive();
        }
    }

    @Test
    void refluxExtractsMentions() {
        RefluxEngine reflux = RefluxEngine.standard();
        for (Paragraph p : three) {
            Extraction e = reflux.extract(p.text());
            List<ChemuSpans.Labelled> mentions = reflux.mentions(e);
            assertThat(mentions).as(p.id()).isNotEmpty();
            // every mention is a piece of the paragraph at its offsets, and some are compounds
            for (ChemuSpans.Labelled m : mentions) {
                assertThat(p.text().substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
            }
            assertThat(mentions).as(p.id()).anyMatch(m -> m.label().equals("STARTING_MATERIAL")
                    || m.label().equals("REAGENT_CATALYST") || m.label().equals("SOLVENT")
                    || m.label().equals("OTHER_COMPOUND") || m.label().equals("REACTION_PRODUCT"));
            assertThat(reflux.read(p.text())).as(p.id()).isPositive();
        }
    }

    @Test
    void aBadLineIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"To X (1 g) was added Y.\"}\n{\"id\": \"b\"}\n");
        Paragraphs.Read read = Paragraphs.read(f, 0);
        assertThat(read.ok()).isFalse();
        assertThat(read.problem()).isEqualTo(f + ":2: expected {\"id\": ..., \"text\": \"...\"}");
        assertThat(read.paragraphs()).isEmpty();

        Files.writeString(f, "{\"id\": 1, \"text\": \"first\"}\n\n{\"id\": 2, \"text\": \"second\"}\n");
        assertThat(Paragraphs.read(f, 0).paragraphs()).containsExactly(new Paragraph("1", "first"),
                new Paragraph("2", "second"));
        assertThat(Paragraphs.read(f, 1).paragraphs()).containsExactly(new Paragraph("1", "first"));
    }
}
