package dev.codebook.builder.icd10pcs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ICD-10-PCS titles do not say, taken as known facts from the PCS tables and guidelines: the names of the
 * sections, of their body systems, and of each section's seven axes. Code titles start at the root operation
 * ("Resection of Appendix, ..."), so these cannot be derived from them; everything else is (see {@link AxisValues}).
 */
final class PcsSections {

    private static final Map<Character, String> SECTIONS = Map.ofEntries(
            Map.entry('0', "Medical and Surgical"),
            Map.entry('1', "Obstetrics"),
            Map.entry('2', "Placement"),
            Map.entry('3', "Administration"),
            Map.entry('4', "Measurement and Monitoring"),
            Map.entry('5', "Extracorporeal or Systemic Assistance and Performance"),
            Map.entry('6', "Extracorporeal or Systemic Therapies"),
            Map.entry('7', "Osteopathic"),
            Map.entry('8', "Other Procedures"),
            Map.entry('9', "Chiropractic"),
            Map.entry('B', "Imaging"),
            Map.entry('C', "Nuclear Medicine"),
            Map.entry('D', "Radiation Therapy"),
            Map.entry('F', "Physical Rehabilitation and Diagnostic Audiology"),
            Map.entry('G', "Mental Health"),
            Map.entry('H', "Substance Abuse Treatment"),
            Map.entry('X', "New Technology"));

    private static final List<String> SURGICAL_AXES = List.of("Section", "Body System", "Root Operation",
            "Body Part", "Approach", "Device", "Qualifier");

    private static final Map<Character, List<String>> AXES = Map.ofEntries(
            Map.entry('0', SURGICAL_AXES),
            Map.entry('1', SURGICAL_AXES),
            Map.entry('2', axes("Root Operation", "Body Region", "Approach", "Device", "Qualifier")),
            Map.entry('3', axes("Root Operation", "Body System / Region", "Approach", "Substance", "Qualifier")),
            Map.entry('4', axes("Root Operation", "Body System", "Approach", "Function / Device", "Qualifier")),
            Map.entry('5', axes("Root Operation", "Body System", "Duration", "Function", "Qualifier")),
            Map.entry('6', axes("Root Operation", "Body System", "Duration", "Qualifier", "Qualifier")),
            Map.entry('7', axes("Root Operation", "Body Region", "Approach", "Method", "Qualifier")),
            Map.entry('8', axes("Root Operation", "Body Region", "Approach", "Method", "Qualifier")),
            Map.entry('9', axes("Root Operation", "Body Region", "Approach", "Method", "Qualifier")),
            Map.entry('B', axes("Root Type", "Body Part", "Contrast", "Qualifier", "Qualifier")),
            Map.entry('C', axes("Root Type", "Body Part", "Radionuclide", "Qualifier", "Qualifier")),
            Map.entry('D', axes("Modality", "Treatment Site", "Modality Qualifier", "Isotope", "Qualifier")),
            Map.entry('F', List.of("Section", "Section Qualifier", "Type", "Body System / Region", "Type Qualifier",
                    "Equipment", "Qualifier")),
            Map.entry('G', axes("Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier")),
            Map.entry('H', axes("Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier")),
            Map.entry('X', axes("Root Operation", "Body Part", "Approach", "Device / Substance / Technology",
                    "Qualifier")));

