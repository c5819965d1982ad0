package reflux.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code reflux} command: turns process patents into executable, verified process models.
 *
 * <pre>{@code
 * reflux resolve cefepime
 * reflux check routes/cefepime-001-example1.yaml
 * }</pre>
 */
@Command(name = "reflux", mixinStandardHelpOptions = true, version = "reflux 0.1.0",
        description = "Chemical process patents as executable, verified process models.",
        subcommands = {ResolveCommand.class, ShowCommand.class, ValidateCommand.class, RunCommand.class,
                AuditCommand.class, CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings at or above --fail-on, or invalid input files",
                "2:unusable arguments", "3:unreadable input", "4:internal error"})
public final class Main implements Runnable {

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code (used by tests and {@link #main}). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean trace = parseResult.hasMatchedOption("--stacktrace");
            cmd.getErr().println("reflux: internal error: " + ex);
            if (trace) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(run again with --stacktrace for details)");
            }
            return ExitCode.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("reflux: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        Warmup.start(args);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
