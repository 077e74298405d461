package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One node of a code system (an ICD-10-CM chapter or code, an ICD-10-PCS body part, a HCPCS group or modifier, ...),
 * as one release defines it.
 *
 * @param system             the code system
 * @param release            the release (version) that defines it, such as "2021"
 * @param code               the canonical form: dotted for ICD-10-CM codes ("E11.9"), the number for a chapter
 *                           ("4"), the range for a block ("E08-E13")
 * @param kind               where it stands in the hierarchy
 * @param title              the long title (for ICD-10-CM codes, the order file's long description)
 * @param shortTitle         the abbreviated title of at most 60 characters (for chapters and blocks the title)
 * @param billable           whether it may be reported on a claim as it stands
 * @param notes              its own notes, then the notes that apply from its ancestors, nearest first (see
 *                           {@link NoteKind} for which apply); each names the node that states it
 * @param seventhCharacters  the 7th characters in force here: for a code that needs one, those it may take; for a
 *                           7th-character code, the one it carries; for a category that defines them, all of them;
 *                           empty elsewhere
 * @param effectiveDates     the days it may be reported on, when it states its own (HCPCS, a user's code set)
 * @param action             for HCPCS Level II, this year's maintenance action on it
 * @param axes               for ICD-10-PCS, what each of its characters stands for, axis by axis: seven for a code,
 *                           as many as its own characters for a section, body system, root operation or body part;
 *                           empty in other systems
 */
public record Code(
        CodeSystem system,
        String release,
        String code,
        Kind kind,
        String title,
        String shortTitle,
        boolean billable,
        List<Note> notes,
        List<SeventhCharacter> seventhCharacters,
        EffectiveDates effectiveDates,
        Optional<Action> action,
        List<Axis> axes) {

    public Code {
        requireNonNull(system, "system");
        requireNonNull(release, "release");
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

    /** Whether the code may be reported for a service on {@code date}, by its own dates (see {@link Validation#on}). */
    public boolean inForceOn(LocalDate date) {
        return effectiveDates.covers(date);
    }

    /**
     * For ICD-10-PCS, the code axis by axis, then what the definitions say of its values and the index terms that lead
     * to its body part and device: "Medical and Surgical / Gastrointestinal System / Resection / Esophagus, Lower /
     * ... . Resection: cutting out or off, without replacement, all of a body part. ... . Abdominal esophagus,
     * Esophagogastric junction: use Esophagus, Lower".
     */
    public String explanation() {
        StringBuilder text = new StringBuilder(axes.stream().map(Axis::value).collect(Collectors.joining(" / ")));
        for (Axis axis : axes) {
            if (axis.definition().isPresent()) {
                text.append(". ").append(axis.explained());
            }
        }
        for (Axis axis : axes) {
            if (!axis.keys().isEmpty()) {
                text.append(". ").append(String.join(", ", axis.keys())).append(": use ").append(axis.value());
            }
        }
        return text.toString();
    }

    /** The notes of one kind that apply to this code, its own and inherited. */
    public List<Note> notes(NoteKind kind) {
        return notes.stream().filter(note -> note.kind() == kind).toList();
    }

    /** For a 7th-character code such as S72.001A, the meaning of its 7th character. */
    public Optional<SeventhCharacter> seventhCharacter() {
        char last = code.charAt(code.length() - 1);
        return code.replace(".", "").length() == 7 && seventhCharacters.size() == 1
                        && seventhCharacters.get(0).character() == last
                ? Optional.of(seventhCharacters.get(0))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return code + " " + title;
    }
}
