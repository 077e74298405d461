package dev.codebook.server;

import dev.codebook.cli.ExtraCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code codebook serve}: answers from an index over HTTP until stopped (SIGTERM or Ctrl-C stop it cleanly). */
@Command(name = "serve",
        description = "Answer from an index over HTTP, read-only: a JSON API at /api (the objects the other commands "
                + "write), FHIR R4 terminology operations at /fhir, /health for load balancers. Stops cleanly on "
                + "SIGTERM or Ctrl-C, letting requests under way finish. POST /admin/reload, from this machine only, "
                + "switches to the index rebuilt in the same folder.")
public final class ServeCommand implements Callable<Integer>, ExtraCommand {

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The port to listen on (default ${DEFAULT-VALUE}; 0 for any free port, logged at start).")
    int port;

    @Option(names = "--watch", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "2",
            description = "Check the index folder every SECONDS (default 2) and switch by itself to the index rebuilt "
                    + "there, as POST /admin/reload does.")
    Integer watch;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port is 0 to 65535; got " + port);
        }
        if (watch != null && (watch < 1 || watch > 3_600)) {
            throw new IllegalArgumentException("--watch is a number of seconds from 1 to 3600; got " + watch);
        }
        CodebookServer server = CodebookServer.start(index, host, port,
                Optional.ofNullable(watch).map(Duration::ofSeconds), System.err);
        Thread stopper = new Thread(server::stop, "codebook-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.join();
        return 0;
    }
}
