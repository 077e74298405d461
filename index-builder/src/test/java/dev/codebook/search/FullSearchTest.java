package dev.codebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.internal.search.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Search and type-ahead on the full ICD-10-CM release. */
class FullSearchTest {

    private final Codebook codebook = TestIndexes.full();

    private List<String> codes(String query) {
        return codebook.search(query).in(CodeSystem.ICD10CM).run().stream().map(SearchHit::code).toList();
    }

    @Test
    void everydayWordsReachTheCodesThroughTheVocabulary() {
        SearchHit first = codebook.search("heart attack").run().get(0);
        assertTrue(first.code().startsWith("I21"), first.toString());
        assertEquals(MatchSource.SYNONYM, first.why().get(0).source());
        assertEquals("heart attack = acute myocardial infarction", first.why().get(0).text());
        assertEquals(MatchSource.TITLE, first.why().get(1).source());
        assertEquals(List.of("Acute", "myocardial", "infarction"), first.highlights());
    }

    @Test
    void anExactTitleWinsOverTitlesWithTheSameWordsThatSayWithAndNotElsewhere() {
        // These G43 titles hold the same words once "with" and "not" are set aside, or in another order.
        for (String code : List.of("G43.011", "G43.019", "G43.001", "G43.109", "G43.119")) {
            String title = codebook.icd10cm().code(code).orElseThrow().title();
            assertEquals(code, codes(title).get(0), title);
        }
    }

    @Test
    void olderClassificationsWordingsReachTheCodesThatSayItNow() {
        // ICD-9-CM wrote diabetes types in Roman numerals; type 1 and type 2 scored alike without the vocabulary.
        assertEquals("E11.9", codes("Diabetes mellitus without mention of complication, type II or unspecified "
                + "type, not stated as uncontrolled").get(0));
        assertEquals("Q85.01", codes("Neurofibromatosis type I").get(0));
        // The query's own numerals stay searched: the dens fracture titles write them in Roman.
        assertEquals("S12.11", codes("Type II dens fracture").get(0));
        assertEquals("L89.93", codes("Pressure ulcer, stage III").get(0));
        // ICD-9-CM's dysrhythmias are ICD-10-CM's arrhythmias: I49.8 was ninth, behind neonatal and murmur codes.
        assertTrue(codes("Other specified cardiac dysrhythmias").subList(0, 3).contains("I49.8"));
        // No title says hypopotassemia: without the vocabulary the search had no hit at all.
        SearchHit first = codebook.search("Hypopotassemia").in(CodeSystem.ICD10CM).run().get(0);
        assertEquals("E87.6", first.code());
        assertEquals(new Match(MatchSource.SYNONYM, "hypopotassemia = hypokalemia"), first.why().get(0));
    }

    @Test
    void titlesThatSayWhatTheQuerySaysTheCodeIsOfComeFirst() {
        // The site words alone favour the malignant neoplasms (C72.4, C50.5); the query says which behaviour.
        assertEquals("D33.3", codes("Benign neoplasm of acoustic nerve").get(0));
        assertEquals("D05", codes("Carcinoma in situ of lower-outer quadrant of breast").get(0));
    }

    @Test
    void aSiteNoCodeOfItsKindNamesLeadsToTheResidualCategory() {
        SearchHit first = codebook.search("Secondary malignant neoplasm of tongue").in(CodeSystem.ICD10CM).run().get(0);
        assertEquals("C79.89", first.code(), "the billable code of C79.8 'other specified sites'");
        assertEquals(new Match(MatchSource.RESIDUAL_CATEGORY,
                "no other code of 'Secondary malignant neoplasm' names 'tongue'"), first.why().get(0));
        assertEquals("D09.8", codes("Carcinoma in situ of chest wall").get(0));
        assertEquals("D36.7", codes("Benign neoplasm of toe").get(0));
        // A site a code of that kind names, or no site at all, leads to no residual code.
        for (String query : List.of("Secondary malignant neoplasm of lung", "Secondary malignant neoplasm of "
                + "other specified sites", "Cellulitis of other sites", "Varicose veins of lower extremities")) {
            List<SearchHit> hits = codebook.search(query).in(CodeSystem.ICD10CM).run();
            assertTrue(hits.stream().flatMap(hit -> hit.why().stream())
                    .noneMatch(match -> match.source() == MatchSource.RESIDUAL_CATEGORY), query + ": " + hits);
        }
        assertTrue(codes("Secondary malignant neoplasm of lung").get(0).startsWith("C78.0"));
    }

