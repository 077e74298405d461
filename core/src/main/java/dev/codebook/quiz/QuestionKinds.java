package dev.codebook.quiz;

import java.util.List;
import java.util.Optional;

/** The question kinds this version asks. */
public final class QuestionKinds {

    /** "What is the title of E11.9?" */
    public static final QuestionKind CODE_TO_TITLE = TitleMatch.codeToTitle();
    /** "Which code is titled 'Essential (primary) hypertension'?" */
    public static final QuestionKind TITLE_TO_CODE = TitleMatch.titleToCode();
    /** "Which of these codes of the E11 family may be reported as it stands?" */
    public static final QuestionKind PICK_BILLABLE = new PickBillable();
    /** "What does the 7th character A of S72.001A mean?" */
    public static final QuestionKind SEVENTH_CHARACTER = new SeventhCharacterMeaning();
    /** "Which code is 'High blood pressure' classified to?", from the release's inclusion terms. */
    public static final QuestionKind INCLUSION_TERM = new InclusionTerm();
    /** "Which of these codes may not be reported together with E11.9 under an Excludes1 note?" */
    public static final QuestionKind EXCLUDES1 = new ReportedTogether();
    /** "G63 has a code-first note: which of these codes is sequenced before it?" */
    public static final QuestionKind CODE_FIRST = new SequencedFirst();
    /** "In 0DTJ4ZZ, what does the 5th character (Approach) 4 mean?" (ICD-10-PCS) */
    public static final QuestionKind PCS_AXIS = new PcsAxisValue();
    /** "Which root operation is 'taking out, without replacement, a portion of a body part'?" (ICD-10-PCS) */
    public static final QuestionKind PCS_DEFINITION = new PcsDefinition();
    /** "What does the HCPCS modifier LT mean?" */
    public static final QuestionKind MODIFIER_MEANING = new ModifierMeaning();

    private static final List<QuestionKind> ALL = List.of(CODE_TO_TITLE, TITLE_TO_CODE, PICK_BILLABLE,
            SEVENTH_CHARACTER, INCLUSION_TERM, EXCLUDES1, CODE_FIRST, PCS_AXIS, PCS_DEFINITION, MODIFIER_MEANING);

    private QuestionKinds() {
    }

    /** Every kind, in a fixed order; a quiz asks those that apply to its code system. */
    public static List<QuestionKind> all() {
        return ALL;
    }

    /** The kind of this id ("code_to_title"), if there is one. */
    public static Optional<QuestionKind> byId(String id) {
        return ALL.stream().filter(kind -> kind.id().equals(id)).findFirst();
    }
}
