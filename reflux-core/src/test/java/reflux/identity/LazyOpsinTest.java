package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** OPSIN is built only when the dictionary cannot answer: checked in a fresh JVM, where nothing else loaded it. */
class LazyOpsinTest {

    /** Entry point of the fresh JVM: resolves the names given and prints whether OPSIN was initialised. */
    public static void main(String[] args) {
        for (String name : args) {
            NameResolver.standard().resolve(name);
        }
        System.out.println("opsin=" + OpsinEngine.loaded());
    }

    private static String probe(String... names) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                LazyOpsinTest.class.getName()));
        command.addAll(List.of(names));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // without a forked test JVM the class path is Maven's own and the probe cannot start: skip, do not fail
        assumeTrue(out.contains("opsin="), "probe JVM could not run the test classes: " + out);
        return out;
    }

    @Test
    void dictionaryNamesAndTheirSaltsNeverStartOpsin() throws Exception {
        assertThat(probe("cefepime", "Cefepime dihydrochloride monohydrate", "7-ACP hydrochloride",
                "phosphorous pentachloride", "compound of formula II")).contains("opsin=false");
    }

    @Test
    void aSystematicNameStartsOpsin() throws Exception {
        assertThat(probe("2-methylbutan-1-ol")).contains("opsin=true");
    }
}
