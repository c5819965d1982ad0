package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reflux.model.identity.ResolverWarning;

/** Every resolver warning code is described in docs/conventions/identity.md. */
class ResolverWarningDocsTest {

    @Test
    void everyWarningCodeIsDocumented() throws Exception {
        Path doc = Path.of("..", "docs", "conventions", "identity.md");
        String text = Files.readString(doc);
        for (ResolverWarning w : ResolverWarning.values()) {
            assertThat(text).as(w.name()).contains("`" + w.name() + "`");
        }
    }
}
