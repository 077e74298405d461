package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.Axis;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.quiz.Option;
import dev.codebook.quiz.Question;
import dev.codebook.quiz.QuestionKinds;
import dev.codebook.quiz.Quiz;
import dev.codebook.search.SearchHit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ICD-10-PCS 2023 built from its tables, definitions and index alone, beside 2025 built from its codes file, in the
 * full index. Expectations come from the XML files themselves, read here with the JDK's DOM parser, independently of
 * the builder's own reading.
 */
class FullPcsTablesTest {

    private static final String UNNAMED = "(not named by the titles)";

    /** The 2023 tables as the XML states them: per code, its seven labels. */
    private static Map<String, List<String>> rows;
    /** Per table, per position (3 to 6, 0-based), per character: the labels any row of the table gives it. */
    private static Map<String, Set<String>> anyRow;
    private static int rowCodes;
    /** The FY2025 codes file as it stands: per code, in file order, its title. */
    private static Map<String, String> titles2025;

    @BeforeAll
    static void readTables() throws Exception {
        titles2025 = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestIndexes.releaseFile("icd10pcs/2025/icd10pcs_codes_2025.txt"),
                StandardCharsets.UTF_8)) {
            titles2025.put(line.substring(0, 7), line.substring(8));
        }
        Document tables = xml("icd10pcs/2023/icd10pcs_tables_2023.xml");
        rows = new HashMap<>();
        anyRow = new HashMap<>();
        NodeList pcsTables = tables.getElementsByTagName("pcsTable");
        for (int t = 0; t < pcsTables.getLength(); t++) {
            Element table = (Element) pcsTables.item(t);
            List<Element> heading = children(table, "axis");
            String code = "";
            List<String> labels = new ArrayList<>();
            for (Element axis : heading) {
                Element label = children(axis, "label").get(0);
                code += label.getAttribute("code");
                labels.add(label.getTextContent().strip());
            }
            for (Element row : children(table, "pcsRow")) {
                rowCodes += Integer.parseInt(row.getAttribute("codes"));
                List<List<Element>> axes = children(row, "axis").stream().map(axis -> children(axis, "label")).toList();
                for (int at = 0; at < 4; at++) {
                    for (Element label : axes.get(at)) {
                        anyRow.computeIfAbsent(code + (at + 3) + label.getAttribute("code"), k -> new HashSet<>())
                                .add(label.getTextContent().strip());
                    }
                }
                expand(code, labels, axes, 0);
            }
        }
    }

    private static void expand(String code, List<String> labels, List<List<Element>> axes, int at) {
        if (at == axes.size()) {
            assertEquals(null, rows.put(code, List.copyOf(labels)), "two rows allow " + code);
            return;
        }
        for (Element label : axes.get(at)) {
            labels.add(label.getTextContent().strip());
            expand(code + label.getAttribute("code"), labels, axes, at + 1);
            labels.remove(labels.size() - 1);
        }
    }

    @Test
    void theTablesExpandToEveryCodeTheirRowsAllowOnce() {
        assertEquals(78_530, rowCodes, "the rows' own counts");
        assertEquals(78_530, rows.size(), "no code is allowed by two rows");
        CodeSet pcs2023 = pcs("2023");
        List<String> built = pcs2023.codes().kind(Kind.CODE).stream().map(Code::code).toList();
        assertEquals(78_530, built.size());
        assertEquals(new TreeSet<>(rows.keySet()), new TreeSet<>(built));
        for (Code code : pcs2023.codes().kind(Kind.CODE).stream().toList()) {
            assertEquals(rows.get(code.code()), code.axes().stream().map(Axis::value).toList(), code.code());
        }
    }

    @Test
    void each2025CodeWhoseTableAndRowAreIn2023HasThe2023Labels() {
        CodeSet pcs2025 = pcs("2025");
        int checked = 0;
        for (Code code : pcs2025.codes().kind(Kind.CODE).stream().toList()) {
            List<String> labels = rows.get(code.code());
            if (labels != null) {
                assertEquals(labels, code.axes().stream().map(Axis::value).toList(), code.code());
                assertEquals(pcs("2023").code(code.code()).orElseThrow().axes(), code.axes(), code.code());
                checked++;
            }
        }
        assertEquals(78_458, checked, "codes both releases hold");
    }

    @Test
    void noCharacterIsLeftUnnamedThatThe2023TablesName() {
        List<String> named = new ArrayList<>();
        int unnamed = 0;
        for (Code code : pcs("2025").codes().kind(Kind.CODE).stream().toList()) {
            for (int at = 2; at < 7; at++) {
                Axis axis = code.axes().get(at);
                if (axis.value().contains(UNNAMED)) {
                    unnamed++;
                    Set<String> labels = anyRow.get(code.code().substring(0, 3) + at + axis.character());
                    if (labels != null) {
                        named.add(code.code() + " " + axis.name() + ": " + labels);
                    }
                }
            }
        }
        assertEquals(List.of(), named);
        System.out.printf("ICD-10-PCS 2025: %d code characters no release in the index names%n", unnamed);
        String said = "unnamed " + unnamed;
        assertTrue(pcs("2025").release().crossCheck().stream().anyMatch(finding -> finding.endsWith(said)),
                "the build says how many");
    }

    @Test
    void charactersOfTablesNew2025AreReadFromTheWordingOfTheirTitles() {
        // One code per body part: no minimal pair splits these titles, which read "Destruction of ... using ...".
        assertEquals(List.of("Destruction", "Renal Sympathetic Nerve(s)", "Percutaneous", "Radiofrequency Ablation",
                "New Technology Group 10"), pcs("2025").code("X05133A").orElseThrow().axes().subList(2, 7).stream()
                        .map(Axis::value).toList());
    }

    @Test
    void theBuildSaysWhereThe2025LabelsComeFromAndHowManyTitlesItComposes() {
        List<String> findings = pcs("2025").release().crossCheck();
        String named = "code characters named by the ICD-10-PCS 2023 tables ";
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(named)), findings.toString());
        Matcher agreement = findings.stream()
                .map(Pattern.compile("titles composed from the labels of the ICD-10-PCS 2023 tables agree with "
                        + "icd10pcs_codes_2025.txt for ([0-9,]+) of the ([0-9,]+) codes both releases hold .*")
                        ::matcher)
                .filter(Matcher::matches).findFirst().orElseThrow();
        assertEquals(78_458, number(agreement.group(2)));
        assertTrue(number(agreement.group(1)) >= 78_458 - 20, agreement.group(0));
        assertTrue(agreement.group(0).contains("; 0 differ otherwise"), agreement.group(0));
    }

    @Test
    void titlesComposedFromThe2023TablesAreThe2025TitlesWhereverTheLabelsDidNotChange() throws Exception {
        // A 2025 title with a word no 2023 label of its table has names a value renamed since; every other title of
        // a code both releases hold is the one the 2023 tables compose, word for word.
        Map<String, Set<String>> tableWords = new HashMap<>();
        rows.forEach((code, labels) -> tableWords.computeIfAbsent(code.substring(0, 3), t -> new HashSet<>())
                .addAll(words(String.join(" ", labels))));
        CodeSet pcs2023 = pcs("2023");
        List<String> renamed = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        int both = 0;
        for (Map.Entry<String, String> entry : titles2025.entrySet()) {
            String code = entry.getKey();
            String title = entry.getValue();
            if (!rows.containsKey(code)) {
                continue;
            }
            both++;
            String composed = pcs2023.code(code).orElseThrow().title();
            if (composed.equals(title)) {
                continue;
            }
            Set<String> unheard = words(title);
            unheard.removeAll(tableWords.get(code.substring(0, 3)));
            unheard.removeAll(words(composed));
            (unheard.isEmpty() ? differing : renamed).add(code + " " + composed + " / " + title);
        }
        assertEquals(78_458, both);
        assertEquals(List.of(), differing);
        System.out.printf("ICD-10-PCS 2023 titles composed: %d of %d as the 2025 codes file states them, %d differ "
                + "where a label was renamed%n", both - renamed.size(), both, renamed.size());
        assertTrue(renamed.size() <= 20, renamed.toString());
    }

    @Test
    void everyIndexReferenceLeadsToATableOfTheReleaseOrIsReported() throws Exception {
        Document index = xml("icd10pcs/2023/icd10pcs_index_2023.xml");
        CodeSet pcs2023 = pcs("2023");
        List<String> unresolved = new ArrayList<>();
        int references = 0;
        for (String tag : List.of("codes", "code", "tab")) {
            NodeList found = index.getElementsByTagName(tag);
            for (int i = 0; i < found.getLength(); i++) {
                String prefix = found.item(i).getTextContent().strip();
                references++;
                String node = prefix.length() == 7 ? prefix : prefix.substring(0, Math.min(4, prefix.length()));
                boolean leads = pcs2023.contains(node) && pcs2023.descendants(node).anyMatch(code ->
                        code.code().startsWith(prefix)) || pcs2023.contains(prefix) && prefix.length() == 7;
                if (!leads) {
                    unresolved.add(prefix);
                }
            }
        }
        assertEquals(16_210, references);
        String reported = pcs2023.release().crossCheck().stream().filter(f -> f.contains("lead to no table or code"))
                .findFirst().orElse("");
        assertTrue(reported.startsWith(unresolved.size() + " references"), reported + " / " + unresolved);
        unresolved.forEach(prefix -> assertTrue(reported.contains(prefix), prefix));
    }

    @Test
    void explanationsUseTheOfficialLabelsDefinitionsAndKeys() {
        Code resection = pcs("2025").code("0DT30ZZ").orElseThrow();
        assertEquals("Esophagus, Lower", resection.axes().get(3).value());
        assertTrue(resection.explanation().startsWith("Medical and Surgical / Gastrointestinal System / Resection / "
                + "Esophagus, Lower / Open / No Device / No Qualifier. Resection: cutting out or off, without "
                + "replacement, all of a body part. Open: cutting through"), resection.explanation());
        assertTrue(resection.explanation().endsWith("Abdominal esophagus: use Esophagus, Lower"),
                resection.explanation());
        assertEquals("Pulmonary Artery, Left", pcs("2025").code("027R0ZT").orElseThrow().axes().get(3).value());
        assertEquals("Heart and Great Vessels", pcs("2025").code("027").orElseThrow().axes().get(1).value());
    }

    @Test
    void indexTermsLeadSearchToTheCodesOfTheirTables() {
        SearchHit first = TestIndexes.full().search("Abdominohysterectomy").in(CodeSystem.ICD10PCS).limit(1).run()
                .get(0);
        assertTrue(first.code().startsWith("0UT9"), first.toString());
        Set<String> abdominoplasty = new HashSet<>();
        TestIndexes.full().search("Abdominoplasty").in(CodeSystem.ICD10PCS).limit(30).run()
                .forEach(hit -> abdominoplasty.add(hit.code().substring(0, 4)));
        assertTrue(abdominoplasty.containsAll(Set.of("0W0F", "0WQF", "0WUF")), abdominoplasty.toString());
    }

    @Test
    void aReferenceToAWholeTableLeadsToTheCodesNamingAWordOfItsTerm() {
        // "Snaring, polyp, colon" see Excision, Gastrointestinal System 0DB: the codes of the colon, not the stomach's
        assertTrue(indexTerms("0DBN8ZZ").contains("Snaring, polyp, colon"));
        assertFalse(indexTerms("0DB68ZZ").contains("Snaring, polyp, colon"));
        // "Mastectomy" see Excision 0HB / Resection 0HT: no title of those tables says it, so no code carries it
        assertTrue(pcs("2025").codes().stream().noneMatch(code -> indexTerms(code.code()).contains("Mastectomy")));
        SearchHit first = TestIndexes.full().search("Snaring, polyp, colon").in(CodeSystem.ICD10PCS).limit(1).run()
                .get(0);
        assertTrue(first.code().startsWith("0DB") && first.title().contains("Colon"), first.toString());
    }

    private static List<String> indexTerms(String code) {
        return pcs("2025").code(code).orElseThrow().notes(NoteKind.INDEX_TERM).stream().map(Note::text).toList();
    }

    @Test
    void definitionQuestionsAgreeWithTheDefinitionsFile() throws Exception {
        Map<String, String> defined = new HashMap<>();
        NodeList sections = xml("icd10pcs/2023/icd10pcs_definitions_2023.xml").getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            for (Element axis : children(section, "axis")) {
                if (axis.getAttribute("pos").equals("3")) {
                    for (Element term : children(axis, "terms")) {
                        List<Element> definition = children(term, "definition");
                        for (Element title : children(term, "title")) {
                            if (!definition.isEmpty()) {
                                defined.put(section.getAttribute("code") + title.getTextContent().strip(),
                                        definition.get(0).getTextContent().strip());
                            }
                        }
                    }
                }
            }
        }
        for (String release : List.of("2023", "2025")) {
            Quiz quiz = Quiz.builder(TestIndexes.full().system(CodeSystem.ICD10PCS, release))
                    .kinds(QuestionKinds.PCS_DEFINITION).questions(40).seed(14).build();
            assertEquals(40, quiz.questions().size());
            for (Question question : quiz.questions()) {
                char section = question.subject().charAt(0);
                String right = defined.get(section + question.rightOption().title());
                assertTrue(right != null && question.prompt().endsWith(" defined as '"
                        + Character.toLowerCase(right.charAt(0)) + right.substring(1) + "'?"), question.prompt());
                for (Option option : question.options()) {
                    String other = defined.get(section + option.title());
                    assertTrue(other != null, option.title() + " is defined in section " + section);
                    assertEquals(option == question.rightOption(), other.equals(right), question.prompt());
                }
            }
        }
    }

    @Test
    void aNewTechnologyCodeNoRowOf2023AllowsNamesTheDeviceItsOwnTitleSays() throws Exception {
        // New-technology rows each name their own products: substance 2 of XW0 is one drug in the rows of group 7,
        // another in those of group 9, so a label from another row would name the wrong drug.
        CodeSet pcs2025 = pcs("2025");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> entry : titles2025.entrySet()) {
            String code = entry.getKey();
            if (code.charAt(0) != 'X' || rows.containsKey(code)) {
                continue;
            }
            String device = pcs2025.code(code).orElseThrow().axes().get(5).value();
            if (device.endsWith(UNNAMED)) {
                continue;
            }
            checked++;
            Set<String> unsaid = words(device);
            unsaid.removeAll(words(entry.getValue()));
            if (!unsaid.isEmpty()) {
                wrong.add(code + " " + device + " / " + entry.getValue());
            }
        }
        assertTrue(checked >= 130, "checked " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTitleWordingTheBuilderIsPackagedWithIsOneTheFy2025CodesFileUses() throws Exception {
        // Each wording names codes of the 2023 tables, and CMS's words for it stand in a 2025 title of one of them.
        List<String> unused = new ArrayList<>();
        int wordings = 0;
        try (var in = getClass().getResourceAsStream("/dev/codebook/builder/icd10pcs/title-wordings.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                wordings++;
                String[] columns = line.split("\t", -1);
                Pattern codes = Pattern.compile(columns[0]);
                boolean used = rows.keySet().stream().filter(code -> codes.matcher(code).matches())
                        .map(titles2025::get).anyMatch(title -> title != null && title.contains(columns[2]));
                if (!used) {
                    unused.add(line);
                }
            }
        }
        assertTrue(wordings > 50, "wordings " + wordings);
        assertEquals(List.of(), unused);
    }

    @Test
    void theCodesFy2025DeletedAreTitledAsItsAddendaStateThem() throws Exception {
        // The FY2024 titles of codes no FY2025 codes file holds: no wording was read from them.
        Map<String, String> deleted = new HashMap<>();
        for (String line : Files.readAllLines(TestIndexes.releaseFile("icd10pcs/2025/codes_addenda_2025.txt"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("Delete:")) {
                String entry = line.substring("Delete:".length()).strip();
                deleted.put(entry.substring(0, 7), entry.substring(8));
            }
        }
        assertEquals(61, deleted.size());
        CodeSet pcs2023 = pcs("2023");
        List<String> differing = new ArrayList<>();
        deleted.forEach((code, title) -> {
            String composed = pcs2023.code(code).orElseThrow().title();
            if (!composed.equals(title)) {
                differing.add(code + " " + composed + " / " + title);
            }
        });
        assertEquals(List.of(), differing);
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private static CodeSet pcs(String version) {
        return TestIndexes.full().system(CodeSystem.ICD10PCS, version);
    }

    private static Document xml(String relative) throws Exception {
        Path file = TestIndexes.releaseFile(relative);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