    @Test
    void compoundWordsThatNoTitleHoldsAreReadByTheirParts() {
        SearchHit first = codebook.search("splenopexy").in(CodeSystem.ICD10PCS).run().get(0);
        assertTrue(first.code().startsWith("07S") || first.code().startsWith("07Q"), first.toString());
        assertEquals(new Match(MatchSource.WORD_PARTS, "splenopexy = reposition of spleen (splen + -pexy)"),
                first.why().get(0));
        // Two combining forms: procto- and colo-.
        List<String> proctocolectomy = codebook.search("proctocolectomy").in(CodeSystem.ICD10PCS).run().stream()
                .map(SearchHit::code).toList();
        assertTrue(proctocolectomy.stream().anyMatch(code -> code.startsWith("0DTP")), proctocolectomy.toString());
        assertTrue(proctocolectomy.stream().allMatch(code -> code.startsWith("0DT") || code.startsWith("0DB")),
                proctocolectomy.toString());
        // A word some title holds is searched as it is, not by its parts.
        assertEquals(MatchSource.TITLE,
                codebook.search("gastrostomy").in(CodeSystem.ICD10CM).run().get(0).why().get(0).source());
    }

    @Test
    void drugNamesThatNoTitleInScopeHoldsAreReadByTheirStems() {
        SearchHit first = codebook.search("Adverse effect of amoxicillin").in(CodeSystem.ICD10CM).run().get(0);
        assertEquals("T36.0X5", first.code());
        assertEquals(new Match(MatchSource.DRUG_STEM, "amoxicillin = penicillins (-cillin)"), first.why().get(0));
        assertEquals("T44.7X6", codes("underdosing of metoprolol").get(0));
        // An HCPCS title names cefoperazone ("Injection, cefoperazone sodium, 1 gram"); no ICD-10-CM title does.
        assertEquals("T36.1X6", codebook.search("Underdosing of cefoperazone").in(CodeSystem.ICD10CM).run().get(0)
                .code());
        assertEquals("S0021", codebook.search("cefoperazone").in(CodeSystem.HCPCS).run().get(0).code());
        // A drug the titles name comes before the class its stem names: cocaine is T40.5, not a local anesthetic.
        List<String> cocaine = codes("Poisoning by cocaine, accidental (unintentional)");
        assertEquals("T40.5X1", cocaine.get(0));
        assertTrue(cocaine.contains("T41.3X1"), cocaine.toString());
    }

    @Test
    void everyDrugStemOfTheBundledVocabularyLeadsToTheAdverseEffectOfItsClass() throws IOException {
        List<String> lines;
        try (InputStream in = FullSearchTest.class.getResourceAsStream(
                "/dev/codebook/builder/vocabulary/drug-stems.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        int stems = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            for (String stem : line.substring(0, line.indexOf('=')).split(",")) {
                String written = stem.strip();
                // A made-up name: "zz" then the suffix, or the prefix then "zz".
                String name = written.startsWith("-") ? "zz" + written.substring(1)
                        : written.substring(0, written.length() - 1) + "zz";
                List<SearchHit> hits = codebook.search("Adverse effect of " + name).in(CodeSystem.ICD10CM).limit(3)
                        .run();
                // The code, or the category above it ("Poisoning by, adverse effect of and underdosing of ...").
                assertTrue(hits.stream().anyMatch(hit -> hit.title().startsWith("Adverse effect of ")
                        && hit.why().get(0).source() == MatchSource.DRUG_STEM), name + ": " + hits);
                stems++;
            }
        }
        assertTrue(stems > 90, "stems read: " + stems);
    }

    @Test
    void abbreviationsAreExpanded() {
        SearchHit first = codebook.search("CHF").run().get(0);
        assertTrue(first.code().startsWith("I50"), first.toString());
        assertEquals(MatchSource.ABBREVIATION, first.why().get(0).source());
        assertTrue(codes("T2DM").get(0).startsWith("E11"));
        assertEquals("N39.0", codes("UTI").get(0));
    }

