package dev.codebook.check;

import dev.codebook.CodeSet;
import dev.codebook.check.NoteReferences.Instruction;
import dev.codebook.check.NoteReferences.ResolvedNote;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.internal.CodeSets;
import dev.codebook.internal.table.CodeTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules applied to one encounter, against the releases chosen for it. The rules between diagnoses read the
 * release's resolved note references ({@link NoteReferences}) by table position: a note stated at a node applies to
 * every code below it, so the notes in force at a code are those of its own node and of each ancestor.
 *
 * <p>The loops over notes and diagnoses are indexed: the iterators of these small lists escaped on this path (JFR
 * showed them as a fifth of what a check allocated).
 */
final class EncounterCheck {

    private static final CodeSets.Access<CodeSet> CODE_SETS = CodeSets.access();
    private static final String MATERNAL_CHAPTER = "15";
    private static final String NEWBORN_CHAPTER = "16";
    /** The title words of the manifestation codes that the etiology/manifestation convention never lets go first. */
    private static final String MANIFESTATION = "in diseases classified elsewhere";

    private final Encounter encounter;
    private final Optional<NoteReferences> diagnosisNotes;
    private final Optional<CodeSet> procedures;
    private final Optional<CodeSet> services;
    private final List<Finding> findings;

    /** One diagnosis that names a valid code: its place on the claim, its code and its table position. */
    private record Diagnosis(int index, Code code, int position) {
    }

    EncounterCheck(Encounter encounter, Optional<NoteReferences> diagnosisNotes, Optional<CodeSet> procedures,
            Optional<CodeSet> services, List<Finding> findings) {
        this.encounter = encounter;
        this.diagnosisNotes = diagnosisNotes;
        this.procedures = procedures;
        this.services = services;
        this.findings = findings;
    }

    void run() {
        diagnosisNotes.ifPresent(notes -> {
            List<Diagnosis> valid = diagnoses(notes);
            excludes1(notes, valid);
            codeFirst(notes, valid);
            advice(notes, valid, NoteKind.USE_ADDITIONAL_CODE, Rule.USE_ADDITIONAL_CODE);
            advice(notes, valid, NoteKind.CODE_ALSO, Rule.CODE_ALSO);
            maternalNewborn(notes, valid);
        });
        procedures.ifPresent(this::procedures);
        services.ifPresent(this::services);
    }

    /** The diagnoses that name valid codes, after {@link Rule#INVALID_CODE} and {@link Rule#DUPLICATE} on all. */
    private List<Diagnosis> diagnoses(NoteReferences notes) {
        CodeSet release = notes.release();
        CodeTable table = notes.table();
        List<Diagnosis> valid = new ArrayList<>(encounter.diagnoses().size());
        // A handful of codes: a list scanned beats hashing. Valid codes are kept as the release writes them, others
        // by their key, so that "E11.99" and "e1199" are one; the two never coincide.
        List<String> seen = new ArrayList<>(encounter.diagnoses().size());
        List<String> inputs = encounter.diagnoses();
        for (int index = 0; index < inputs.size(); index++) {
            String input = inputs.get(index);
            OptionalInt position = billable(release, input);
            if (position.isEmpty()) {
                Validation validation = validate(release, input);
                String code = validation.code().map(Code::code).orElse(input.strip());
                if (firstTime(seen, CodeTable.key(code), code)) {
                    findings.add(invalid(validation, code, "diagnosis"));
                }
            } else {
                Code found = CODE_SETS.code(release, position.getAsInt());
                if (firstTime(seen, found.code(), found.code())) {
                    valid.add(new Diagnosis(index, found, position.getAsInt()));
                }
            }
        }
        return valid;
    }

    /** Whether a diagnosis is listed for the first time; a {@link Rule#DUPLICATE} finding when not. */
    private boolean firstTime(List<String> seen, String identity, String code) {
        if (!seen.contains(identity)) {
            seen.add(identity);
            return true;
        }
        findings.add(new Finding(Rule.DUPLICATE, Severity.ERROR, List.of(code), code + " is listed more than once "
                + "among the diagnoses; report each diagnosis code once per claim.", Optional.empty()));
        return false;
    }

