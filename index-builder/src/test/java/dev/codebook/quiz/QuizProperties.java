package dev.codebook.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over thousands of seeds and scopes: every question has exactly one right option as the release itself decides,
 * options are distinct, everything is explained, and a seed always gives the same quiz.
 */
class QuizProperties {

    @Property(tries = 2000)
    void everyQuestionOnTheFullReleaseHasExactlyOneRightOption(@ForAll long seed) {
        Codebook full = TestIndexes.full();
        assertSound(full, Quiz.builder(full.icd10cm()).questions(6).seed(seed).build());
    }

    @Property(tries = 1000)
    void scopedQuizzesOnTheFullReleaseStayInScope(@ForAll long seed, @ForAll("fullChapters") String chapter,
            @ForAll boolean billableOnly, @ForAll @IntRange(min = 3, max = 7) int maxDepth) {
        Codebook full = TestIndexes.full();
        QuizBuilder builder = Quiz.builder(full.system(CodeSystem.ICD10CM)).chapter(chapter).depth(3, maxDepth)
                .questions(4).seed(seed);
        if (billableOnly) {
            builder.billableOnly();
        }
        CodeSet cm = full.icd10cm();
        Quiz quiz;
        try {
            quiz = builder.build();
        } catch (IllegalArgumentException e) {
            // Only a scope without a single code to ask about may refuse.
            assertEquals(0, cm.codes().chapter(chapter).kind(Kind.CATEGORY, Kind.SUBCATEGORY, Kind.CODE).stream()
                    .filter(code -> !billableOnly || code.billable())
                    .filter(code -> code.code().replace(".", "").length() <= maxDepth)
                    .count(), e.getMessage());
            return;
        }
        assertSound(full, quiz);
        for (Question question : quiz.questions()) {
            Code subject = cm.code(question.subject()).orElseThrow();
            assertTrue(cm.isAncestor(chapter, subject.code()), question.subject() + " is in chapter " + chapter);
            assertTrue(!billableOnly || subject.billable(), question.subject() + " is billable");
            assertTrue(subject.code().replace(".", "").length() <= maxDepth, question.subject() + " depth");
        }
    }

    @Property(tries = 300)
    void everyKindOnTheFullReleaseIsSound(@ForAll long seed, @ForAll("kinds") QuestionKind kind) {
        Codebook full = TestIndexes.full();
        CodeSystem system = full.systems().stream().filter(kind::appliesTo).findFirst().orElseThrow();
        Quiz quiz = Quiz.builder(full.system(system)).kinds(kind).questions(5).seed(seed).build();
        assertTrue(quiz.questions().stream().allMatch(question -> question.kind().equals(kind.id())));
        assertSound(full, quiz);
    }

    @Property(tries = 500)
    void everyQuestionOnProceduresAndSuppliesHasExactlyOneRightOption(@ForAll long seed,
            @ForAll("proceduresAndSupplies") CodeSystem system) {
        Codebook full = TestIndexes.full();
        assertSound(full, Quiz.builder(full.system(system)).questions(6).seed(seed).build());
    }

    @Provide
    Arbitrary<CodeSystem> proceduresAndSupplies() {
        return Arbitraries.of(CodeSystem.ICD10PCS, CodeSystem.HCPCS);
    }

    @Property(tries = 2000)
    void everyQuestionOnTheSampleHasExactlyOneRightOption(@ForAll long seed, @ForAll("sampleChapters") String chapter) {
        Codebook sample = TestIndexes.sample();
        assertSound(sample, Quiz.builder(sample.icd10cm()).chapter(chapter).questions(5).seed(seed).build());
    }

    @Property(tries = 200)
    void theSameSeedGivesTheSameQuiz(@ForAll long seed) {
        Codebook full = TestIndexes.full();
        Quiz first = Quiz.builder(full.icd10cm()).questions(20).seed(seed).build();
        Quiz second = Quiz.builder(full.icd10cm()).questions(20).seed(seed).build();
        assertEquals(first, second);
        assertEquals(seed, first.seed());
    }

    @Provide
    Arbitrary<String> fullChapters() {
        return Arbitraries.of(TestIndexes.full().icd10cm().chapters().stream().map(Code::code).toList());
    }

    @Provide
    Arbitrary<String> sampleChapters() {
        return Arbitraries.of(TestIndexes.sample().icd10cm().chapters().stream().map(Code::code).toList());
    }

    @Provide
    Arbitrary<QuestionKind> kinds() {
        return Arbitraries.of(QuestionKinds.all());
    }

    private static void assertSound(Codebook codebook, Quiz quiz) {
        CodeSet codes = codebook.system(quiz.system(), quiz.release());
        List<Question> questions = quiz.questions();
        for (Question question : questions) {
            QuizChecks.assertSound(codebook, codes, question);
        }
    }
}
