package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.testkit.SharedFiles;

/**
 * The literal pre-checks of the regex layers: what a pattern needs (read by hand from each pattern below), and that a
 * closed gate never hides a match — on every pattern the layers gate, over real USPTO text and random strings.
 */
class LiteralGateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `(?i)\\s+(?:mono)?hydrochloride(?:\\s+salt)?$`       | hydrochloride
            `(?i)\\bsulphur`                                    | sulphur
            `[ ]{2,}`                                          | `  `
            `(?i)(yl|ium)(chloride|bromide|iodide|fluoride)\\b` | chloride ~ bromide ~ iodide ~ fluoride
            `(?i)\\s+HCl(?:\\s+salt)?$`                          | hcl
            `\\s*[.,;:]+$`                                      | `. ~ , ~ ; ~ :`
            `(?i)-en-yl(?![a-z])`                              | -en-yl
            `(?<=\\d|\\(|,)[a-z]?[RS]\\*|\\brel-`                 | * ~ rel-
            `ab{2,3}c`                                         | abb
            """)
    void readsWhatAMatchNeeds(String regex, String expected) {
        LiteralGate gate = LiteralGate.of(Pattern.compile(regex));
        List<String> want = List.of(expected.split(" ~ "));
        assertThat(gate.open()).isFalse();
        assertThat(gate.literals()).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void aClassOfUnicodeDashesNeedsANonAsciiCharacter() {
        LiteralGate gate = LiteralGate.of(Pattern.compile("[\\u2010\\u2011\\u2013\\u2212]"));
        assertThat(gate.opensOnNonAscii()).isTrue();
        assertThat(gate.literals()).isEmpty();
        assertThat(gate.mayFind(NameText.of("2-methylpropane"))).isFalse();
        assertThat(gate.mayFind(NameText.of("2\u2013methylpropane"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `x?`
            `(a?)\\1`
            `\\Qabc\\E`
            `(?x) a b c`
            `(?iu)strasse`
            `a|b?`
            `.*`
            `[^a]`
            """)
    void whatTheReaderCannotVouchForLeavesTheGateOpen(String regex) {
        LiteralGate gate = LiteralGate.of(Pattern.compile(regex));
        assertThat(gate.open()).isTrue();
        assertThat(gate.mayFind(NameText.of("zzz"))).isTrue();
    }

    @Test
    void theHydrochlorideGateClosesOnAPlainNameAndOpensOnASalt() {
        LiteralGate gate = LiteralGate.of(Pattern.compile("(?i)\\s+(?:mono)?hydrochloride(?:\\s+salt)?$"));
        assertThat(gate.mayFind(NameText.of("2-(4-methylphenyl)propanoic acid"))).isFalse();
        assertThat(gate.mayFind(NameText.of("Metformin HYDROCHLORIDE"))).isTrue();
    }

    /** Every pattern a resolver layer puts behind a gate. */
    static List<Pattern> gatedPatterns() {
        List<Pattern> all = new ArrayList<>();
        Normaliser.standard().rules().forEach(r -> all.add(r.pattern()));
        all.addAll(NameChecks.gatedPatterns());
        all.addAll(SaltForms.gatedPatterns());
        all.addAll(CompoundLabels.gatedPatterns());
        all.addAll(BetaLactamNames.gatedPatterns());
        all.addAll(StereoWords.gatedPatterns());
        all.addAll(NameResolver.gatedPatterns());
        return all;
    }

    @Test
    void mostGatedPatternsGetAClosableGate() {
        List<Pattern> all = gatedPatterns();
        long closable = all.stream().filter(p -> !LiteralGate.of(p).open()).count();
        assertThat(all).hasSizeGreaterThan(60);
        assertThat(closable).isGreaterThan(all.size() / 2);
    }

    @Test
    void aClosedGateNeverHidesAMatchInUsptoText() throws IOException {
        Path data = SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz");
        List<String> texts = new ArrayList<>();
        Pattern value = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){1,400})\"");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(data)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && texts.size() < 20_000) {
                Matcher m = value.matcher(line);
                while (m.find()) {
                    texts.add(m.group(1));
                }
            }
        }
        int matches = 0;
        int closed = 0;
        for (Pattern p : gatedPatterns()) {
            LiteralGate gate = LiteralGate.of(p);
            for (String t : texts) {
                boolean found = p.matcher(t).find();
                boolean may = gate.mayFind(NameText.of(t));
                assertThat(!found || may).as("pattern %s on '%s'", p, t).isTrue();
                matches += found ? 1 : 0;
                closed += may ? 0 : 1;
            }
        }
        assertThat(matches).isGreaterThan(1000);
        assertThat(closed).isGreaterThan(texts.size());
    }

    @Property(tries = 400)
    void aClosedGateNeverHidesAMatchInRandomNames(@ForAll("nameLike") String s) {
        NameText text = NameText.of(s);
        for (Pattern p : gatedPatterns()) {
            if (p.matcher(s).find()) {
                assertThat(LiteralGate.of(p).mayFind(text)).as("pattern %s on '%s'", p, s).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.of("2-", "methyl", " ", "  ", "HCl", "hydrochloride", "Sodium", " salt", "(", ")", "[", "]",
                ",", "*", "R*", "rel-", "cephem", "3-cephem", "ceph-3-em", "penam", "penicillanic acid", "syn-",
                "anti", "ium)methyl", "yl", "chloride", " and ", "/", " - ", "\u2013", "\u2032", "\t", "HYDRATE",
                "(III)", "(II)", "compound", " 12", "title compound", "halo", "alkyl", "or", "dl-", "(±)-", "acid",
                "cephalosporanic acid", "5%", "aqueous ", "sulphur", "<i>", "\"", ".", ";", "solvate", "ethanol")
                .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
