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

/**
 * {@code reflux bench train}: runs the main job once with its output discarded, so that the launcher can record the
 * classes it loads into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}). Always exits 0: a training
 * run that meets bad data still loaded the classes.
 */
@Command(name = "train", description = "Exercise the main code paths once (used to build the class-data-sharing archive).")
final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--routes", description = "Folder of route files (default: routes).")
    Path routes = Path.of("routes");

    @Override
    public Integer call() throws IOException {
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(routes)) {
            try (Stream<Path> s = Files.list(routes)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(p.toString()));
            }
        }
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
        return ExitCode.OK;
    }
}
