package dev.codebook.internal.table;

import dev.codebook.code.IndexFormatException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The container of a code table file: a header, then sections of arrays, each preceded by its length.
 *
 * <p>The header (16 bytes, big-endian as {@link java.io.DataOutputStream} writes it, and as every earlier format
 * wrote its first two fields) holds the magic number, the format number, the length of the body and its CRC-32. The
 * body is little-endian, the byte order of the machines that read it, so that its arrays are used where they lie in
 * the mapped file. The whole body is checked against the CRC before anything in it is trusted: a damaged file fails
 * at open, with its name, rather than answering wrongly later.
 */
final class TableFile {

    static final int MAGIC = 0x43424B54; // "CBKT"
    /**
     * Format 5: each ICD-10-PCS axis value with its definition and keys. Format 4: columns of arrays, strings decoded
     * on first use, the key hash stored. Format 3 read entry by entry.
     */
    static final int FORMAT = 5;
    private static final int HEADER = 16;

    private TableFile() {
    }

    /**
     * Maps {@code file} into memory, checks its header and checksum, and returns its body to read section by section.
     * The sections are views of the mapped file, not copies: opening reads nothing twice and puts nothing on the heap,
     * and the operating system's file cache holds the table for every process that opens it.
     */
    static Reader read(Path file) throws IOException {
        ByteBuffer content;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            content = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        if (content.capacity() < 8 || content.getInt(0) != MAGIC) {
            throw new IndexFormatException(file + " is not a Codebook code table");
        }
        int format = content.getInt(4);
        if (format != FORMAT) {
            throw new IndexFormatException(file + " has table format " + format + ", this library reads format "
                    + FORMAT + ": rebuild the index with this version of codebook");
        }
        if (content.capacity() < HEADER || content.capacity() - HEADER < content.getInt(8)) {
            throw new IndexFormatException(file + " is truncated: rebuild the index");
        }
        int length = content.getInt(8);
        if (content.capacity() - HEADER > length) {
            throw new IndexFormatException(file + " is damaged: " + (content.capacity() - HEADER - length)
                    + " bytes follow its end; rebuild the index");
        }
        ByteBuffer body = content.slice(HEADER, length).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        crc.update(body.duplicate());
        if ((int) crc.getValue() != content.getInt(12)) {
            throw new IndexFormatException(file + " is damaged: its checksum does not match; rebuild the index");
        }
        return new Reader(file, body);
    }

    /** The next multiple of 4 from {@code offset}: sections start there, so that their ints are aligned. */
    private static int align(int offset) {
        return (offset + 3) & ~3;
    }

    /**
     * The sections of a checked body, in the order they were written, each starting on a multiple of 4 bytes.
     *
     * <p>The views it returns are read only by absolute index ({@code get(i)}), which changes no state of the
     * buffer, so that threads may share them.
     */
    static final class Reader {
        private final Path file;
        private final ByteBuffer body;

        private Reader(Path file, ByteBuffer body) {
            this.file = file;
            this.body = body;
        }

        int integer() throws IndexFormatException {
            if (body.remaining() < Integer.BYTES) {
                throw damaged("it ends inside a section");
            }
            return body.getInt();
        }

        String string() throws IndexFormatException {
            ByteBuffer utf8 = bytes("a string");
            byte[] bytes = new byte[utf8.capacity()];
            utf8.get(0, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /**
         * The next section, of one of the {@code lengths} given, or of any length when none is given.
         *
         * @throws IndexFormatException naming the section when its length is none of those
         */
        ByteBuffer bytes(String name, int... lengths) throws IndexFormatException {
            return section(1, name, lengths);
        }

        /** The next section of ints, as {@link #bytes}. */
        IntBuffer ints(String name, int... lengths) throws IndexFormatException {
            return section(Integer.BYTES, name, lengths).asIntBuffer();
        }

        /** The next section of chars, as {@link #bytes}. */
        CharBuffer chars(String name, int... lengths) throws IndexFormatException {
            return section(Character.BYTES, name, lengths).asCharBuffer();
        }

        /** The next section, its length checked against the lengths expected and what is left of the body. */
        private ByteBuffer section(int width, String name, int... lengths) throws IndexFormatException {
            int length = integer();
            if (length < 0 || (long) length * width > body.remaining()) {
                throw damaged("its " + name + " run past its end");
            }
            boolean expected = lengths.length == 0;
            for (int allowed : lengths) {
                expected |= allowed == length;
            }
            if (!expected) {
                throw damaged("it holds " + length + " " + name + " where " + Arrays.toString(lengths)
                        + " were expected");
            }
            ByteBuffer section = body.slice(body.position(), length * width).order(ByteOrder.LITTLE_ENDIAN);
            body.position(Math.min(body.limit(), align(body.position() + length * width)));
            return section;
        }

        /** Fails unless the body has been read to its end. */
        void end() throws IndexFormatException {
            if (body.hasRemaining()) {
                throw damaged(body.remaining() + " bytes are left unread");
            }
        }

        /** A file whose checksum matched but whose content does not fit this format: a writer's fault. */
        IndexFormatException damaged(String what) {
            return new IndexFormatException(file + " is damaged (" + what + "): rebuild the index");
        }
    }

    /** Collects the sections of a body, then writes the file with its header. */
    static final class Writer {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);

        Writer integer(int value) {
            body.writeBytes(littleEndian(Integer.BYTES).putInt(value).array());
            return this;
        }

        Writer string(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        Writer bytes(byte[] section) {
            return section(section.length, section);
        }

        Writer ints(int[] section) {
            ByteBuffer buffer = littleEndian(section.length * Integer.BYTES);
            buffer.asIntBuffer().put(section);
            return section(section.length, buffer.array());
        }

        Writer chars(char[] section) {
            ByteBuffer buffer = littleEndian(section.length * Character.BYTES);
            buffer.asCharBuffer().put(section);
            return section(section.length, buffer.array());
        }

        private static ByteBuffer littleEndian(int bytes) {
            return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** A section: its length in elements, its bytes, then zeros up to the next multiple of 4 bytes. */
        private Writer section(int length, byte[] content) {
            integer(length);
            body.writeBytes(content);
            body.writeBytes(new byte[align(body.size()) - body.size()]);
            return this;
        }

        void writeTo(Path file) throws IOException {
            byte[] content = body.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(content);
            try (OutputStream stream = Files.newOutputStream(file);
                    DataOutputStream out = new DataOutputStream(stream)) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(content.length);
                out.writeInt((int) crc.getValue());
                out.write(content);
            }
        }
    }
}