    private static final Map<String, String> BODY_SYSTEMS = Map.ofEntries(
            Map.entry("00", "Central Nervous System and Cranial Nerves"),
            Map.entry("01", "Peripheral Nervous System"),
            Map.entry("02", "Heart and Great Vessels"),
            Map.entry("03", "Upper Arteries"),
            Map.entry("04", "Lower Arteries"),
            Map.entry("05", "Upper Veins"),
            Map.entry("06", "Lower Veins"),
            Map.entry("07", "Lymphatic and Hemic Systems"),
            Map.entry("08", "Eye"),
            Map.entry("09", "Ear, Nose, Sinus"),
            Map.entry("0B", "Respiratory System"),
            Map.entry("0C", "Mouth and Throat"),
            Map.entry("0D", "Gastrointestinal System"),
            Map.entry("0F", "Hepatobiliary System and Pancreas"),
            Map.entry("0G", "Endocrine System"),
            Map.entry("0H", "Skin and Breast"),
            Map.entry("0J", "Subcutaneous Tissue and Fascia"),
            Map.entry("0K", "Muscles"),
            Map.entry("0L", "Tendons"),
            Map.entry("0M", "Bursae and Ligaments"),
            Map.entry("0N", "Head and Facial Bones"),
            Map.entry("0P", "Upper Bones"),
            Map.entry("0Q", "Lower Bones"),
            Map.entry("0R", "Upper Joints"),
            Map.entry("0S", "Lower Joints"),
            Map.entry("0T", "Urinary System"),
            Map.entry("0U", "Female Reproductive System"),
            Map.entry("0V", "Male Reproductive System"),
            Map.entry("0W", "Anatomical Regions, General"),
            Map.entry("0X", "Anatomical Regions, Upper Extremities"),
            Map.entry("0Y", "Anatomical Regions, Lower Extremities"),
            Map.entry("10", "Pregnancy"),
            Map.entry("2W", "Anatomical Regions"),
            Map.entry("2Y", "Anatomical Orifices"),
            Map.entry("30", "Circulatory"),
            Map.entry("3C", "Indwelling Device"),
            Map.entry("3E", "Physiological Systems and Anatomical Regions"),
            Map.entry("4A", "Physiological Systems"),
            Map.entry("4B", "Physiological Devices"),
            Map.entry("5A", "Physiological Systems"),
            Map.entry("6A", "Physiological Systems"),
            Map.entry("7W", "Anatomical Regions"),
            Map.entry("8C", "Indwelling Device"),
            Map.entry("8E", "Physiological Systems and Anatomical Regions"),
            Map.entry("9W", "Anatomical Regions"),
            Map.entry("B0", "Central Nervous System"),
            Map.entry("B2", "Heart"),
            Map.entry("B3", "Upper Arteries"),
            Map.entry("B4", "Lower Arteries"),
            Map.entry("B5", "Veins"),
            Map.entry("B7", "Lymphatic System"),
            Map.entry("B8", "Eye"),
            Map.entry("B9", "Ear, Nose, Mouth and Throat"),
            Map.entry("BB", "Respiratory System"),
            Map.entry("BD", "Gastrointestinal System"),
            Map.entry("BF", "Hepatobiliary System and Pancreas"),
            Map.entry("BG", "Endocrine System"),
            Map.entry("BH", "Skin, Subcutaneous Tissue and Breast"),
            Map.entry("BL", "Connective Tissue"),
            Map.entry("BN", "Skull and Facial Bones"),
            Map.entry("BP", "Non-Axial Upper Bones"),
            Map.entry("BQ", "Non-Axial Lower Bones"),
            Map.entry("BR", "Axial Skeleton, Except Skull and Facial Bones"),
            Map.entry("BT", "Urinary System"),
            Map.entry("BU", "Female Reproductive System"),
            Map.entry("BV", "Male Reproductive System"),
            Map.entry("BW", "Anatomical Regions"),
            Map.entry("BY", "Fetus and Obstetrical"),
            Map.entry("C0", "Central Nervous System"),
            Map.entry("C2", "Heart"),
            Map.entry("C5", "Veins"),
            Map.entry("C7", "Lymphatic and Hematologic System"),
            Map.entry("C8", "Eye"),
            Map.entry("C9", "Ear, Nose, Mouth and Throat"),
            Map.entry("CB", "Respiratory System"),
            Map.entry("CD", "Gastrointestinal System"),
            Map.entry("CF", "Hepatobiliary System and Pancreas"),
            Map.entry("CG", "Endocrine System"),
            Map.entry("CH", "Skin, Subcutaneous Tissue and Breast"),
            Map.entry("CP", "Musculoskeletal System"),
            Map.entry("CT", "Urinary System"),
            Map.entry("CV", "Male Reproductive System"),
            Map.entry("CW", "Anatomical Regions"),
            Map.entry("D0", "Central and Peripheral Nervous System"),
            Map.entry("D7", "Lymphatic and Hematologic System"),
            Map.entry("D8", "Eye"),
            Map.entry("D9", "Ear, Nose, Mouth and Throat"),
            Map.entry("DB", "Respiratory System"),
            Map.entry("DD", "Gastrointestinal System"),
            Map.entry("DF", "Hepatobiliary System and Pancreas"),
            Map.entry("DG", "Endocrine System"),
            Map.entry("DH", "Skin"),
            Map.entry("DM", "Breast"),
            Map.entry("DP", "Musculoskeletal System"),
            Map.entry("DT", "Urinary System"),
            Map.entry("DU", "Female Reproductive System"),
            Map.entry("DV", "Male Reproductive System"),
            Map.entry("DW", "Anatomical Regions"),
            Map.entry("F0", "Rehabilitation"),
            Map.entry("F1", "Diagnostic Audiology"),
            Map.entry("GZ", "None"),
            Map.entry("HZ", "None"),
            Map.entry("X0", "Nervous System"),
            Map.entry("X2", "Cardiovascular System"),
            Map.entry("XD", "Gastrointestinal System"),
            Map.entry("XF", "Hepatobiliary System and Pancreas"),
            Map.entry("XH", "Skin, Subcutaneous Tissue, Fascia and Breast"),
            Map.entry("XK", "Muscles, Tendons, Bursae and Ligaments"),
            Map.entry("XN", "Bones"),
            Map.entry("XR", "Joints"),
            Map.entry("XT", "Urinary System"),
            Map.entry("XV", "Male Reproductive System"),
            Map.entry("XW", "Anatomical Regions"),
            Map.entry("XX", "Physiological Systems"),
            Map.entry("XY", "Extracorporeal"));

    private PcsSections() {
    }

    private static List<String> axes(String third, String fourth, String fifth, String sixth, String seventh) {
        return List.of("Section", "Body System", third, fourth, fifth, sixth, seventh);
    }

    static Optional<String> section(char section) {
        return Optional.ofNullable(SECTIONS.get(section));
    }

    /** The body system a code's first two characters name. */
    static Optional<String> bodySystem(String firstTwo) {
        return Optional.ofNullable(BODY_SYSTEMS.get(firstTwo));
    }

    /** The names of the seven axes in the code's section. */
    static List<String> axisNames(char section) {
        return AXES.getOrDefault(section, SURGICAL_AXES);
    }
}