    /**
     * The position of the code the input names when it may be reported on the date of service (billable, and in force
     * by its own dates): the common case, answered without the wording a {@link Validation} carries.
     */
    private OptionalInt billable(CodeSet release, String input) {
        OptionalInt position = CODE_SETS.position(release, input);
        if (position.isEmpty()) {
            return position;
        }
        Code code = CODE_SETS.code(release, position.getAsInt());
        LocalDate day = encounter.date().orElse(release.release().effectiveFrom());
        return code.billable() && code.inForceOn(day) ? position : OptionalInt.empty();
    }

    private Validation validate(CodeSet release, String input) {
        Validation validation = release.validate(input);
        return encounter.date().isPresent() ? validation.on(encounter.date().get()) : validation;
    }

    private Finding invalid(Validation validation, String code, String what) {
        return new Finding(Rule.INVALID_CODE, Severity.ERROR, List.of(code), "the " + what + " " + code
                + " cannot be reported (" + validation.system().displayName() + validation.release().map(r -> " " + r)
                .orElse("") + "): " + validation.reason(), Optional.empty());
    }

    /** Each pair of diagnoses that an Excludes1 note in force at one of them forbids. */
    private void excludes1(NoteReferences notes, List<Diagnosis> valid) {
        for (int i = 0; i < valid.size(); i++) {
            for (int j = i + 1; j < valid.size(); j++) {
                Diagnosis a = valid.get(i);
                Diagnosis b = valid.get(j);
                Optional<Hit> hit = Hit.better(excluding(notes, a, b), excluding(notes, b, a));
                hit.ifPresent(found -> findings.add(excludes1Finding(found)));
            }
        }
    }

    /** An Excludes1 note in force at a holder that names another code, with the reference that names it. */
    private record Hit(Diagnosis holder, Diagnosis other, Note note, NoteReferences.Target target) {

        /**
         * The exact hit rather than a loose one; when both are alike, the one whose holder comes first in code order,
         * so that the finding does not depend on the order the diagnoses are listed in.
         */
        static Optional<Hit> better(Optional<Hit> first, Optional<Hit> second) {
            if (first.isEmpty() || second.isEmpty()) {
                return first.isEmpty() ? second : first;
            }
            Hit a = first.get();
            Hit b = second.get();
            if (a.target().exact() != b.target().exact()) {
                return a.target().exact() ? first : second;
            }
            return a.holder().position() <= b.holder().position() ? first : second;
        }
    }

    /** The first Excludes1 note in force at the holder that names the other code; an exact one before a loose one. */
    private static Optional<Hit> excluding(NoteReferences notes, Diagnosis holder, Diagnosis other) {
        if (!notes.excludes(holder.position(), other.position())) {
            return Optional.empty();
        }
        Optional<Hit> loose = Optional.empty();
        List<Instruction> instructions = notes.inForce(holder.position(), NoteKind.EXCLUDES1);
        for (int i = 0; i < instructions.size(); i++) {
            List<ResolvedNote> resolved = instructions.get(i).notes();
            for (int n = 0; n < resolved.size(); n++) {
                ResolvedNote note = resolved.get(n);
                Optional<NoteReferences.Target> target = note.covering(other.position());
                if (target.isPresent()) {
                    Hit hit = new Hit(holder, other, note.note(), target.get());
                    if (target.get().exact()) {
                        return Optional.of(hit);
                    }
                    loose = loose.isPresent() ? loose : Optional.of(hit);
                }
            }
        }
        return loose;
    }

