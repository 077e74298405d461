package dev.codebook.builder.spi;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Where the builder reports its steps: the terminal for the command line, nowhere for tests and benchmarks. */
public interface Progress {

    /** Reports a step in one line. */
    void step(String message);

    /** Discards every report. */
    static Progress silent() {
        return message -> { };
    }

    /** Prints each report with the time since the start, to {@code out}. */
    static Progress printingTo(PrintStream out) {
        long start = System.nanoTime();
        return message -> out.printf(Locale.ROOT, "[%6.1f s] %s%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0, message);
    }
}