    @Test
    void misspellingsAreCorrected() {
        assertTrue(codes("neumonia").get(0).startsWith("J18"), "a first letter left out is corrected too");
        SearchHit first = codebook.search("pnemonia").run().get(0);
        assertTrue(first.code().startsWith("J18"), first.toString());
        assertEquals(new Match(MatchSource.SPELLING_CORRECTION, "pnemonia -> pneumonia"), first.why().get(0));
        assertTrue(codes("migrane").get(0).startsWith("G43"), "a slip onto the rare 'migrans' reads as migraine");
        assertTrue(codes("kidny stone").get(0).startsWith("N20"), "corrected words still form vocabulary phrases");
    }

    @Test
    void wordsNoCodeInScopeUsesAreLeftOut() {
        List<SearchHit> hits = codebook.search("knee surgery").in(CodeSystem.ICD10PCS).run();
        assertFalse(hits.isEmpty(), "no procedure title says 'surgery'; the knee still narrows the search");
        assertEquals(codebook.search("knee").in(CodeSystem.ICD10PCS).run().stream().map(SearchHit::code).toList(),
                hits.stream().map(SearchHit::code).toList());
    }

    @Test
    void theLongestTitlesAreFoundWhole() {
        String longest = codebook.icd10cm().code("S06.826D").orElseThrow().title();
        assertEquals(31, longest.split("[^A-Za-z0-9]+").length, "31 words, the most any ICD-10-CM 2021 title has");
        assertEquals("S06.826D", codes(longest).get(0), "its last words tell it from S06.826A");
        String past16 = codebook.icd10cm().code("V01.938A").orElseThrow().title();
        assertEquals("V01.938A", codes(past16).get(0), "its last words tell it from its parent V01.938");
    }

    @Test
    void wordFormsHyphensAndWordOrderDoNotMatter() {
        assertEquals(codes("gastro-esophageal reflux disease").get(0), codes("gastroesophageal reflux disease").get(0));
        assertEquals(codes("gastro-esophageal reflux disease").get(0), codes("gastro esophageal reflux disease").get(0));
        assertEquals("U07.1", codes("covid-19").get(0));
        assertEquals("U07.1", codes("covid19").get(0));
        assertEquals(codes("fracture of femur").get(0), codes("fractures femur").get(0));
        assertEquals("E11", codes("diabetes mellitus type 2").get(0));
    }

    @Test
    void inclusionTermsAreSearchedAndNamed() {
        SearchHit hit = codebook.search("Deep vein thrombosis NOS").run().get(0);
        assertEquals("I82.40", hit.code());
        assertEquals(new Match(MatchSource.INCLUSION_TERM, "Deep vein thrombosis NOS"), hit.why().get(0));
    }

    @Test
    void codeLikeQueriesAreLookedUpFirst() {
        for (String input : List.of("E11.9", "e119", " E11.9 ")) {
            SearchHit hit = codebook.search(input).run().get(0);
            assertEquals("E11.9", hit.code());
            assertEquals(MatchSource.CODE, hit.why().get(0).source());
        }
        List<String> femur = codes("S72.0");
        assertEquals("S72.0", femur.get(0));
        assertTrue(femur.stream().allMatch(code -> code.startsWith("S72.0")), femur.toString());
        List<String> diabetes = codes("E11.");
        assertEquals("E11", diabetes.get(0));
        assertTrue(diabetes.stream().allMatch(code -> code.startsWith("E11")), diabetes.toString());
        assertEquals("S72.001A", codes("s72001a").get(0));
    }

