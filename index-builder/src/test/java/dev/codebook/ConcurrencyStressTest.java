package dev.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.builder.TestIndexes;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.quiz.Quiz;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Many threads share one freshly opened codebook of the full releases, mixing lookup, validation, navigation, code
 * streams, search, suggest, quizzes and encounter checks in an order of their own; every answer must equal the one a
 * single thread gets. The codebook is fresh so that what it builds on first use (the search index, each node's value,
 * the note references, a quiz's outline) is built while the threads race for it.
 */
class ConcurrencyStressTest {

    private static final int THREADS = 8;

    /** One operation on a codebook, with a name that says which. */
    private record Operation(String name, Function<Codebook, Object> run) {
    }

    @Test
    void threadsSharingACodebookGetTheAnswersOneThreadGets() throws Exception {
        List<Operation> operations = operations(TestIndexes.full());
        List<Object> expected = new ArrayList<>();
        try (Codebook alone = Codebook.open(TestIndexes.full().folder())) {
            for (Operation operation : operations) {
                expected.add(operation.run().apply(alone));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (Codebook shared = Codebook.open(TestIndexes.full().folder())) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                long seed = thread;
                Callable<List<String>> work = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < operations.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int i : order) {
                        Object answer = operations.get(i).run().apply(shared);
                        if (!answer.equals(expected.get(i))) {
                            wrong.add(operations.get(i).name() + ": " + answer + " instead of " + expected.get(i));
                        }
                    }
                    return wrong;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Operations drawn from the releases: codes spread over ICD-10-CM, and a fixed mix of the rest. */
    private static List<Operation> operations(Codebook codebook) {
        List<Operation> operations = new ArrayList<>();
        List<Code> codes = codebook.icd10cm().codes().stream().toList();
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            String code = codes.get(random.nextInt(codes.size())).code();
            operations.add(new Operation("code " + code, book -> book.icd10cm().code(code)));
            operations.add(new Operation("validate " + code, book -> book.icd10cm().validate(code.replace(".", ""))));
            operations.add(new Operation("ancestors " + code, book -> book.icd10cm().ancestors(code)));
            operations.add(new Operation("children " + code, book -> book.icd10cm().children(code)));
        }
        for (String chapter : List.of("4", "9", "19")) {
            operations.add(new Operation("chapter " + chapter, book -> book.icd10cm().codes().chapter(chapter)
                    .billableOnly().count()));
        }
        for (String query : List.of("heart attack", "diabetes with kidney", "pnemonia", "broken wrist", "CHF",
                "fracture of neck of femur", "E11.9")) {
            operations.add(new Operation("search " + query, book -> book.search(query).limit(10).run()));
        }
        for (String typed : List.of("diab", "fract fem", "E11.")) {
            operations.add(new Operation("suggest " + typed, book -> book.suggest(typed).run()));
        }
        for (long seed = 1; seed <= 4; seed++) {
            long quizSeed = seed;
            operations.add(new Operation("quiz " + seed, book -> Quiz.builder(book.icd10cm()).chapter("4")
                    .questions(3).seed(quizSeed).build()));
        }
        operations.add(new Operation("quiz pcs", book -> Quiz.builder(book.system(CodeSystem.ICD10PCS))
                .questions(2).seed(5).build()));
        for (List<String> diagnoses : List.of(List.of("E11.9", "E10.9"), List.of("G63", "E11.9"),
                List.of("O24.011", "Z3A.30"), List.of("S72.001A", "W19.XXXA"))) {
            operations.add(new Operation("check " + diagnoses, book -> Checker.of(book)
                    .check(Encounter.builder().diagnoses(diagnoses).build())));
        }
        return operations;
    }
}
