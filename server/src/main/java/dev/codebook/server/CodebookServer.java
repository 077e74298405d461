package dev.codebook.server;

import dev.codebook.server.api.ApiServlet;
import dev.codebook.server.fhir.FhirEndpoint;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running {@code codebook serve}: an index folder answered over HTTP, read-only, with the JSON API at {@code /api}
 * ({@code /health} for load balancers), FHIR R4 at {@code /fhir}, and {@code POST /admin/reload} for this machine.
 *
 * <p>Every request is bounded ({@link Limits}): its body, its request line and headers, each parameter, the threads
 * that answer at once and the requests waiting for them, and how long a connection may stay silent. No path or file
 * name is taken from a request. {@link #stop()} lets requests under way finish before it closes the index.
 */
public final class CodebookServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;
    private final Reloads reloads;
    private final ServerLog log;
    private final long startNanos;

    private CodebookServer(Server jetty, ServerConnector connector, Reloads reloads, ServerLog log, long startNanos) {
        this.jetty = jetty;
        this.connector = connector;
        this.reloads = reloads;
        this.log = log;
        this.startNanos = startNanos;
    }

    /**
     * Opens the index in {@code folder} and starts answering on {@code host}:{@code port} (0 for a free port), logging
     * one line to {@code logTo} when ready. With {@code watchEvery}, checks the folder that often and switches to the
     * index rebuilt there by itself, as {@code POST /admin/reload} does.
     *
     * @throws IOException when the folder holds no readable index, or the address cannot be bound
     */
    public static CodebookServer start(Path folder, String host, int port, Optional<Duration> watchEvery,
            PrintStream logTo) throws IOException {
        long startNanos = System.nanoTime();
        ServerLog log = new ServerLog(logTo);
        Reloads reloads = Reloads.open(folder, log);
        LiveIndex index = reloads.index();
        QueuedThreadPool threads = new QueuedThreadPool(Limits.THREADS, 4);
        threads.setName("codebook-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(Limits.HEADER_BYTES);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(Limits.IDLE_MILLIS);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(Limits.CONNECTIONS, jetty));

        ServletContextHandler context = new ServletContextHandler("/");
        ApiServlet api = new ApiServlet(index);
        context.addServlet(new ServletHolder("api", api), "/api/*");
        context.addServlet(new ServletHolder("health", api), "/health");
        context.setAttribute(FhirEndpoint.INDEX, index);
        ServletHolder fhir = new ServletHolder("fhir", FhirEndpoint.class);
        context.addServlet(fhir, "/fhir/*");
        context.addServlet(new ServletHolder("admin", new AdminServlet(reloads)), "/admin/*");
        context.setErrorHandler(ErrorAnswers.servlets());
        jetty.setErrorHandler(ErrorAnswers.server());
        SizeLimitHandler sizeLimit = new SizeLimitHandler(Limits.BODY_BYTES, -1);
        sizeLimit.setHandler(context);
        // Requests beyond those answered at once wait without a thread, in arrival order, so a burst of slow
        // searches delays the others but never starves them of threads; GracefulHandler lets a stop finish them.
        QoSHandler turns = new QoSHandler(sizeLimit);
        turns.setMaxRequestCount(Limits.ACTIVE_REQUESTS);
        turns.setMaxSuspend(Duration.ofMillis(Limits.WAIT_MILLIS));
        // Searches queue for the cores before they take a turn: answered one after another, a burst of them keeps
        // its latency near the mean (all at once, each would take as long as the slowest), and while they wait
        // they leave every turn to the lookups.
        QoSHandler searches = new QoSHandler(turns);
        searches.includePath("/api/search", "/api/suggest", "/api/check", "/fhir/ValueSet/*");
        searches.setMaxRequestCount(Limits.ACTIVE_SEARCHES);
        searches.setMaxSuspend(Duration.ofMillis(Limits.WAIT_MILLIS));
        jetty.setHandler(new GracefulHandler(searches));
        jetty.setStopTimeout(Limits.STOP_MILLIS);
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            index.close();
            stopQuietly(jetty);
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        long listening = System.nanoTime();
        CodebookServer server = new CodebookServer(jetty, connector, reloads, log, startNanos);
        // Lookups are answered from here on; searches and FHIR requests that come before the warm-up is over wait
        // for it, and /health says "starting" until then, so that a load balancer sends nothing yet.
        try {
            index.warmUp();
            fhir.getServlet();
        } catch (IOException | ServletException e) {
            server.stop();
            throw new IOException("cannot open the search index of " + folder + ": " + e.getMessage(), e);
        }
        api.ready();
        watchEvery.ifPresent(reloads::watch);
        try (LiveIndex.Lease lease = index.lease()) {
            log.line("listening on http://" + server.address() + " for " + folder + " ("
                    + String.join(", ", Reloads.labels(lease.codebook())) + "); lookups answered from "
                    + (listening - startNanos) / 1_000_000 + " ms, everything from "
                    + (System.nanoTime() - startNanos) / 1_000_000 + " ms"
                    + watchEvery.map(every -> "; watching the folder every " + every.toMillis() + " ms").orElse(""));
        }
        return server;
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // already failing to start: the start's failure is the one to report
        }
    }

    /** host:port as bound; the port is the one chosen when 0 was asked for. */
    public String address() {
        String host = connector.getHost();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort();
    }

    /** The port bound. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The index answered from. */
    public LiveIndex index() {
        return reloads.index();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Stops taking requests, lets those under way finish (up to {@link Limits#STOP_MILLIS}), then closes the index;
     * logs one line.
     */
    public void stop() {
        if (!jetty.isStarted() || jetty.isStopping()) {
            return;
        }
        long stopping = System.nanoTime();
        try {
            jetty.stop();
        } catch (Exception e) {
            log.line("stopping failed: " + e.getMessage());
        } finally {
            reloads.close();
            reloads.index().close();
        }
        log.line("stopped after " + (System.nanoTime() - startNanos) / 1_000_000_000 + " s up; the stop took "
                + (System.nanoTime() - stopping) / 1_000_000 + " ms");
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "codebook server on " + address() + " for " + reloads.index().folder();
    }
}
