package dev.codebook.internal.table;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.SeventhCharacter;
import java.util.List;
import java.util.Optional;

/**
 * One node as the index builder hands it to {@link CodeTable#write}: entries come in hierarchy preorder, so a node's
 * parent always comes before it and its descendants follow it without a gap.
 *
 * @param code                 canonical code
 * @param kind                 level in the hierarchy
 * @param parent               position of the parent entry, or -1 for a top-level node
 * @param title                long title
 * @param shortTitle           short title
 * @param billable             whether the node may be reported on a claim
 * @param seventhCharacterCode whether the node's last character is a 7th character appended to its parent
 * @param notes                the notes the node states itself (each with this node as source)
 * @param seventhCharacters    the 7th-character definitions the node states itself
 * @param effectiveDates       the days the node may be reported on, when it states its own
 * @param action               the release's maintenance action on the node (HCPCS)
 * @param axes                 what each of the node's characters stands for (ICD-10-PCS)
 */
public record TableEntry(
        String code,
        Kind kind,
        int parent,
        String title,
        String shortTitle,
        boolean billable,
        boolean seventhCharacterCode,
        List<Note> notes,
        List<SeventhCharacter> seventhCharacters,
        EffectiveDates effectiveDates,
        Optional<Action> action,
        List<Axis> axes) {

    public TableEntry {
        requireNonNull(code, "code");
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(shortTitle, "shortTitle");
        notes = List.copyOf(notes);
        seventhCharacters = List.copyOf(seventhCharacters);
        requireNonNull(effectiveDates, "effectiveDates");
        requireNonNull(action, "action");
        axes = List.copyOf(axes);
    }

    /** A node without dates, action or axes of its own, as ICD-10-CM writes them. */
    public TableEntry(String code, Kind kind, int parent, String title, String shortTitle, boolean billable,
            boolean seventhCharacterCode, List<Note> notes, List<SeventhCharacter> seventhCharacters) {
        this(code, kind, parent, title, shortTitle, billable, seventhCharacterCode, notes, seventhCharacters,
                EffectiveDates.ALWAYS, Optional.empty(), List.of());
    }

    /** A node of a system without notes or 7th characters: HCPCS, ICD-10-PCS, a user's code set. */
    public static TableEntry plain(String code, Kind kind, int parent, String title, String shortTitle,
            boolean billable, EffectiveDates effectiveDates, Optional<Action> action, List<Axis> axes) {
        return new TableEntry(code, kind, parent, title, shortTitle, billable, false, List.of(), List.of(),
                effectiveDates, action, axes);
    }
}
