package dev.codebook.internal.table;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a node's position from its key ("E119") or its canonical code ("E11.9"): an open-addressing hash table with
 * linear probing, computed by the writer and stored in the table file, so that opening a table builds no map.
 *
 * <p>Each slot is two ints: the {@link String#hashCode()} of the form it holds (a function the Java language fixes,
 * so the writer's hashes hold in every JVM), then the node's position times two, plus one when the slot holds the
 * key rather than the code as written; {@value #EMPTY} marks a free slot. A node whose code is its own key (E11, and
 * every ICD-10-PCS and HCPCS code) has one slot. At most half the slots are taken, so a probe seldom goes past the
 * first; a lookup compares strings only where the hashes agree.
 */
final class PositionIndex {

    private static final int EMPTY = -1;
    private static final int KEY_FORM = 1;

    private final IntBuffer slots;
    private final int mask;

    PositionIndex(IntBuffer slots) {
        this.slots = slots;
        this.mask = slots.capacity() / 2 - 1;
    }

    /** Whether the slots are a power of two in number, as {@link #build} makes them. */
    boolean isWellFormed() {
        int count = slots.capacity() / 2;
        return slots.capacity() % 2 == 0 && count > 0 && (count & (count - 1)) == 0;
    }

    /**
     * The slots that find each of {@code codes} (canonical codes, in position order) by its key and as written.
     *
     * @throws IllegalArgumentException when two codes share a key, naming the second
     */
    static int[] build(List<String> codes) {
        int forms = 0;
        for (String code : codes) {
            forms += CodeTable.key(code).equals(code) ? 1 : 2;
        }
        int capacity = Integer.highestOneBit(Math.max(1, forms) * 2 - 1) * 2;
        int[] slots = new int[capacity * 2];
        Arrays.fill(slots, EMPTY);
        PositionIndex index = new PositionIndex(IntBuffer.wrap(slots));
        for (int position = 0; position < codes.size(); position++) {
            String code = codes.get(position);
            String key = CodeTable.key(code);
            if (index.find(key, codes::get) >= 0) {
                throw new IllegalArgumentException(code + " is listed twice (its key " + key + " is taken)");
            }
            boolean asWritten = key.equals(code);
            index.put(key, position << 1 | (asWritten ? 0 : KEY_FORM));
            if (!asWritten && index.find(code, codes::get) < 0) {
                // Found as written too ("E11.9"), so that a canonical code needs no normalising. A key never holds
                // a dot, so the two forms never name different nodes.
                index.put(code, position << 1);
            }
        }
        return slots;
    }

    private void put(String form, int value) {
        int hash = form.hashCode();
        int slot = spread(hash) & mask;
        while (slots.get(2 * slot + 1) != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots.put(2 * slot, hash).put(2 * slot + 1, value);
    }

    /** The code at a position. */
    interface Codes {
        String code(int position);
    }

    /** The position whose key or canonical code is {@code form}, or -1. */
    int find(String form, Codes codes) {
        int hash = form.hashCode();
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = slots.get(2 * slot + 1);
            if (value == EMPTY) {
                return -1;
            }
            if (slots.get(2 * slot) == hash) {
                int position = value >>> 1;
                String code = codes.code(position);
                if ((value & KEY_FORM) == 0 ? code.equals(form) : isKeyOf(form, code)) {
                    return position;
                }
            }
        }
    }

    /** Whether {@code key} is {@code CodeTable.key(code)}, compared without building the key. */
    private static boolean isKeyOf(String key, String code) {
        int next = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (CodeTable.isKeyCharacter(c)) {
                if (next == key.length() || key.charAt(next++) != Character.toUpperCase(c)) {
                    return false;
                }
            }
        }
        return next == key.length();
    }

    /** Mixes the high bits into the low ones, which pick the slot: short codes differ mostly in their last chars. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
