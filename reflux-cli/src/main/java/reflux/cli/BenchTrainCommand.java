package reflux.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reflux.identity.NameResolver;
import reflux.identity.ResolutionCache;

/**
 * {@code reflux bench train}: runs the main job once with its output discarded, so that the launcher can record the
 * classes it loads into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}). Always exits 0: a training
 * run that meets bad data still loaded the classes. The launcher runs it with the persistent resolution cache off, so
 * that OPSIN's classes are recorded as well; the cache's own code is exercised in a temporary folder.
 */
@Command(mixinStandardHelpOptions = true, name = "train", description = "Exercise the main code paths once (used to build the class-data-sharing archive).")
final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--routes", description = "Folder of route files (default: routes).")
    Path routes = Path.of("routes");

    @Override
    public Integer call() throws IOException {
        List<String> files = BenchCommand.routeFiles(routes).stream().map(Path::toString).toList();
        Warmup.run(true);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        Main.execute(sink, sink, "resolve", "--json", "cefepime", "thiourea");
        if (!files.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("check", "--json"));
            args.addAll(files);
            Main.execute(sink, sink, args.toArray(String[]::new));
            List<String> plain = new ArrayList<>(List.of("check"));
            plain.addAll(files);
            Main.execute(sink, sink, plain.toArray(String[]::new));
        }
        exercisePersistentCache();
        return ExitCode.OK;
    }

    /** Writes and reads a resolution cache in a temporary folder, so that its classes are archived too. */
    private static void exercisePersistentCache() throws IOException {
        Path dir = Files.createTempDirectory("reflux-train");
        try {
            Path file = dir.resolve(ResolutionCache.FILE_NAME);
            ResolutionCache writer = new ResolutionCache(file, ResolutionCache.codeKey(), m -> { });
            writer.put("thiourea", NameResolver.standard().resolve("thiourea"));
            writer.flush();
            new ResolutionCache(file, ResolutionCache.codeKey(), m -> { }).get("thiourea");
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