    @Test
    void filtersNarrowTheHits() {
        List<SearchHit> billable = codebook.search("asthma").billableOnly().limit(50).run();
        assertFalse(billable.isEmpty());
        assertTrue(billable.stream().allMatch(SearchHit::billable));
        List<SearchHit> categories = codebook.search("diabetes").kind(Kind.CATEGORY).limit(50).run();
        assertTrue(categories.stream().allMatch(hit -> hit.kind() == Kind.CATEGORY));
        CodeSet cm = codebook.icd10cm();
        for (SearchHit hit : codebook.search("fracture").chapter("19").limit(50).run()) {
            assertTrue(cm.isAncestor("19", hit.code()), hit.toString());
        }
        for (SearchHit hit : codebook.search("fracture").block("S70-S79").category("S72").limit(50).run()) {
            assertTrue(hit.code().equals("S72") || cm.isAncestor("S72", hit.code()), hit.toString());
        }
        assertTrue(codebook.search("fracture").category("E11").run().isEmpty());
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> codebook.search("fracture").block("S72").run());
        assertTrue(wrongKind.getMessage().contains("'S72' is a category"), wrongKind.getMessage());
        UnknownReleaseException noSystem = assertThrows(UnknownReleaseException.class,
                () -> codebook.search("x").in(CodeSystem.of("cpt")));
        assertTrue(noSystem.getMessage().startsWith("this index holds no 'cpt' release"), noSystem.getMessage());
    }

    @Test
    void shortGeneralQueriesPutTheGeneralCodesFirst() {
        assertEquals("J45", codes("asthma").get(0));
        assertEquals("I10", codes("hypertension").get(0));
        assertTrue(codes("diabetes").subList(0, 3).stream().anyMatch(code -> code.equals("E11")
                || code.equals("E08-E13")), codes("diabetes").toString());
    }

    @Test
    void pathologicalInputFindsNothingOrSomethingSensible() {
        for (String input : List.of("", "   ", "*:*", "\"", "((((", ")", "\\", "~~~", "?*", "-", ".",
                "AND OR NOT", "the of and")) {
            assertTrue(codebook.search(input).run().isEmpty(), input);
            assertTrue(codebook.suggest(input).run().isEmpty(), input);
        }
        // Query syntax is read as words: "title:(" searches for the word "title", which some PCS node titles hold.
        assertTrue(codebook.search("title:(").run().stream().allMatch(hit -> hit.title().toLowerCase(Locale.ROOT)
                .contains("title")));
        String huge = "diabetes ".repeat(1_200);
        assertFalse(codebook.search(huge).run().isEmpty());
        assertFalse(codebook.search("x".repeat(10_000)).run().size() > 10);
        assertThrows(IllegalArgumentException.class, () -> codebook.search("asthma").limit(0));
        assertThrows(NullPointerException.class, () -> codebook.search(null));
    }

    @Test
    void suggestCompletesTitlesAndCodes() {
        List<Suggestion> diab = codebook.suggest("diab").run();
        assertFalse(diab.isEmpty());
        assertTrue(diab.stream().allMatch(s -> s.text().toLowerCase(Locale.ROOT).matches(".*\\bdiab.*")), diab.toString());
        assertTrue(diab.subList(0, 3).stream().anyMatch(s -> s.code().equals("E11") || s.code().equals("E08-E13")
                || s.code().equals("E10")), diab.toString());
        List<Suggestion> fractureFemur = codebook.suggest("fract fem").limit(5).run();
        assertTrue(fractureFemur.stream().allMatch(s -> s.text().toLowerCase(Locale.ROOT).contains("fem")));
        List<Suggestion> codes = codebook.suggest("E11.").run();
        assertEquals("E11", codes.get(0).code());
        assertTrue(codes.stream().allMatch(s -> s.code().startsWith("E11")));
    }

    @Test
    void searchesAnswerTheSameFromManyThreads() throws Exception {
        List<String> queries = List.of("heart attack", "CHF", "pnemonia", "broken wrist", "E11.9", "diab");
        List<List<String>> expected = queries.stream().map(this::codes).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> answers = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String query : queries) {
                    answers.add(pool.submit(() -> codes(query)));
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(expected.get(i % queries.size()), answers.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void closingReleasesTheSearchIndexAndTheTables() throws IOException {
        Codebook second = Codebook.open(codebook.folder());
        List<SearchHit> hits = second.search("asthma").run();
        assertFalse(hits.isEmpty());
        Code asthma = second.icd10cm().code("J45").orElseThrow();
        second.close();
        assertEquals("codebook closed: " + codebook.folder(),
                assertThrows(IllegalStateException.class, () -> second.search("asthma")).getMessage());
        assertThrows(IllegalStateException.class, () -> second.icd10cm());
        assertEquals("Asthma", asthma.title(), "values already returned stay valid");
    }

    @Test
    void everyVocabularyExpansionFindsCodes() throws IOException {
        Vocabulary vocabulary = Vocabulary.read(codebook.folder());
        assertTrue(vocabulary.entries().size() > 200);
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            for (String expansion : entry.expansions()) {
                assertFalse(codebook.search(expansion).limit(1).run().isEmpty(), entry + ": " + expansion);
            }
        }
    }
}
