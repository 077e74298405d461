package dev.codebook.internal.table;

import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Note;
import dev.codebook.code.SeventhCharacter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Turns the entries of a release into the columns {@link CodeTable} holds, and writes them in the order its
 * constructor reads them. Whatever the reader would otherwise compute at open is computed here: subtree ends,
 * billable counts, the key hash.
 */
final class TableWriter {

    private TableWriter() {
    }

    static void write(Path file, CodeSystem system, String release, List<TableEntry> entries) throws IOException {
        int size = entries.size();
        List<String> codes = entries.stream().map(TableEntry::code).toList();
        int[] slots;
        try {
            slots = PositionIndex.build(codes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("code table of " + system + " " + release + ": " + e.getMessage(), e);
        }
        TableText.Builder text = new TableText.Builder();
        codes.forEach(text::add); // the first ids, in position order: codes are distinct, as the key hash checked

        byte[] kinds = new byte[size];
        byte[] flags = new byte[size];
        int[] parents = new int[size];
        int[] titles = new int[size];
        int[] shortTitles = new int[size];
        int[] noteStarts = new int[size + 1];
        int[] seventhStarts = new int[size + 1];
        boolean dated = entries.stream()
                .anyMatch(e -> e.effectiveDates().from().isPresent() || e.effectiveDates().to().isPresent());
        boolean acted = entries.stream().anyMatch(e -> e.action().isPresent());
        int[] fromDays = new int[dated ? size : 0];
        int[] toDays = new int[dated ? size : 0];
        char[] actionCodes = new char[acted ? size : 0];
        int[] actionDays = new int[acted ? size : 0];
        Map<Axis, Integer> distinctAxes = new LinkedHashMap<>();
        entries.forEach(entry -> entry.axes().forEach(axis -> distinctAxes.putIfAbsent(axis, distinctAxes.size())));
        boolean hasAxes = !distinctAxes.isEmpty();
        int[] axisStarts = new int[hasAxes ? size + 1 : 0];
        int noteCount = 0;
        int seventhCount = 0;
        int axisCount = 0;
        for (int i = 0; i < size; i++) {
            TableEntry entry = entries.get(i);
            noteCount += entry.notes().size();
            seventhCount += entry.seventhCharacters().size();
            axisCount += entry.axes().size();
        }
        byte[] noteKinds = new byte[noteCount];
        int[] noteTexts = new int[noteCount];
        char[] seventhCharacters = new char[seventhCount];
        int[] seventhMeanings = new int[seventhCount];
        int[] axisRefs = new int[axisCount];

        for (int i = 0; i < size; i++) {
            TableEntry entry = entries.get(i);
            EffectiveDates dates = entry.effectiveDates();
            kinds[i] = (byte) entry.kind().ordinal();
            flags[i] = (byte) ((entry.billable() ? CodeTable.BILLABLE : 0)
                    | (entry.seventhCharacterCode() ? CodeTable.SEVENTH_CHARACTER_CODE : 0)
                    | (dates.from().isPresent() ? CodeTable.HAS_FROM : 0)
                    | (dates.to().isPresent() ? CodeTable.HAS_TO : 0)
                    | (entry.action().isPresent() ? CodeTable.HAS_ACTION : 0));
            parents[i] = entry.parent();
            titles[i] = text.add(entry.title());
            shortTitles[i] = text.add(entry.shortTitle());
            int note = noteStarts[i];
            for (Note own : entry.notes()) {
                noteKinds[note] = (byte) own.kind().ordinal();
                noteTexts[note++] = text.add(own.text());
            }
            noteStarts[i + 1] = note;
            int seventh = seventhStarts[i];
            for (SeventhCharacter own : entry.seventhCharacters()) {
                seventhCharacters[seventh] = own.character();
                seventhMeanings[seventh++] = text.add(own.meaning());
            }
            seventhStarts[i + 1] = seventh;
            if (dated) {
                fromDays[i] = day(dates.from());
                toDays[i] = day(dates.to());
            }
            if (acted) {
                Optional<Action> action = entry.action();
                actionCodes[i] = action.map(Action::code).orElse(' ');
                actionDays[i] = day(action.flatMap(Action::effective));
            }
            if (hasAxes) {
                int axis = axisStarts[i];
                for (Axis own : entry.axes()) {
                    axisRefs[axis++] = distinctAxes.get(own);
                }
                axisStarts[i + 1] = axis;
            }
        }
        int[] axisNames = new int[distinctAxes.size()];
        char[] axisCharacters = new char[distinctAxes.size()];
        int[] axisValues = new int[distinctAxes.size()];
        int[] axisDefinitions = new int[distinctAxes.size()];
        int[] axisKeys = new int[distinctAxes.size()];
        distinctAxes.forEach((axis, id) -> {
            axisNames[id] = text.add(axis.name());
            axisCharacters[id] = axis.character();
            axisValues[id] = text.add(axis.value());
            axisDefinitions[id] = text.add(axis.definition().orElse(""));
            axisKeys[id] = text.add(String.join(CodeTable.KEY_SEPARATOR, axis.keys()));
        });

        TableFile.Writer out = new TableFile.Writer();
        out.string(system.id()).string(release).integer(size);
        out.bytes(kinds).bytes(flags).ints(parents).ints(subtreeEnds(parents)).ints(billableCounts(parents, flags));
        out.ints(titles).ints(shortTitles);
        out.ints(noteStarts).bytes(noteKinds).ints(noteTexts);
        out.ints(seventhStarts).chars(seventhCharacters).ints(seventhMeanings);
        out.ints(fromDays).ints(toDays).chars(actionCodes).ints(actionDays);
        out.ints(axisStarts).ints(axisRefs).ints(axisNames).chars(axisCharacters).ints(axisValues);
        out.ints(axisDefinitions).ints(axisKeys);
        out.ints(slots);
        text.write(out);
        out.writeTo(file);
    }

    private static int day(Optional<LocalDate> day) {
        return day.map(d -> (int) d.toEpochDay()).orElse(CodeTable.NO_DAY);
    }

    /** One past the last position of each node's subtree, from the parent links of the preorder. */
    private static int[] subtreeEnds(int[] parents) {
        int[] ends = new int[parents.length];
        for (int i = parents.length - 1; i >= 0; i--) {
            ends[i] = Math.max(ends[i], i + 1);
            if (parents[i] >= 0) {
                ends[parents[i]] = Math.max(ends[parents[i]], ends[i]);
            }
        }
        return ends;
    }

    /** The number of billable nodes in each node's subtree, the node included. */
    private static int[] billableCounts(int[] parents, byte[] flags) {
        int[] counts = new int[parents.length];
        for (int i = parents.length - 1; i >= 0; i--) {
            if ((flags[i] & CodeTable.BILLABLE) != 0) {
                counts[i]++;
            }
            if (parents[i] >= 0) {
                counts[parents[i]] += counts[i];
            }
        }
        return counts;
    }
}
