package dev.codebook.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client on one kept-alive connection to a server on this machine's loopback address, and no
 * other: the load generator's client, so light that the figures are the server's and not a client library's. Reads
 * bodies of a Content-Length or chunked; anything else is an error.
 */
final class LoopbackClient implements AutoCloseable {

    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    LoopbackClient(int port) {
        this.port = port;
    }

    /** Sends {@code GET pathAndQuery} and reads the whole answer; its status, or -1 when the connection failed. */
    int get(String pathAndQuery) {
        try {
            if (socket == null) {
                socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            }
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            return -1;
        }
    }

    private int readResponse() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                skip(size);
                line();
            }
            line();
        } else if (length >= 0) {
            skip(length);
        } else {
            throw new IOException("an answer with neither Content-Length nor chunks");
        }
        if (closing) {
            close();
        }
        return code;
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed already
            }
            socket = null;
        }
    }
}
