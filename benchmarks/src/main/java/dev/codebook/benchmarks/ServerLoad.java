package dev.codebook.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * The load generator of {@code codebook serve}: starts the server jar on the full index in a JVM of its own, on the
 * loopback address, then measures cold start to first answer, resident memory at rest, throughput and p50/p99 latency
 * of lookup, validate, search and {@code $expand} with a filter at 1, 8 and 32 concurrent clients, resident memory
 * over a mixed soak, and a stop by SIGTERM. Every loop is bounded in time and in count, traffic goes to 127.0.0.1
 * only, and the server is stopped at the end whatever happens.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.ServerLoad \
 *     [--jar server/target/codebook-server.jar] [--index INDEX] [--warm-up-seconds 30] [--seconds 10]
 *     [--clients 1,8,32] [--soak-seconds 60] [--only search,lookup]
 *     [--server-opts "-XX:+UseParallelGC -Xms512m -Xmx512m -XX:+AlwaysPreTouch"]
 * </pre>
 */
public final class ServerLoad {

    private static final String CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** The most requests one measurement sends, whatever its time. */
    private static final int MAX_REQUESTS = 3_000_000;
    /** The soak's bound: room for ten minutes at twice the rate the server reaches on 2 cores. */
    private static final int SOAK_MAX_REQUESTS = 8_000_000;
    private static final long WARM_UP_MILLIS = 2_000;
    private static final int CODES = 4_096;

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(option(args, "--jar", "server/target/codebook-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with mvn -DskipTests package");
        }
        String given = option(args, "--index", "");
        Path index = given.isEmpty() ? BenchmarkData.fullIndex() : Path.of(given);
        int seconds = Integer.parseInt(option(args, "--seconds", "10"));
        int soakSeconds = Integer.parseInt(option(args, "--soak-seconds", "60"));
        int[] clients = Arrays.stream(option(args, "--clients", "1,8,32").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        List<String> serverOptions = List.of(
                option(args, "--server-opts", "-XX:+UseParallelGC -Xms512m -Xmx512m -XX:+AlwaysPreTouch").split(" "));

        // As LookupBenchmark: 4,096 codes spread over ICD-10-CM, in a fixed random order. A server that has run a
        // while has built the nodes it is asked for; the warm-up builds these.
        List<String> orderFile = BenchmarkData.orderFileCodes();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CODES; i++) {
            codes.add(orderFile.get((int) ((long) i * orderFile.size() / CODES)));
        }
        Collections.shuffle(codes, new Random(42));
        int warmUpSeconds = Integer.parseInt(option(args, "--warm-up-seconds", "30"));
        List<Scenario> all = List.of(
                new Scenario("lookup", i -> "/api/lookup?code=" + codes.get(i % codes.size())),
                // One input in four lacks its last character: headers and unknown codes, with their reasons.
                new Scenario("validate", i -> "/api/validate?code=" + mangled(codes.get(i % codes.size()), i)),
                new Scenario("search", i -> "/api/search?system=icd10cm&limit=10&q="
                        + encode(SearchBenchmark.QUERIES.get(i % SearchBenchmark.QUERIES.size()))),
                new Scenario("$expand filter", i -> "/fhir/ValueSet/$expand?count=10&url=" + encode(CM + "?fhir_vs")
                        + "&filter=" + encode(SearchBenchmark.PREFIXES.get(i % SearchBenchmark.PREFIXES.size()))));
        // --only measures some of the requests (the soak still mixes them all).
        List<String> only = Arrays.asList(option(args, "--only", "lookup,validate,search,$expand filter").split(","));
        List<Scenario> scenarios = all.stream().filter(scenario -> only.contains(scenario.name)).toList();

        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f before the run%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Server server = Server.start(jar, index, serverOptions);
        try {
            System.out.printf(Locale.ROOT, "cold start: first lookup answered %d ms after the JVM was launched; "
                    + "/health ok (search and FHIR warm) after %d ms%n", server.firstLookupMillis,
                    server.healthyMillis);
            Thread.sleep(2_000);
            System.out.printf(Locale.ROOT, "resident memory at rest: %d MB%n", server.residentMegabytes());
            // The JIT compiles the server's hot paths, and the nodes asked for are built, before anything is measured.
            run(server.port, 8, warmUpSeconds * 1_000L, MAX_REQUESTS, mix(all));
            System.out.printf(Locale.ROOT, "resident memory after a %d s warm-up: %d MB%n", warmUpSeconds,
                    server.residentMegabytes());
            System.out.println();
            // CPU time per request, of the server and of this client, tells what a machine shared with other work
            // hides: the requests/s two idle cores would serve, were they the server's and this client's alone.
            System.out.println("| request | clients | requests/s | p50 | p99 | errors | requests | server CPU/request "
                    + "| client CPU/request | 2 idle cores would serve |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Scenario scenario : scenarios) {
                for (int count : clients) {
                    run(server.port, count, WARM_UP_MILLIS, MAX_REQUESTS, scenario.paths);
                    long serverCpu = server.cpuNanos();
                    long clientCpu = clientCpuNanos();
                    Result result = run(server.port, count, seconds * 1_000L, MAX_REQUESTS, scenario.paths);
                    double serverPerRequest = (server.cpuNanos() - serverCpu) / (double) result.requests();
                    double clientPerRequest = (clientCpuNanos() - clientCpu) / (double) result.requests();
                    System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f ms | %.2f ms | %d | %,d | %.0f µs | %.0f µs "
                            + "| %,.0f/s |%n", scenario.name, count, result.perSecond(), result.percentile(0.50),
                            result.percentile(0.99), result.errors, result.requests(), serverPerRequest / 1e3,
                            clientPerRequest / 1e3, 2e9 / (serverPerRequest + clientPerRequest));
                }
            }
            System.out.println();
            if (soakSeconds > 0) {
                soak(server, all, soakSeconds);
            }
        } finally {
            server.stop();
        }
    }

    /** A mixed load at 32 clients for {@code seconds}, resident memory read every 10 s. */
    private static void soak(Server server, List<Scenario> scenarios, int seconds) throws InterruptedException {
        IntFunction<String> mix = mix(scenarios);
        List<Long> samples = new CopyOnWriteArrayList<>();
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    samples.add(server.residentMegabytes());
                    Thread.sleep(10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Result result = run(server.port, 32, seconds * 1_000L, SOAK_MAX_REQUESTS, mix);
        sampler.interrupt();
        sampler.join();
        samples.add(server.residentMegabytes());
        System.out.printf(Locale.ROOT, "soak: %.0f s of mixed requests at 32 clients: %,.0f requests/s, p50 %.2f ms, "
                + "p99 %.2f ms, %d errors of %,d; resident memory every 10 s (MB): %s%n", result.elapsedNanos() / 1e9,
                result.perSecond(),
                result.percentile(0.50), result.percentile(0.99), result.errors, result.requests(), samples);
    }

    /** Seven lookups, one validation, one search, one $expand in every ten requests. */
    private static IntFunction<String> mix(List<Scenario> scenarios) {
        return i -> {
            int kind = i % 10;
            Scenario scenario = scenarios.get(kind < 7 ? 0 : kind - 6);
            return scenario.paths.apply(i / 10);
        };
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String mangled(String code, int i) {
        return i % 4 == 3 ? code.substring(0, code.length() - 1) : code;
    }

    /**
     * {@code clients} threads, each on its own connection, sending requests until {@code millis} have passed or they
     * have sent {@code most} between them.
     */
    private static Result run(int port, int clients, long millis, int most, IntFunction<String> paths)
            throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        int perClient = most / clients;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        Thread[] threads = new Thread[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[perClient];
                int n = 0;
                int failed = 0;
                try (LoopbackClient http = new LoopbackClient(port)) {
                    for (int i = client; n < mine.length && System.nanoTime() < deadline; i += clients) {
                        long start = System.nanoTime();
                        int status = http.get(paths.apply(i));
                        mine[n++] = System.nanoTime() - start;
                        if (status != 200) {
                            failed++;
                        }
                    }
                }
                latencies[client] = Arrays.copyOf(mine, n);
                counts[client] = n;
                errors[client] = failed;
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, Arrays.stream(errors).sum(), elapsed);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private record Scenario(String name, IntFunction<String> paths) {
    }

    private record Result(long[] sortedNanos, int errors, long elapsedNanos) {

        int requests() {
            return sortedNanos.length;
        }

        double perSecond() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        double percentile(double p) {
            return sortedNanos.length == 0 ? Double.NaN
                    : sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(p * sortedNanos.length))] / 1e6;
        }
    }

    /** The server under test, in a JVM of its own. */
    private static final class Server {

        private final Process process;
        private final int port;
        private final List<String> log = new CopyOnWriteArrayList<>();
        private long firstLookupMillis;
        private long healthyMillis;

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Server start(Path jar, Path index, List<String> options) throws IOException, InterruptedException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString(), "serve", "--index", index.toString(), "--host",
                    "127.0.0.1", "--port", String.valueOf(port)));
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Stopped with the generator, however the generator ends.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Server server = new Server(process, port);
            Thread reader = new Thread(server::readLog);
            reader.setDaemon(true);
            reader.start();
            long giveUp = launched + 120_000_000_000L;
            try (LoopbackClient http = new LoopbackClient(port)) {
                while (server.firstLookupMillis == 0 || server.healthyMillis == 0) {
                    if (System.nanoTime() > giveUp || !process.isAlive()) {
                        server.stop();
                        throw new IllegalStateException("the server did not start: " + server.log);
                    }
                    long now = (System.nanoTime() - launched) / 1_000_000;
                    if (server.firstLookupMillis == 0 && http.get("/api/lookup?code=E11.9") == 200) {
                        server.firstLookupMillis = now;
                    }
                    if (server.firstLookupMillis != 0 && http.get("/health") == 200) {
                        server.healthyMillis = now;
                    }
                    Thread.sleep(5);
                }
            }
            return server;
        }

        private void readLog() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    log.add(line);
                    System.out.println("server: " + line);
                }
            } catch (IOException e) {
                // the server has stopped and its output is closed
            }
        }

        /** The server's CPU time so far, user and system, from /proc (in clock ticks of 10 ms). */
        long cpuNanos() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // After the command: state is field 3, utime field 14 and stime field 15 of the whole line.
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            } catch (IOException e) {
                return 0;
            }
        }

        long residentMegabytes() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
                return -1;
            } catch (IOException e) {
                return -1;
            }
        }

        /** SIGTERM, as a service manager stops it; reports how long the stop took and how it exited. */
        void stop() throws InterruptedException {
            long stopping = System.nanoTime();
            process.destroy();
            boolean exited = process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            Thread.sleep(100);
            System.out.printf(Locale.ROOT, "stop by SIGTERM: %s in %d ms (exit status %s)%n",
                    exited ? "exited" : "killed after 30 s", (System.nanoTime() - stopping) / 1_000_000,
                    exited ? String.valueOf(process.exitValue()) : "-");
        }
    }
}