    private static Finding excludes1Finding(Hit hit) {
        String holder = hit.holder().code().code();
        String other = hit.other().code().code();
        Note note = hit.note();
        CodeReference reference = hit.target().reference();
        String stated = note.source().equals(holder) ? holder + "'s own" : "the";
        String at = note.source().equals(holder) ? "" : " at " + note.source() + " (it applies to " + holder + ")";
        String message = other + " may not be reported with " + holder + ": " + stated + " Excludes1 note" + at
                + " reads '" + note.text() + "', and " + other + (hit.target().exact() ? " falls " : " may fall ")
                + (reference.first().equals(reference.last()) ? "under " : "in ") + reference.written()
                + ". Excludes1 means the two conditions cannot occur "
                + "together; report both only when they are unrelated, as the guidelines allow (I.A.12.a)."
                + (hit.target().exact() ? "" : " The note's condition gives no characters to test, so check it.");
        return new Finding(Rule.EXCLUDES1, hit.target().exact() ? Severity.ERROR : Severity.WARNING,
                List.of(holder, other), message, Optional.of(note.source()));
    }

    /**
     * A code with a code-first instruction: listed first, or with none of the codes it names on the encounter. The
     * Tabular writes one instruction as several notes ("Code first underlying disease, such as:", then one note per
     * example), so the notes of a kind that one node states are one instruction, met by any code they name. A
     * manifestation code ("in diseases classified elsewhere") listed first is an error; an instruction that says "if
     * applicable" or "any associated" is advice.
     */
    private void codeFirst(NoteReferences notes, List<Diagnosis> valid) {
        for (Diagnosis diagnosis : valid) {
            List<Instruction> instructions = notes.inForce(diagnosis.position(), NoteKind.CODE_FIRST);
            if (instructions.isEmpty()) {
                continue;
            }
            String code = diagnosis.code().code();
            List<Instruction> unmet = new ArrayList<>(instructions.size());
            for (int i = 0; i < instructions.size(); i++) {
                if (unmet(valid, diagnosis, instructions.get(i))) {
                    unmet.add(instructions.get(i));
                }
            }
            if (diagnosis.index() == 0) {
                boolean manifestation = diagnosis.code().title().toLowerCase(Locale.ROOT).contains(MANIFESTATION);
                Instruction instruction = firmest(unmet.isEmpty() ? instructions : unmet);
                Severity severity = manifestation ? Severity.ERROR
                        : instruction.conditional() ? Severity.INFO : Severity.WARNING;
                findings.add(new Finding(Rule.CODE_FIRST, severity, List.of(code), code + " is listed first, but "
                        + quote(instruction, code, "code-first") + ": the underlying condition is sequenced before it"
                        + (manifestation ? "; a manifestation code is never the first-listed diagnosis (I.A.13)" : "")
                        + (unmet.isEmpty() ? "." : ", and none of the codes the note names is on the encounter."),
                        Optional.of(instruction.source())));
            } else {
                for (Instruction instruction : unmet) {
                    findings.add(new Finding(Rule.CODE_FIRST, instruction.conditional() ? Severity.INFO
                            : Severity.WARNING, List.of(code), quote(instruction, code, "code-first")
                            + ", and none of the codes it names is on the encounter: code the underlying condition, "
                            + "before " + code + " (I.A.13).", Optional.of(instruction.source())));
                }
            }
        }
    }

    /**
     * The instruction a first-listed code is judged by: one that is not advice when there is one, so that listing a
     * code first is never judged more mildly than listing it later, when each unmet instruction counts.
     */
    private static Instruction firmest(List<Instruction> instructions) {
        for (Instruction instruction : instructions) {
            if (!instruction.conditional()) {
                return instruction;
            }
        }
        return instructions.get(0);
    }

    /** Whether an instruction names codes of the release, none of which is among the other diagnoses. */
    private static boolean unmet(List<Diagnosis> valid, Diagnosis diagnosis, Instruction instruction) {
        if (!instruction.names()) {
            return false;
        }
        for (int i = 0; i < valid.size(); i++) {
            Diagnosis other = valid.get(i);
            if (other != diagnosis && instruction.covers(other.position())) {
                return false;
            }
        }
        return true;
    }

