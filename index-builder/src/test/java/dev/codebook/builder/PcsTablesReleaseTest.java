package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.Axis;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small ICD-10-PCS release written by hand as CMS writes its tables, definitions and index; and broken ones. */
class PcsTablesReleaseTest {

    private static final String TABLES = "icd10pcs_tables_2023.xml";
    private static final String DEFINITIONS = "icd10pcs_definitions_2023.xml";
    private static final String INDEX = "icd10pcs_index_2023.xml";

    @TempDir
    Path folder;

    @Test
    void aReleaseFromItsTablesHoldsEveryCodeItsRowsAllowTitledAsCmsTitlesThem() throws IOException {
        write(TABLES, tables(row(2, label("J", "Appendix"), labels("0", "Open", "4", "Percutaneous Endoscopic"))));
        write(DEFINITIONS, """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10PCS.definitions><version>2023</version><section code="0"><title>Medical and Surgical</title>
                <axis pos="5"><title>Approach</title><terms><title>Open</title>
                <definition>Cutting through the skin or mucous membrane</definition></terms></axis>
                </section></ICD10PCS.definitions>
                """);
        write(INDEX, """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10PCS.index><version>2023</version><letter><title>A</title>
                <mainTerm><title>Appendectomy</title><see>Resection, Appendix<codes>0DTJ</codes></see></mainTerm>
                <mainTerm><title>Vermiform appendix</title><use>Appendix</use></mainTerm>
                <mainTerm><title>Colectomy</title><see>Resection, Colon<codes>0DTN</codes></see></mainTerm>
                </letter></ICD10PCS.index>
                """);
        try (Codebook codebook = build()) {
            CodeSet pcs = codebook.system(CodeSystem.ICD10PCS, "2023");
            assertEquals(List.of("0DTJ0ZZ", "0DTJ4ZZ"), pcs.codes().kind(Kind.CODE).stream().map(Code::code).toList());
            Code code = pcs.code("0DTJ0ZZ").orElseThrow();
            assertEquals("Resection of Appendix, Open Approach", code.title());
            assertEquals(new Axis("Approach", '0', "Open", Optional.of("Cutting through the skin or mucous membrane"),
                    List.of()), code.axes().get(4));
            assertEquals(List.of("Vermiform appendix"), code.axes().get(3).keys());
            assertEquals("Cutting out or off, without replacement, all of a body part",
                    code.axes().get(2).definition().orElseThrow());
            assertEquals(List.of("Appendectomy"), code.notes().stream().map(note -> note.text()).toList());
            assertTrue(pcs.release().crossCheck().contains("1 references of the ICD-10-PCS 2023 index lead to no table"
                    + " or code of 2023: Colectomy -> 0DTN"), pcs.release().crossCheck().toString());
        }
    }

    @Test
    void malformedTablesAreRefusedWithTheirLine() throws IOException {
        assertRefused(TABLES, tables(row(3, label("J", "Appendix"), label("0", "Open"))),
                TABLES + " line 14: a row of table 0DT says it allows 3 codes; its labels combine into 1");
        assertRefused(TABLES, tables(row(1, label("J", "Appendix"), label("O", "Open"))), TABLES + " line 21: "
                + "expected a code character (a digit or a letter other than I and O), found 'O'");
        assertRefused(TABLES, tables(row(1, label("J", "Appendix"), label("0", "Open"))).replace("<pcsTable>",
                "<pcsTable><pcsTable/>"), TABLES + " line 4: expected <axis> or <pcsRow> in <pcsTable>, found "
                + "<pcsTable>");
    }

    @Test
    void definitionsOrAnIndexNeedTheirTables() throws IOException {
        assertRefused(INDEX, "<ICD10PCS.index/>", "found the ICD-10-PCS 2023 index " + folder.resolve(INDEX)
                + " but no tables of 2023 (icd10pcs_tables_2023.xml); it leads to the tables and needs them");
    }

    private Codebook build() throws IOException {
        new IndexBuilder(Progress.silent()).build(List.of(folder), folder.resolve("index"));
        return Codebook.open(folder.resolve("index"));
    }

    private void assertRefused(String name, String content, String message) throws IOException {
        write(name, content);
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> new IndexBuilder(Progress.silent()).build(List.of(folder), folder.resolve("index")));
        assertEquals(message, e.getMessage());
        Files.delete(folder.resolve(name));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

    /** Table 0DT (Medical and Surgical, Gastrointestinal System, Resection) with the given row. */
    private static String tables(String row) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10PCS.tabular>
                  <version>2023</version>
                  <pcsTable>
                    <axis pos="1" values="1"><title>Section</title><label code="0">Medical and Surgical</label></axis>
                    <axis pos="2" values="1"><title>Body System</title>
                      <label code="D">Gastrointestinal System</label>
                    </axis>
                    <axis pos="3" values="1">
                      <title>Operation</title>
                      <label code="T">Resection</label>
                      <definition>Cutting out or off, without replacement, all of a body part</definition>
                    </axis>
                """ + row + """
                  </pcsTable>
                </ICD10PCS.tabular>
                """;
    }

    private static String row(int codes, String bodyPart, String approaches) {
        return "    <pcsRow codes=\"" + codes + "\">\n"
                + axis(4, "Body Part", bodyPart) + axis(5, "Approach", approaches)
                + axis(6, "Device", label("Z", "No Device")) + axis(7, "Qualifier", label("Z", "No Qualifier"))
                + "    </pcsRow>\n";
    }

    private static String axis(int position, String title, String labels) {
        return "      <axis pos=\"" + position + "\">\n        <title>" + title + "</title>\n" + labels + "      </axis>\n";
    }

    private static String label(String code, String text) {
        return "        <label code=\"" + code + "\">" + text + "</label>\n";
    }

    private static String labels(String code, String text, String other, String otherText) {
        return label(code, text) + label(other, otherText);
    }
}
