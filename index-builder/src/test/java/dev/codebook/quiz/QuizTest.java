package dev.codebook.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Quizzes on the hand-written sample, where every right answer can be read off the fixture. */
class QuizTest {

    private final Codebook sample = TestIndexes.sample();
    private final CodeSet cm = sample.icd10cm();

    private static List<String> labels(Question question) {
        return question.options().stream().map(Option::label).toList();
    }

    @Test
    void buildsTheQuizTheIssueAsksFor() {
        Quiz quiz = Quiz.builder(sample.system(CodeSystem.ICD10CM)).chapter("4").questions(10).seed(42).build();
        assertEquals(10, quiz.questions().size());
        assertEquals(42, quiz.seed());
        assertEquals("2021", quiz.release());
        for (Question question : quiz.questions()) {
            assertTrue(cm.isAncestor("4", question.subject()), question.subject());
            QuizChecks.assertSound(sample, cm, question);
        }
        assertEquals(quiz, Quiz.builder(sample.icd10cm()).chapter("4").questions(10).seed(42).build());
        assertNotEquals(quiz, Quiz.builder(sample.icd10cm()).chapter("4").questions(10).seed(43).build());
    }

    @Test
    void asksWhatTheSeventhCharacterOfAFractureCodeMeans() {
        Question question = Quiz.builder(sample.icd10cm()).within("S72.001A").kinds(QuestionKinds.SEVENTH_CHARACTER).questions(1)
                .seed(7).build().questions().get(0);
        assertEquals("seventh_character", question.kind());
        assertEquals("What does the 7th character A of S72.001A mean?", question.prompt());
        assertEquals("S72.001A", question.subject());
        assertEquals(Set.of("initial encounter for closed fracture", "initial encounter for open fracture type I or II; "
                + "initial encounter for open fracture NOS", "subsequent encounter for closed fracture with routine healing", "sequela"),
                Set.copyOf(labels(question)));
        assertEquals("initial encounter for closed fracture", question.rightOption().title());
        assertEquals("A", question.rightOption().code());
        assertTrue(question.explanation().contains("as defined at S72"), question.explanation());
        Option sequela = question.options().stream().filter(o -> o.code().equals("S")).findFirst().orElseThrow();
        assertTrue(sequela.explanation().contains("it makes S72.001S"), sequela.explanation());
    }

    @Test
    void neverOffersACodeWithTheSameTitleAsADistractor() {
        // S06.1 and its placeholder S06.1X are both titled "Traumatic cerebral edema".
        assertEquals(cm.code("S06.1").orElseThrow().title(), cm.code("S06.1X").orElseThrow().title());
        int asked = 0;
        for (long seed = 0; seed < 300; seed++) {
            Quiz quiz = Quiz.builder(sample.icd10cm()).within("S06.1").kinds(QuestionKinds.TITLE_TO_CODE, QuestionKinds.CODE_TO_TITLE)
                    .questions(3).seed(seed).build();
            for (Question question : quiz.questions()) {
                QuizChecks.assertSound(sample, cm, question);
                Set<String> codes = question.options().stream().map(Option::code).collect(Collectors.toSet());
                if (Set.of("S06.1", "S06.1X").contains(question.subject())) {
                    assertFalse(codes.containsAll(Set.of("S06.1", "S06.1X")), question.toString());
                    asked++;
                }
            }
        }
        assertTrue(asked > 50, "asked about S06.1 or S06.1X " + asked + " times");
    }

    @Test
    void pickTheBillableOffersOneBillableCodeAmongHeadersOfItsFamily() {
        for (long seed = 0; seed < 100; seed++) {
            Question question = Quiz.builder(sample.icd10cm()).within("E11").kinds(QuestionKinds.PICK_BILLABLE).questions(1)
                    .seed(seed).build().questions().get(0);
            assertEquals(1, question.options().stream()
                    .filter(option -> cm.code(option.code()).orElseThrow().billable()).count());
            for (Option option : question.options()) {
                assertTrue(option.code().equals("E11") || cm.isAncestor("E11", option.code()), option.code());
            }
            Option header = question.options().stream().filter(o -> o.code().equals("E11")).findFirst()
                    .orElse(null);
            if (header != null) {
                assertEquals("E11 is a category, not billable; 6 billable codes below it, E11.21 to E11.9.",
                        header.explanation());
            }
        }
    }

