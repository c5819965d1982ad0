package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Building only the invoked subcommand changes nothing a user sees: help, errors and inherited options are the same. */
class LazyCommandTreeTest {

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return code + "\n" + out + "\n" + err;
    }

    @Test
    void everySubcommandHasTheSameHelpAsInTheFullTree() {
        List<String> names = List.copyOf(Main.commandLine().getSubcommands().keySet());
        assertThat(names).contains("resolve", "show", "validate", "run", "audit", "check", "bench", "help");
        for (String name : names) {
            assertThat(run(Main.commandLine(name, "--help"), name, "--help")).as(name)
                    .isEqualTo(run(Main.commandLine(), name, "--help"));
        }
        assertThat(run(Main.commandLine("bench", "check", "--help"), "bench", "check", "--help"))
                .isEqualTo(run(Main.commandLine(), "bench", "check", "--help"));
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndUnknownNamesGetTheFullTree() {
        assertThat(Main.commandLine("--stacktrace", "check", "x.yaml").getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine("chek").getSubcommands()).hasSize(Main.commandLine().getSubcommands().size());
        assertThat(Main.commandLine("help", "check").getSubcommands()).containsKey("resolve");
    }

    @Test
    void usageErrorsAndTheInheritedStacktraceOptionBehaveAsInTheFullTree() {
        for (String[] args : List.of(new String[] {"check", "--no-such-option"}, new String[] {"chek"},
                new String[] {"resolve", "--stacktrace", "--json", "thiourea"}, new String[] {})) {
            assertThat(run(Main.commandLine(args), args)).as(String.join(" ", args))
                    .isEqualTo(run(Main.commandLine(), args));
        }
    }
}
