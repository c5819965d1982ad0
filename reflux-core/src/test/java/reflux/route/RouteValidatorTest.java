package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.route.io.RouteReader;

/** Validation = reading + every substance resolving; unresolved names are located at their 'name' line. */
class RouteValidatorTest {

    private static Resolution unresolved(String name) {
        return new Resolution(name, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null, null,
                "stub", null, "stub cannot resolve", java.util.List.of("methylene chloride"));
    }

    @Test
    void anUnresolvedNameIsAProblemAtItsNameLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("r.yaml");
        Files.writeString(file, """
                schema: reflux.route/1
                id: r
                kind: example
                substances:
                  - id: a
                    name: ethane
                    smiles: CC
                  - id: b
                    name: methylen chloride
                """);
        RouteValidator v = new RouteValidator(new RouteReader(), new RouteStructures(RouteValidatorTest::unresolved));

        RouteValidator.Result r = v.validate(file);

        assertThat(r.readable()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.field()).isEqualTo("substances[b].name");
            assertThat(p.message()).contains("substance 'b' does not resolve: 'methylen chloride'");
            assertThat(p.suggestion()).isEqualTo("did you mean 'methylene chloride'?");
        });
        assertThat(r.resolutions().get("a").formula()).isEqualTo("C2H6");
    }

    @Test
    void aMarkushSubstanceIsValidWhenEveryVariantBindsIt(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("m.yaml");
        Files.writeString(file, """
                schema: reflux.route/1
                id: m
                kind: claims
                substances:
                  - {id: mex, name: methyl halide, smiles: "C{X}"}
                variants:
                  - {id: cl, bindings: {X: Cl}}
                  - {id: br, bindings: {X: Br}}
                """);
        RouteValidator v = new RouteValidator(new RouteReader(), new RouteStructures(RouteValidatorTest::unresolved));
        assertThat(v.validate(file).problems()).isEmpty();

        Files.writeString(file, Files.readString(file) + "  - {id: none}\n");
        assertThat(v.validate(file).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("substance 'mex' is ambiguous"));
    }
}
