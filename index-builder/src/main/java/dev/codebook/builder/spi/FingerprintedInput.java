package dev.codebook.builder.spi;

import dev.codebook.code.Release;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a release file while taking its size and SHA-256, so each file is read once. */
public final class FingerprintedInput extends FilterInputStream {

    private final SourceFile source;
    private final MessageDigest digest;
    private long bytes;

    public FingerprintedInput(SourceFile source) throws IOException {
        super(source.open());
        this.source = source;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            bytes += n;
        }
        return n;
    }

    /** The hex SHA-256 of a file's content, reading it through. */
    public static String sha256(SourceFile source) throws IOException {
        try (FingerprintedInput in = new FingerprintedInput(source)) {
            return in.finish().sha256();
        }
    }

    /** Reads what is left, so the fingerprint covers the whole file, and returns it. */
    public Release.SourceFile finish() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (read(rest, 0, rest.length) >= 0) {
            // drained for the checksum
        }
        return new Release.SourceFile(source.recordedName(), bytes, HexFormat.of().formatHex(digest.digest()));
    }
}