    @Test
    void asksWhichCodeAnInclusionTermIsClassifiedTo() {
        Question question = Quiz.builder(sample.icd10cm()).chapter("9").kinds(QuestionKinds.INCLUSION_TERM).questions(1).seed(1)
                .build().questions().get(0);
        assertEquals("The Tabular List lists 'High blood pressure' as an inclusion term. Which code is it classified "
                + "to?", question.prompt());
        assertEquals("I10", question.rightOption().code());
        assertEquals("I10 Essential (primary) hypertension", question.rightOption().label());
        QuizChecks.assertSound(sample, cm, question);
    }

    @Test
    void checksAnAnswerAndExplainsBothChoices() {
        Question question = Quiz.builder(sample.icd10cm()).within("E11.2").kinds(QuestionKinds.CODE_TO_TITLE).questions(1).seed(3)
                .build().questions().get(0);
        Answer right = question.check(question.answer());
        assertTrue(right.correct());
        assertTrue(right.explanation().startsWith("Right. "), right.explanation());
        int wrongChoice = question.answer() == 0 ? 1 : 0;
        Answer wrong = question.check(wrongChoice);
        assertFalse(wrong.correct());
        assertEquals(question.options().get(wrongChoice), wrong.chosen());
        assertTrue(wrong.explanation().contains(question.options().get(wrongChoice).explanation()));
        assertTrue(wrong.explanation().contains("The answer is " + question.rightOption().label()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> question.check(9));
        assertTrue(e.getMessage().startsWith("option 9 does not exist"), e.getMessage());
    }

    @Test
    void scopeLimitsSubjectsByBillabilityAndDepth() {
        Quiz billable = Quiz.builder(sample.icd10cm()).billableOnly().questions(40).seed(5).build();
        assertTrue(billable.questions().stream().allMatch(q -> cm.code(q.subject()).orElseThrow().billable()));
        Quiz shallow = Quiz.builder(sample.icd10cm()).depth(3, 4).kinds(QuestionKinds.CODE_TO_TITLE).questions(20).seed(5).build();
        assertTrue(shallow.questions().stream().allMatch(q -> q.subject().replace(".", "").length() <= 4));
    }

    @Test
    void withoutASeedEachQuizDrawsOneThatReproducesIt() {
        Quiz quiz = Quiz.builder(sample.icd10cm()).questions(5).build();
        assertEquals(quiz, Quiz.builder(sample.icd10cm()).questions(5).seed(quiz.seed()).build());
        assertTrue(LongStream.range(0, 5).mapToObj(i -> Quiz.builder(sample.icd10cm()).questions(5).build().seed()).distinct()
                .count() > 1);
    }

    @Test
    void quizzesEverySystemTheIndexHolds() {
        for (CodeSystem system : sample.systems()) {
            CodeSet codes = sample.system(system);
            for (long seed = 0; seed < 50; seed++) {
                for (Question question : Quiz.builder(sample.system(system)).questions(5).seed(seed).build().questions()) {
                    QuizChecks.assertSound(sample, codes, question);
                }
            }
        }
    }

    @Test
    void badScopesSayWhatIsWrong() {
        assertEquals("'E11' is a category of ICD-10-CM 2021, not a chapter", assertThrows(
                IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).chapter("E11").build()).getMessage());
        assertEquals("ICD-10-CM 2021 has no code 'Q99'", assertThrows(
                UnknownCodeException.class, () -> Quiz.builder(sample.icd10cm()).within("Q99").build()).getMessage());
        assertTrue(assertThrows(UnknownReleaseException.class,
                () -> Quiz.builder(sample.system(CodeSystem.of("cpt"))).build()).getMessage()
                .startsWith("this index holds no 'cpt' release; it holds icd10cm 2021"));
        assertEquals("no question of the kinds [seventh_character] can be asked about chapter '4' of ICD-10-CM 2021",
                assertThrows(IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).chapter("4")
                        .kinds(QuestionKinds.SEVENTH_CHARACTER).build()).getMessage());
        assertEquals("chapter '4', block 'S70-S79' of ICD-10-CM 2021 holds no codes: the scopes do not overlap",
                assertThrows(IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).chapter("4").block("S70-S79")
                        .build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).questions(0));
        assertThrows(IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).options(1));
        assertThrows(IllegalArgumentException.class, () -> Quiz.builder(sample.icd10cm()).depth(5, 4));
    }
}
