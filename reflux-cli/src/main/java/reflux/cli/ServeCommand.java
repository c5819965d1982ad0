package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reflux.web.WebServer;

/**
 * {@code reflux serve [--port 8080] [--root DIR] [--bind 127.0.0.1]}: the local web UI (route list with check
 * status, reports, the YAML editor, extraction) until interrupted. Exit 2 a bad option, 3 the root is not a folder or
 * the port cannot be bound.
 */
@Command(mixinStandardHelpOptions = true, name = "serve",
        description = "Local web UI: routes with check status, reports, edit and re-check, extraction.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "routes", description = "Folder of route files (default ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || threads < 1) {
            err.println("reflux serve: --port must be 0-65535 and --threads at least 1");
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(root)) {
            err.println("reflux serve: " + root + ": not a folder (give the folder of route files with --root)");
            return ExitCode.INPUT;
        }
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Options(root, bind, port, threads, 1 << 20));
        } catch (IOException e) {
            err.println("reflux serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCode.INPUT;
        }
        err.println("reflux serve: http://" + bind + ":" + server.port() + "/ serving " + root.toAbsolutePath()
                + " (Ctrl-C stops)");
        err.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stop.countDown();
        }));
        stop.await();
        return ExitCode.OK;
    }
}
