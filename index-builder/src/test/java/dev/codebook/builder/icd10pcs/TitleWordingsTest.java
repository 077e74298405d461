package dev.codebook.builder.icd10pcs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** CMS's wordings of particular tables, applied after the composer's rules. */
class TitleWordingsTest {

    private static final TitleWordings WORDINGS = TitleWordings.parse("test.tsv", List.of(
            "# a comment",
            "0JU.{4}\tSupplement\tSupplement of",
            ".{7}\tPump Infusion Device\tInfusion Pump",
            "4A0.{4}\tStress,\t",
            "GZ6.{4}\tCounseling,\t"));

    @Test
    void aWordingRewordsThePhraseOnlyInTheCodesItNames() {
        String composed = "Supplement Chest Subcutaneous Tissue and Fascia with Synthetic Substitute, Open Approach";
        assertEquals("Supplement of Chest Subcutaneous Tissue and Fascia with Synthetic Substitute, Open Approach",
                WORDINGS.apply("0JU60JZ", composed));
        assertEquals("Supplement Mitral Valve with Synthetic Substitute, Open Approach",
                WORDINGS.apply("02UG0JZ", "Supplement Mitral Valve with Synthetic Substitute, Open Approach"));
        assertEquals("Insertion of Infusion Pump into Chest Subcutaneous Tissue and Fascia, Open Approach",
                WORDINGS.apply("0JH60VZ", "Insertion of Pump Infusion Device into Chest Subcutaneous Tissue and "
                        + "Fascia, Open Approach"));
    }

    @Test
    void aPhraseIsMatchedAsWholeWords() {
        assertEquals("Supplemental Oxygen", WORDINGS.apply("0JU0000", "Supplemental Oxygen"));
    }

    @Test
    void aPhraseSaidWithNothingLeavesNoSpacesOrCommasBehind() {
        assertEquals("Measurement of Cardiac Total Activity, External Approach",
                WORDINGS.apply("4A02XM4", "Measurement of Cardiac Total Activity, Stress, External Approach"));
        assertEquals("Other Counseling", WORDINGS.apply("GZ63ZZZ", "Counseling, Other Counseling"));
    }

    @Test
    void theBundledWordingsWordTablesAsTheFy2025CodesFileDoes() {
        // Labels of the FY2023 tables, titles of the FY2025 codes file.
        assertAll(Stream.of(
                "0JUR37Z|Medical and Surgical|Subcutaneous Tissue and Fascia|Supplement|Subcutaneous Tissue and Fascia, "
                        + "Left Foot|Percutaneous|Autologous Tissue Substitute|No Qualifier|Supplement of Left Foot "
                        + "Subcutaneous Tissue and Fascia with Autologous Tissue Substitute, Percutaneous Approach",
                "02H40JZ|Medical and Surgical|Heart and Great Vessels|Insertion|Coronary Vein|Open|Cardiac Lead, "
                        + "Pacemaker|No Qualifier|Insertion of Pacemaker Lead into Coronary Vein, Open Approach",
                "07Q08ZZ|Medical and Surgical|Lymphatic and Hemic Systems|Repair|Lymphatic, Head|Via Natural or "
                        + "Artificial Opening Endoscopic|No Device|No Qualifier|Repair Head Lymphatic, Via Natural or "
                        + "Artificial Opening Endoscopic Approach",
                "3E0230M|Administration|Physiological Systems and Anatomical Regions|Introduction|Muscle|Percutaneous"
                        + "|Antineoplastic|Monoclonal Antibody|Introduction of Antineoplastic, Monoclonal Antibody, "
                        + "into Muscle, Percutaneous Approach")
                .map(line -> line.split("\\|"))
                .map(fields -> () -> assertEquals(fields[8],
                        TitleComposer.title(fields[0], Arrays.asList(fields).subList(1, 8)), fields[0])));
    }

    @Test
    void aLineThatIsNoWordingIsReportedWithItsFileAndLine() {
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> TitleWordings.parse("wordings.tsv", List.of("# header", "0JU.{4}\tSupplement")));
        assertEquals("wordings.tsv line 2: expected the codes, the composed phrase and CMS's phrase separated by "
                + "tabs, got '0JU.{4}\tSupplement'", columns.getMessage());
        IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class,
                () -> TitleWordings.parse("wordings.tsv", List.of("0JU[\tSupplement\tSupplement of")));
        assertTrue(pattern.getMessage().startsWith("wordings.tsv line 1: the codes are not a regular "
                + "expression: "), pattern.getMessage());
    }
}
