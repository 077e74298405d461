package dev.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.errorprone.annotations.CheckReturnValue;
import dev.codebook.check.Checker;
import dev.codebook.check.CodeReference;
import dev.codebook.check.Encounter;
import dev.codebook.check.NoteReferences;
import dev.codebook.check.Service;
import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.code.Scope;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.fixture.FixtureIndex;
import dev.codebook.quiz.QuestionKind;
import dev.codebook.quiz.QuestionKinds;
import dev.codebook.quiz.Quiz;
import dev.codebook.quiz.QuizBuilder;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contracts every public type keeps, checked on the sample index: the null policy (a null argument throws
 * {@link NullPointerException}, for every public method), closing (any use afterwards throws
 * {@link IllegalStateException}), values that cannot say two things at once, and fluent queries marked
 * {@link CheckReturnValue}.
 */
class ApiContractsTest {

    private static NullPointerTester tester(Codebook codebook) {
        return new NullPointerTester()
                .setDefault(CodeSystem.class, CodeSystem.ICD10CM)
                .setDefault(String.class, "E11.9")
                .setDefault(LocalDate.class, LocalDate.of(2021, 3, 1))
                .setDefault(Scope.class, Scope.chapter("4"))
                .setDefault(Kind.class, Kind.CODE)
                .setDefault(CodeSet.class, codebook.icd10cm())
                .setDefault(Codebook.class, codebook)
                .setDefault(Encounter.class, Encounter.of("E11.9"))
                .setDefault(Service.class, new Service("J1100", List.of()))
                .setDefault(CodeReference.class, NoteReferences.parse("(E10.-)").get(0))
                .setDefault(Path.class, codebook.folder())
                .setDefault(QuestionKind.class, QuestionKinds.CODE_TO_TITLE);
    }

    @Test
    void everyPublicMethodRefusesNullArguments() {
        Codebook codebook = FixtureIndex.codebook();
        NullPointerTester tester = tester(codebook);
        CodeSet icd10cm = codebook.icd10cm();
        for (Object instance : List.of(codebook, icd10cm, icd10cm.codes(), codebook.search("diabetes"),
                codebook.suggest("diab"), Quiz.builder(icd10cm), Checker.of(codebook), NoteReferences.of(icd10cm),
                Encounter.builder())) {
            tester.testAllPublicInstanceMethods(instance);
        }
        for (Class<?> type : List.of(Codebook.class, CodeSystem.class, Scope.class, Quiz.class, Checker.class,
                NoteReferences.class, Encounter.class, Validation.class)) {
            tester.testAllPublicStaticMethods(type);
        }
        for (Class<?> value : List.of(CodeSystem.class, Scope.class, Validation.class, SearchHit.class,
                UnknownCodeException.class, UnknownReleaseException.class, IndexFormatException.class)) {
            tester.testAllPublicConstructors(value);
        }
    }

    @Test
    void aClosedCodebookRefusesEveryUseAndKeepsTheValuesItGave() throws IOException {
        Codebook codebook = Codebook.open(FixtureIndex.folder());
        CodeSet icd10cm = codebook.icd10cm();
        CodeQuery query = icd10cm.codes().chapter("4");
        Search search = codebook.search("diabetes");
        Suggest suggest = codebook.suggest("diab");
        QuizBuilder quiz = Quiz.builder(icd10cm).questions(1);
        Checker checker = Checker.of(codebook);
        Code code = icd10cm.code("E11.9").orElseThrow();
        List<SearchHit> hits = search.run();
        assertTrue(!hits.isEmpty() && query.count() > 0);

        codebook.close();
        codebook.close(); // twice does nothing

        List<Executable> uses = List.of(codebook::icd10cm, () -> codebook.system(CodeSystem.ICD10CM),
                codebook::releases, () -> codebook.validate(CodeSystem.ICD10CM, "E11.9", LocalDate.of(2021, 3, 1)),
                () -> icd10cm.code("E11.9"), () -> icd10cm.validate("E11.9"), () -> icd10cm.children("E11"),
                icd10cm::size, query::count, query::toList, search::run, suggest::run, quiz::build,
                () -> checker.check(Encounter.of("E11.9")), () -> Checker.of(icd10cm).check(Encounter.of("E11.9")),
                () -> NoteReferences.of(icd10cm), () -> codebook.search("asthma"));
        for (Executable use : uses) {
            IllegalStateException e = assertThrows(IllegalStateException.class, use);
            assertTrue(e.getMessage().startsWith("codebook closed"), e.getMessage());
        }
        assertEquals("E11.9", code.code());
        assertTrue(code.billable() && !hits.get(0).code().isEmpty());
        assertTrue(icd10cm.toString().startsWith("ICD-10-CM"), "toString still answers");
    }

