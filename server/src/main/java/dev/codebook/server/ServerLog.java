package dev.codebook.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The server's own log: one line on standard error for each start, stop and reload, with the time. */
final class ServerLog {

    private final PrintStream out;

    ServerLog(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " codebook serve: " + text);
        out.flush();
    }
}
