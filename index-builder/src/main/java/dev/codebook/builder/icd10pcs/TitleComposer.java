package dev.codebook.builder.icd10pcs;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Composes a code's long title from the official labels of its table and row, the way CMS words the titles of its
 * codes file: "Resection of Appendix, Percutaneous Endoscopic Approach" from the labels Resection, Appendix,
 * Percutaneous Endoscopic, No Device, No Qualifier.
 *
 * <p>The rules are those the codes files follow: the root operation leads, joined to the body part by the word the
 * operation takes ("Removal of Drainage Device from", "Bypass ... to", "Extirpation of Matter from"); a label written
 * "Vertebral Artery, Left" reads "Left Vertebral Artery"; the device follows with "with", the approach with
 * "Approach" where the label is a plain one, then the qualifier. The "no value" labels (No Device, No Qualifier,
 * None) add nothing. CMS titles some codes by hand beyond these rules (a qualifier inside the body part, "Pacemaker
 * Lead" for "Cardiac Lead, Pacemaker"); the build measures how many composed titles agree with a codes file.
 */
final class TitleComposer {

    private static final Set<String> NO_VALUE = Set.of("None", "No Device", "No Qualifier");
    /** Approaches titles write with the word "Approach". */
    private static final Set<String> PLAIN_APPROACHES = Set.of("Open", "Percutaneous", "Percutaneous Endoscopic",
            "External");
    /** Operations that take the body part without "of": "Repair Brain", "Supplement Aortic Valve". */
    private static final Set<String> WITHOUT_OF = Set.of("Repair", "Release", "Reposition", "Supplement", "Transfer",
            "Bypass", "Change");
    /** Operations whose qualifier is a method, said with "using". */
    private static final Set<String> QUALIFIER_USING = Set.of("Destruction", "Replacement");
    /** Labels whose part after the comma stays after it: it counts or names a segment, not a side or kind. */
    private static final Pattern KEEPS_ORDER = Pattern.compile("(One|Two|Three|Four|Arch|Ascending|Descending)\\b.*");

    private TitleComposer() {
    }

    /** The title of a code of {@code section} whose seven labels, section first, are given. */
    static String compose(char section, List<String> labels) {
        return switch (section) {
            case '0', '1', 'X' -> surgical(section, labels);
            case '3' -> administration(labels);
            case 'B', 'C' -> imaging(section, labels);
            case 'G' -> listed(labels.get(2), labels.subList(3, 7));
            case 'H' -> listed(labels.get(2) + " for Substance Abuse Treatment", labels.subList(3, 7));
            default -> generic(labels);
        };
    }

    private static String surgical(char section, List<String> labels) {
        String operation = labels.get(2);
        String bodyPart = natural(labels.get(3));
        String device = value(labels.get(5)) ? natural(labels.get(5)) : null;
        String qualifier = value(labels.get(6)) ? labels.get(6) : null;
        StringBuilder title = new StringBuilder();
        switch (operation) {
            case "Bypass", "Transfer" -> {
                title.append(operation).append(' ').append(bodyPart);
                if (qualifier != null && !qualifier.startsWith("New Technology")) {
                    title.append(" to ").append(natural(qualifier));
                    qualifier = null;
                }
            }
            case "Removal" -> title.append(device != null ? "Removal of " + device + " from " : "Removal of ")
                    .append(bodyPart);
            case "Insertion" -> title.append(device != null ? "Insertion of " + device + " into " : "Insertion of ")
                    .append(bodyPart);
            case "Revision" -> title.append(device != null ? "Revision of " + device + " in " : "Revision of ")
                    .append(bodyPart);
            case "Change" -> title.append(device != null ? "Change " + device + " in " : "Change ").append(bodyPart);
            case "Extirpation" -> title.append("Extirpation of Matter from ").append(bodyPart);
            case "Control" -> title.append("Control Bleeding in ").append(bodyPart);
            case "Detachment" -> title.append("Detachment at ").append(bodyPart);
            case "Fragmentation" -> title.append("Fragmentation in ").append(bodyPart);
            default -> title.append(operation).append(WITHOUT_OF.contains(operation) ? " " : " of ").append(bodyPart);
        }
        boolean deviceSaid = Set.of("Removal", "Insertion", "Revision", "Change").contains(operation);
        if (device != null && !deviceSaid) {
            title.append(section == 'X' ? " using " : " with ").append(device);
        }
        if (qualifier != null && !qualifier.equals("Diagnostic") && QUALIFIER_USING.contains(operation)) {
            title.append(" using ").append(qualifier);
            qualifier = null;
        }
        if (qualifier != null && operation.equals("Fusion")) {
            title.append(", ").append(qualifier);
            qualifier = null;
        }
        title.append(", ").append(approach(labels.get(4)));
        if (qualifier != null) {
            title.append(", ").append(qualifier);
        }
        return title.toString();
    }

    private static String administration(List<String> labels) {
        StringBuilder title = new StringBuilder(labels.get(2)).append(" of ").append(natural(labels.get(5)))
                .append(" into ").append(natural(labels.get(3))).append(", ").append(approach(labels.get(4)));
        if (value(labels.get(6))) {
            title.append(", ").append(labels.get(6));
        }
        return title.toString();
    }

    private static String imaging(char section, List<String> labels) {
        StringBuilder title = new StringBuilder(labels.get(2)).append(" of ").append(natural(labels.get(3)));
        String contrast = labels.get(4);
        if (value(contrast)) {
            title.append(" using ").append(contrast);
            if (section == 'B' && !contrast.endsWith("Contrast")) {
                title.append(" Contrast");
            }
        }
        for (String qualifier : labels.subList(5, 7)) {
            if (value(qualifier)) {
                title.append(", ").append(qualifier);
            }
        }
        return title.toString();
    }

    /** The type, then each value there is, after a comma: "Individual Psychotherapy, Interactive". */
    private static String listed(String lead, List<String> values) {
        StringBuilder title = new StringBuilder(lead);
        values.stream().filter(TitleComposer::value).forEach(value -> title.append(", ").append(value));
        return title.toString();
    }

    private static String generic(List<String> labels) {
        StringBuilder title = new StringBuilder(labels.get(2));
        if (value(labels.get(3))) {
            title.append(" of ").append(natural(labels.get(3)));
        }
        for (String method : labels.subList(4, 6)) {
            if (value(method) && !method.equals("External")) {
                title.append(" using ").append(method);
            }
        }
        if (value(labels.get(6))) {
            title.append(", ").append(labels.get(6));
        }
        return title.toString();
    }

    private static String approach(String label) {
        return PLAIN_APPROACHES.contains(label) ? label + " Approach" : label;
    }

    private static boolean value(String label) {
        return !NO_VALUE.contains(label);
    }

    /** "Vertebral Artery, Left" reads "Left Vertebral Artery"; "Coronary Artery, One Artery" stays. */
    static String natural(String label) {
        int comma = label.lastIndexOf(", ");
        if (comma < 0) {
            return label;
        }
        String tail = label.substring(comma + 2);
        if (KEEPS_ORDER.matcher(tail).matches() || tail.split(" ").length > 2) {
            return label;
        }
        return tail + " " + label.substring(0, comma);
    }
}