    /** "the code-first note at G63 (it applies to G63.0) reads 'amyloidosis (E85.-)'; '...'". */
    private static String quote(Instruction instruction, String code, String kind) {
        String source = instruction.source();
        return "the " + kind + " note at " + source + (source.equals(code) ? "" : " (it applies to " + code + ")")
                + " reads " + instruction.quoted();
    }

    /**
     * Use-additional-code and code-also instructions none of whose codes is on the encounter: one finding per
     * instruction, naming every code it applies to.
     */
    private void advice(NoteReferences notes, List<Diagnosis> valid, NoteKind kind, Rule rule) {
        Map<Instruction, List<String>> unmet = Map.of();
        for (int d = 0; d < valid.size(); d++) {
            Diagnosis diagnosis = valid.get(d);
            List<Instruction> instructions = notes.inForce(diagnosis.position(), kind);
            for (int i = 0; i < instructions.size(); i++) {
                Instruction instruction = instructions.get(i);
                if (unmet(valid, diagnosis, instruction)) {
                    if (unmet.isEmpty()) {
                        unmet = new LinkedHashMap<>();
                    }
                    unmet.computeIfAbsent(instruction, n -> new ArrayList<>()).add(diagnosis.code().code());
                }
            }
        }
        String heading = kind == NoteKind.CODE_ALSO ? "code-also" : "use-additional-code";
        unmet.forEach((instruction, codes) -> findings.add(new Finding(rule, Severity.INFO, codes, "the " + heading
                + " note at " + instruction.source() + " (for " + String.join(", ", codes) + ") reads "
                + instruction.quoted() + "; none of the codes it names is on the encounter. Add one if the record "
                + "documents it.", Optional.of(instruction.source()))));
    }

    /** Chapter 15 (maternal records only) beside chapter 16 (newborn records only), or for a male patient. */
    private void maternalNewborn(NoteReferences notes, List<Diagnosis> valid) {
        if (valid.isEmpty()) {
            return;
        }
        CodeTable table = notes.table();
        ChapterSpan maternalChapter = ChapterSpan.of(table, MATERNAL_CHAPTER);
        ChapterSpan newbornChapter = ChapterSpan.of(table, NEWBORN_CHAPTER);
        List<String> maternal = new ArrayList<>();
        List<String> newborn = new ArrayList<>();
        for (Diagnosis diagnosis : valid) {
            if (maternalChapter.holds(diagnosis.position())) {
                maternal.add(diagnosis.code().code());
            } else if (newbornChapter.holds(diagnosis.position())) {
                newborn.add(diagnosis.code().code());
            }
        }
        if (!maternal.isEmpty() && !newborn.isEmpty()) {
            List<String> codes = new ArrayList<>(maternal);
            codes.addAll(newborn);
            findings.add(new Finding(Rule.MATERNAL_NEWBORN, Severity.ERROR, codes, String.join(", ", maternal)
                    + " (chapter 15, maternal records) and " + String.join(", ", newborn) + " (chapter 16, newborn "
                    + "records) are on one encounter; " + chapterNote(notes.release(), NEWBORN_CHAPTER)
                    + " Report the mother's and the newborn's conditions on their own records (I.C.15.a, I.C.16.a).",
                    Optional.of(NEWBORN_CHAPTER)));
        }
        if (!maternal.isEmpty() && encounter.sex().filter(sex -> sex == Sex.MALE).isPresent()) {
            findings.add(new Finding(Rule.MATERNAL_NEWBORN, Severity.ERROR, maternal, String.join(", ", maternal)
                    + " (chapter 15, pregnancy, childbirth and the puerperium) is reported for a male patient; "
                    + chapterNote(notes.release(), MATERNAL_CHAPTER) + " Check the patient's sex or the code.",
                    Optional.of(MATERNAL_CHAPTER)));
        }
    }

    /** The positions below a chapter's node: a subtree is one run of positions. Empty for a chapter not held. */
    private record ChapterSpan(int start, int end) {

