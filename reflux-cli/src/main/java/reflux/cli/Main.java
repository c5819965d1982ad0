package reflux.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings at or above --fail-on, or invalid input files",
                "2:unusable arguments", "3:unreadable input", "4:internal error"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /**
     * The subcommands, in help order. Added programmatically rather than through {@code @Command(subcommands=...)}
     * so that a run builds picocli's model of the one command it executes, not of all of them (start-up time).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("resolve", ResolveCommand::new);
        m.put("show", ShowCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("run", RunCommand::new);
        m.put("audit", AuditCommand::new);
        m.put("check", CheckCommand::new);
        m.put("scale", ScaleCommand::new);
        m.put("export", ExportCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("corpus", CorpusCommand::new);
        m.put("claims", ClaimsCommand::new);
        m.put("report", ReportCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("genus", GenusCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // no command named: the usage on stderr and exit 2 (unusable arguments), as the README's exit codes say
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /**
     * Runs the command line and returns the exit code (used by tests and {@link #main}). Both writers are wrapped in
     * an {@link EscapingWriter}: no control character from route data reaches the terminal raw.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine(args), out, err, args);
    }

    /** Runs {@code args} with {@code command} (a prepared subcommand instance) as subcommand {@code name} (tests). */
    static int execute(PrintWriter out, PrintWriter err, String name, Object command, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(name, command);
        return execute(configure(cl), out, err, args);
    }

    private static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
        cl.setOut(safeOut);
        cl.setErr(safeErr);
        try {
            return cl.execute(args);
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    /** The configured picocli command line with every subcommand. */
    public static CommandLine commandLine() {
        return build(null);
    }

    /**
     * The command line for these arguments: only the subcommand they name (the rest cannot match), or every
     * subcommand when they name none (usage, help, errors list them all).
     */
    static CommandLine commandLine(String... args) {
        String a = commandName(args);
        return a != null && SUBCOMMANDS.containsKey(a) && !a.equals("help") ? build(a) : build(null);
    }

    /** The command the arguments name (their first non-option), or null (also used by {@link Warmup}). */
    static String commandName(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static CommandLine build(String only) {
        CommandLine cl = new CommandLine(new Main());
        for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (only == null || only.equals(e.getKey())) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
        return configure(cl);
    }

    /**
     * Colours off, and the two handlers: an internal error is one sentence and exit 4 (the exception's class and
     * text only with {@code --stacktrace}), unusable arguments exit 2 with a pointer to the help.
     */
    private static CommandLine configure(CommandLine cl) {
        // help text without ANSI colours: the escaping writer would print them as \x1b[...
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean trace = false;
            for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
                trace |= r.hasMatchedOption("--stacktrace");
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": internal error: the command stopped on"
                    + " a bug in Reflux; please report it with the command line and its input files");
            if (trace) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(run again with --stacktrace for the details)");
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
