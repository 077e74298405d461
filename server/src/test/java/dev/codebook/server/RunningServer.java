package dev.codebook.server;

import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One server per test JVM on the full index ({@link TestIndexes#full()}), on 127.0.0.1 and a free port, as a client
 * would find it; and a plain HTTP client for it.
 */
final class RunningServer {

    private static CodebookServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningServer() {
    }

    /** The index the server answers from, opened apart from it, to check answers against. */
    static Codebook codebook() {
        return TestIndexes.full();
    }

    static synchronized CodebookServer full() {
        if (server == null) {
            try {
                server = CodebookServer.start(TestIndexes.full().folder(), "127.0.0.1", 0, Optional.empty(),
                        System.err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** http://127.0.0.1:PORT */
    static String base() {
        return "http://" + full().address();
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * The raw answer (status line, headers, body) to a POST that announces a body of {@code bytes} and sends none of
     * it: the server must refuse a body too large from its Content-Length, before reading it. (Sent in full, the body
     * races the server's closing of the connection, and a client may lose the answer.)
     */
    static String announce(String path, String contentType, long bytes) {
        return raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes + "\r\n\r\n");
    }

    /**
     * The raw answer to a request sent as is over a plain socket. A server that refuses a request before reading all
     * of it closes the connection with bytes unread, which resets it; the answer it wrote before that is still
     * delivered, so what was read up to the reset is the answer (a client that is still writing, as
     * {@link java.net.http.HttpClient} is, may lose it instead).
     */
    static String raw(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), full().port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                if (answer.size() == 0) {
                    throw reset;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
