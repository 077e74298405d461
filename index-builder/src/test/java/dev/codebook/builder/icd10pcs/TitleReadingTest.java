package dev.codebook.builder.icd10pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Titles of the FY2025 codes file, read where no table of FY2023 names their characters. */
class TitleReadingTest {

    /** The section and body system named, every other character left to the titles. */
    private static List<Optional<String>> sectionAndBodySystem(String section, String bodySystem) {
        List<Optional<String>> known = new ArrayList<>(List.of(Optional.of(section), Optional.of(bodySystem)));
        for (int at = 2; at < 7; at++) {
            known.add(Optional.empty());
        }
        return known;
    }

    private static List<String> read(TitleReading reading, String code) {
        List<String> values = new ArrayList<>();
        for (int at = 2; at < 7; at++) {
            values.add(reading.value(code, at).orElse("?"));
        }
        return values;
    }

    @Test
    void readsATableOfOneBodyPartByTheWordingItsTitlesFollow() {
        TitleReading reading = TitleReading.read(Map.of(
                "X05133A", "Destruction of Renal Sympathetic Nerve(s) using Radiofrequency Ablation, Percutaneous "
                        + "Approach, New Technology Group 10",
                "X051329", "Destruction of Renal Sympathetic Nerve(s) using Ultrasound Ablation, Percutaneous "
                        + "Approach, New Technology Group 9"),
                code -> sectionAndBodySystem("New Technology", "Nervous System"), Map.of());
        assertEquals(List.of("Destruction", "Renal Sympathetic Nerve(s)", "Percutaneous", "Radiofrequency Ablation",
                "New Technology Group 10"), read(reading, "X05133A"));
        assertEquals("Ultrasound Ablation", reading.value("X051329", 5).orElseThrow());
    }

    @Test
    void aDeviceJoinedWithWithReadsAsOneJoinedWithUsing() {
        TitleReading reading = TitleReading.read(Map.of("XNRL099", "Replacement of Right Tarsal with Talar "
                + "Prosthesis Synthetic Substitute, Open Approach, New Technology Group 9"),
                code -> sectionAndBodySystem("New Technology", "Bones"), Map.of());
        assertEquals(List.of("Replacement", "Right Tarsal", "Open", "Talar Prosthesis Synthetic Substitute",
                "New Technology Group 9"), read(reading, "XNRL099"));
    }

    @Test
    void aTableNoReleaseDefinesOpensItsTitlesWithOneOfItsSectionsRootOperations() {
        TitleReading reading = TitleReading.read(Map.of("X2H63V9", "Insertion of Dual-Chamber Intracardiac Pacemaker "
                + "into Right Atrium, Percutaneous Approach, New Technology Group 9"),
                code -> sectionAndBodySystem("New Technology", "Cardiovascular System"),
                Map.of('X', Set.of("Insertion", "Introduction", "Supplement")));
        assertEquals(List.of("Insertion", "Right Atrium", "Percutaneous", "Dual-Chamber Intracardiac Pacemaker",
                "New Technology Group 9"), read(reading, "X2H63V9"));
    }

    @Test
    void anApproachIsOneTheTablesNameNotTheWordsAfterABodyPartsComma() {
        TitleReading reading = TitleReading.read(Map.of(
                "X2HX0F9", "Insertion of Conduit to Short-term External Heart Assist System into Thoracic Aorta, "
                        + "Ascending, Open Approach, New Technology Group 9",
                // A code whose approach a table names: "Open" is an approach, "Ascending, Open" is not.
                "X2HL0F9", "Insertion of Conduit to Short-term External Heart Assist System into Right Axillary "
                        + "Artery, Open Approach, New Technology Group 9"),
                code -> {
                    List<Optional<String>> known = sectionAndBodySystem("New Technology", "Cardiovascular System");
                    known.set(2, Optional.of("Insertion"));
                    known.set(4, code.equals("X2HL0F9") ? Optional.of("Open") : Optional.empty());
                    return known;
                }, Map.of());
        // The root operation was known, so not read.
        assertEquals(List.of("?", "Thoracic Aorta, Ascending", "Open",
                "Conduit to Short-term External Heart Assist System", "New Technology Group 9"),
                read(reading, "X2HX0F9"));
    }

    @Test
    void readsNothingFromATitleWordedOtherwiseNorWhatTwoTitlesReadApart() {
        List<Optional<String>> known = new ArrayList<>(List.of(Optional.of("Medical and Surgical"),
                Optional.of("Gastrointestinal System"), Optional.of("Resection"), Optional.empty(),
                Optional.of("Open"), Optional.of("No Device"), Optional.of("No Qualifier")));
        TitleReading reading = TitleReading.read(Map.of(
                "0DTJ0ZZ", "Resection of Appendix, Open Approach",
                // The same character, read otherwise by a second title: neither reading is kept.
                "0DTJ7ZZ", "Resection of Vermiform Appendix, Open Approach",
                "0DT90ZZ", "Taking out the duodenum"), code -> known, Map.of());
        assertEquals(Optional.empty(), reading.value("0DTJ0ZZ", 3));
        assertEquals(Optional.empty(), reading.value("0DT90ZZ", 3));
    }
}