        static ChapterSpan of(CodeTable table, String chapter) {
            OptionalInt start = table.position(chapter);
            return start.isEmpty() ? new ChapterSpan(0, 0)
                    : new ChapterSpan(start.getAsInt() + 1, table.subtreeEnd(start.getAsInt()));
        }

        boolean holds(int position) {
            return position >= start && position < end;
        }
    }

    /** "chapter 16's note reads '...'." with the chapter's note on whose records its codes belong. */
    private static String chapterNote(CodeSet release, String chapter) {
        Optional<String> text = release.code(chapter).stream()
                .flatMap(code -> code.notes(NoteKind.NOTE).stream())
                .map(Note::text)
                .filter(note -> note.toLowerCase(Locale.ROOT).contains("records"))
                .findFirst();
        return text.map(note -> "chapter " + chapter + "'s note reads '" + note + "'.").orElse("");
    }

    private void procedures(CodeSet release) {
        Set<String> seen = new HashSet<>();
        for (String input : encounter.procedures()) {
            OptionalInt billable = billable(release, input);
            if (billable.isEmpty()) {
                Validation validation = validate(release, input);
                findings.add(invalid(validation, validation.code().map(Code::code).orElse(input.strip()), "procedure"));
                continue;
            }
            String code = CODE_SETS.code(release, billable.getAsInt()).code();
            if (!seen.add(code)) {
                findings.add(new Finding(Rule.DUPLICATE, Severity.INFO, List.of(code), code + " is listed more than "
                        + "once among the procedures: right when the procedure was performed more than once (ICD-10-PCS "
                        + "guideline B3.2), otherwise remove the copy.", Optional.empty()));
            }
        }
    }

    private void services(CodeSet release) {
        Set<String> seen = new HashSet<>();
        for (Service service : encounter.services()) {
            Validation validation = validate(release, service.code());
            String code = validation.code().map(Code::code).orElse(service.code().strip());
            if (validation.verdict() == Verdict.MODIFIER) {
                findings.add(new Finding(Rule.INVALID_CODE, Severity.ERROR, List.of(code), code + " is a modifier, "
                        + "not a service code: report it among the modifiers of the service it modifies.",
                        Optional.empty()));
            } else if (!validation.valid()) {
                findings.add(invalid(validation, code, "service"));
            }
            String line = code + service.modifiers().stream().map(m -> m.strip().toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining("-", service.modifiers().isEmpty() ? "" : "-", ""));
            if (!seen.add(line)) {
                findings.add(new Finding(Rule.DUPLICATE, Severity.INFO, List.of(code), line + " is listed more than "
                        + "once among the services: report units on one line, or a repeat-service modifier, when it "
                        + "was provided more than once.", Optional.empty()));
            }
            for (String modifier : service.modifiers()) {
                modifier(release, code, modifier);
            }
        }
    }

    private void modifier(CodeSet release, String code, String modifier) {
        Validation validation = validate(release, modifier);
        if (validation.verdict() == Verdict.MODIFIER) {
            return;
        }
        String written = modifier.strip().toUpperCase(Locale.ROOT);
        boolean isModifier = validation.code().filter(found -> found.kind() == Kind.MODIFIER).isPresent();
        String message;
        Severity severity = Severity.ERROR;
        if (isModifier) {
            message = "the modifier " + written + " on " + code + " is not valid on the date of service: "
                    + validation.reason();
        } else if (written.matches("[0-9]{2}")) {
            severity = Severity.WARNING;
            message = "the modifier " + written + " on " + code + " is not a HCPCS Level II modifier; two-digit "
                    + "modifiers are CPT modifiers, which " + release.release().label() + " does not hold: check it "
                    + "against your CPT code set.";
        } else {
            message = "the modifier " + written + " on " + code + " is not a modifier of "
                    + release.release().label() + ".";
        }
        findings.add(new Finding(Rule.MODIFIER, severity, List.of(code, written), message, Optional.empty()));
    }
}
