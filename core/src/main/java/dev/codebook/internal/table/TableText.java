package dev.codebook.internal.table;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings of one code table (codes, titles, notes, 7th-character meanings, axis names and values), each stored
 * once in one UTF-8 array and decoded on first use.
 *
 * <p>Opening a table thus builds none of the some 400,000 strings, most of which a program never asks for; a string
 * asked for is kept, so asking again costs an array read.
 */
final class TableText implements PositionIndex.Codes {

    private final ByteBuffer utf8;
    /** Where each string starts in {@link #utf8}; one more than there are strings, the last the end of the text. */
    private final IntBuffer starts;
    private final String[] decoded;

    TableText(IntBuffer starts, ByteBuffer utf8) {
        this.utf8 = utf8;
        this.starts = starts;
        this.decoded = new String[Math.max(0, starts.capacity() - 1)];
    }

    /** Whether the starts end where the text does: a cheap check that the two sections belong together. */
    boolean fitsText() {
        return starts.capacity() > 0 && starts.get(starts.capacity() - 1) == utf8.capacity();
    }

    int count() {
        return decoded.length;
    }

    /** A node's code: the writer gives the codes the first ids, in position order. */
    @Override
    public String code(int position) {
        return get(position);
    }

    /** The string {@code id}, decoded on first use. */
    String get(int id) {
        // A racy but benign memo: threads that find the slot empty decode equal strings, and whichever write lands
        // last stays. A String is immutable and safely published through its final fields, so a thread that finds
        // one in the slot sees it whole, without a lock or a volatile read on the lookup path.
        String text = decoded[id];
        if (text == null) {
            byte[] bytes = new byte[starts.get(id + 1) - starts.get(id)];
            utf8.get(starts.get(id), bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
            decoded[id] = text;
        }
        return text;
    }

    /** Collects a table's strings for writing, each distinct one once. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        /** The id of {@code text}: the next free one, unless it was added before. */
        int add(String text) {
            Integer id = ids.get(text);
            if (id == null) {
                id = strings.size();
                ids.put(text, id);
                strings.add(text);
            }
            return id;
        }

        void write(TableFile.Writer out) {
            int[] starts = new int[strings.size() + 1];
            byte[][] encoded = new byte[strings.size()][];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
                starts[i + 1] = starts[i] + encoded[i].length;
            }
            byte[] utf8 = new byte[starts[encoded.length]];
            for (int i = 0; i < encoded.length; i++) {
                System.arraycopy(encoded[i], 0, utf8, starts[i], encoded[i].length);
            }
            out.ints(starts).bytes(utf8);
        }
    }
}