    @Test
    void aValidationCannotSayTwoThingsAtOnce() {
        Code code = FixtureIndex.codebook().icd10cm().code("E11.9").orElseThrow();
        Code header = FixtureIndex.codebook().icd10cm().code("E11").orElseThrow();
        LocalDate day = LocalDate.of(2021, 3, 1);
        List<Supplier<Validation>> contradictions = List.of(
                () -> new Validation("E11.9", CodeSystem.ICD10CM, Optional.empty(), Optional.of(code), Verdict.BILLABLE,
                        "no release but billable", List.of(), day),
                () -> new Validation("E11.9", CodeSystem.ICD10CM, Optional.of("2021"), Optional.empty(),
                        Verdict.NO_RELEASE, "a release and no release", List.of(), day),
                () -> new Validation("E11.9", CodeSystem.ICD10CM, Optional.of("2021"), Optional.empty(),
                        Verdict.BILLABLE, "billable without a code", List.of(), day),
                () -> new Validation("E11", CodeSystem.ICD10CM, Optional.of("2021"), Optional.of(header),
                        Verdict.BILLABLE, "a header called billable", List.of(), day),
                () -> new Validation("E11.9", CodeSystem.ICD10CM, Optional.of("2021"), Optional.of(code),
                        Verdict.BILLABLE, "valid, with suggestions", List.of("E11.8"), day),
                () -> new Validation("E11.9", CodeSystem.HCPCS, Optional.of("2020"), Optional.of(code),
                        Verdict.BILLABLE, "a code of another system", List.of(), day));
        for (Supplier<Validation> contradiction : contradictions) {
            assertThrows(IllegalArgumentException.class, contradiction::get);
        }
        assertEquals(Verdict.BILLABLE, new Validation("E11.9", CodeSystem.ICD10CM, Optional.of("2021"),
                Optional.of(code), Verdict.BILLABLE, "E11.9 is a billable code", List.of(), day).verdict());
    }

    @Test
    void valuesWithWrittenOutEqualityAreEqualInEveryComponentAsRecordsAre() {
        LocalDate from = LocalDate.of(2024, 10, 1);
        LocalDate to = LocalDate.of(2025, 9, 30);
        List<Release.SourceFile> sources = List.of(new Release.SourceFile("codes.txt", 10, "ab"));
        Map<String, Integer> counts = Map.of("code", 2);
        List<Change> changes = List.of(new Change(Change.Type.ADDED, "0016070", "Bypass"));
        new EqualsTester()
                .addEqualityGroup(
                        new Release(CodeSystem.ICD10PCS, "2025", from, to, sources, counts, List.of(), changes),
                        new Release(CodeSystem.of("ICD10PCS"), "2025", from, to, List.copyOf(sources),
                                new LinkedHashMap<>(counts), List.of(), List.copyOf(changes)))
                .addEqualityGroup(new Release(CodeSystem.ICD10CM, "2025", from, to, sources, counts, List.of(), changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2024", from, to, sources, counts, List.of(), changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", to, to, sources, counts, List.of(), changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", from, from, sources, counts, List.of(),
                        changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", from, to, List.of(), counts, List.of(),
                        changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", from, to, sources, Map.of(), List.of(),
                        changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", from, to, sources, counts,
                        List.of("a finding"), changes))
                .addEqualityGroup(new Release(CodeSystem.ICD10PCS, "2025", from, to, sources, counts, List.of()))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(new Match(MatchSource.TITLE, "Heart failure"),
                        new Match(MatchSource.TITLE, new String("Heart failure")))
                .addEqualityGroup(new Match(MatchSource.INCLUSION_TERM, "Heart failure"))
                .addEqualityGroup(new Match(MatchSource.TITLE, "Heart attack"))
                .testEquals();
    }

    @Test
    void aFluentQueryIsImmutableAndMarkedSoThatADroppedResultIsFlagged() {
        Codebook codebook = FixtureIndex.codebook();
        for (Class<?> query : List.of(CodeQuery.class, Search.class, Suggest.class)) {
            assertTrue(query.isAnnotationPresent(CheckReturnValue.class), query.getName());
        }
        Search search = codebook.search("fracture");
        Search narrowed = search.limit(2);
        assertEquals(2, narrowed.run().size());
        assertTrue(search.run().size() > 2, "the search it came from is unchanged");
        CodeQuery all = codebook.icd10cm().codes();
        long billable = all.billableOnly().count();
        assertTrue(all.count() > billable, "the query it came from is unchanged");
    }
}
