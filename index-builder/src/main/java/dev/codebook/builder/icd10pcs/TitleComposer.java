package dev.codebook.builder.icd10pcs;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
 * None) add nothing. Sections other than Medical and Surgical have wordings of their own ("Change Splint on Head",
 * "High Dose Rate (HDR) Brachytherapy of Brain using ...", "Hearing Screening Assessment using Audiometer",
 * "Osteopathic Treatment of Cervical Region using Indirect Forces"). CMS titles some codes by hand beyond these
 * rules (a qualifier inside the body part, "Pacemaker Lead" for "Cardiac Lead, Pacemaker"); the build measures how
 * many composed titles agree with a codes file.
 */
final class TitleComposer {

    private static final Set<String> NO_VALUE = Set.of("None", "No Device", "No Qualifier");
    /** Approaches titles write with the word "Approach". */
    private static final Set<String> PLAIN_APPROACHES = Set.of("Open", "Percutaneous", "Percutaneous Endoscopic",
            "External");
    /** Operations that take the body part without "of": "Repair Brain", "Supplement Aortic Valve". */
    private static final Set<String> WITHOUT_OF = Set.of("Repair", "Release", "Reposition", "Supplement", "Transfer",
            "Bypass", "Change", "Map");
    /** Measurement qualifiers that are a means, not a kind: "Monitoring of Cardiac Vascular Perfusion using ...". */
    private static final Set<String> MEASURED_USING = Set.of("Indocyanine Green Dye", "Wireless Sensor");
    /** Operations whose qualifier is a method, said with "using". */
    private static final Set<String> QUALIFIER_USING = Set.of("Destruction", "Replacement", "Dilation");
    /** Qualifiers that count the body part, said right after it: "Upper Tooth, Single". */
    private static final Set<String> BODY_PART_COUNTS = Set.of("Single", "Multiple", "All");
    /** Qualifiers that name a part of the body part, said right after it: "Right Metatarsal, Sesamoid Bone(s) ...". */
    private static final Set<String> BODY_PART_PARTS = Set.of("Sesamoid Bone(s) 1st Toe");
    /** Operations that say those counts last, like "Diagnostic": "Drainage of Upper Tooth, Open Approach, All". */
    private static final Set<String> TRAILING_COUNTS = Set.of("Drainage", "Excision");
    /** Labels whose part after the comma stays after it: it counts or names a segment, not a side or kind. */
    private static final Pattern KEEPS_ORDER =
            Pattern.compile("(One|Two|Three|Four|Arch|Ascending|Descending|Pylorus|Diagnostic|Therapeutic"
                    + "|Single Fetus|Multiple Gestation)\\b.*|.* Surface");
    /** Labels that name a whole first and then which part of it: "Products of Conception, Ectopic". */
    private static final Pattern WHOLE_FIRST = Pattern.compile("Products of Conception, .*");
    /** Tissues, which titles name after the region pair they lie in: "Head and Neck Subcutaneous Tissue and Fascia". */
    private static final Pattern TISSUE = Pattern.compile(".*(Tissue|Fascia|Lymphatics)");
    private static final Pattern REGION_PAIR = Pattern.compile("Head and Neck|Abdomen and Pelvis");
    /** A device the label names after its kind, which titles name alone: "Intraluminal Device, Endobronchial Valve". */
    private static final Pattern NAMED_DEVICE = Pattern.compile(".*\\b(Valve|Pessary|Telescope|Prosthesis|Airway)");
    /** A device, what kind of it, and how many arteries it serves. */
    private static final Pattern SERVES =
            Pattern.compile("([^,]+), ([^,]+), ((One|Two|Three|Four)[^,]* Arter(y|ies))");
    /** A device, and which compartment of a joint it replaces. */
    private static final Pattern COMPARTMENT = Pattern.compile("([^,]+), (\\S+) (Medial|Lateral)");
    /** A side alone, which leads even when the rest of the label keeps its order: "Left Hip Joint, Femoral Surface". */
    private static final Pattern SIDE = Pattern.compile("Right|Left|Bilateral");
    /** A side or a level, which titles say first: "Right Upper Extremity", "Right and Left", "2 or more". */
    private static final Pattern SIDES = Pattern.compile("(Right|Left|Bilateral|[0-9]).*");
    /** How many devices: "Two Drug-eluting Intraluminal Devices". */
    private static final Pattern COUNTS = Pattern.compile("One|Two|Three|Four or More");
    /** Body systems of vessels, where fragmentation is "of" the vessel, not "in" it. */
    private static final Set<String> VESSELS = Set.of("Heart and Great Vessels", "Upper Arteries", "Lower Arteries",
            "Upper Veins", "Lower Veins");
    /**
     * Rehabilitation equipment that the label names itself; every other label says what kind of equipment it is and
     * takes the word: "using Audiovisual Equipment", but "using Orthosis".
     */
    private static final Set<String> NAMED_EQUIPMENT = Set.of("Other Equipment", "Orthosis", "Prosthesis",
            "Speech Prosthesis", "Computer", "Audiometer", "Tympanometer", "Sound Field / Booth", "Physical Agents");
    /** Body regions named by an adjective, which osteopathic and chiropractic titles complete: "Cervical Region". */
    private static final Set<String> ADJECTIVE_REGIONS = Set.of("Cervical", "Thoracic", "Lumbar");
    /** Osteopathic methods named by the kind of force they apply: "using Indirect Forces". */
    private static final Set<String> OSTEOPATHIC_FORCES = Set.of("Articulatory-Raising", "High Velocity-Low Amplitude",
            "Low Velocity-High Amplitude", "Indirect", "Muscle Energy-Isometric", "Muscle Energy-Isotonic");
    /** Qualifiers that name a structure within the body part: an artery, plexus or appendage of it. */
    private static final Pattern STRUCTURE =
            Pattern.compile(".*\\b(Artery|Plexus|Appendage|Arteriosus)(, (Right|Left))?");
    /** Imaging qualifiers that are the means of imaging, not a mode of it: "... of Aorta using Intravascular ...". */
    private static final Set<String> IMAGING_METHODS = Set.of("Intravascular Optical Coherence",
            "Bacterial Autofluorescence");
    /** Qualifiers of when or for how long, said before the approach: "..., Temporary, Open Approach". */
    private static final Set<String> BEFORE_APPROACH = Set.of("Temporary", "Intraoperative",
            "Supracervical");
    /** Operations whose qualifier is said before the approach, as part of what is operated on. */
    private static final Set<String> QUALIFIER_FIRST = Set.of("Transplantation", "Detachment", "Fusion");

    private TitleComposer() {
    }

    /**
     * The title of {@code code}, whose seven labels, section first, are given: composed by the rules, then worded
     * as CMS words its table ({@link TitleWordings}).
     */
    static String title(String code, List<String> labels) {
        return TitleWordings.bundled().apply(code, compose(code.charAt(0), labels));
    }

    /** The title the rules compose for a code of {@code section} whose seven labels, section first, are given. */
    static String compose(char section, List<String> labels) {
        return switch (section) {
            case '0' -> surgical(section, labels);
            case 'X' -> newTechnology(labels);
            case '1' -> obstetrics(labels);
            case '2' -> placement(labels);
            case '3' -> administration(labels);
            case '4' -> measurement(labels);
            case '5' -> assistanceAndPerformance(labels);
            case '6' -> extracorporealTherapy(labels);
            case '7' -> osteopathic(labels);
            case '8' -> otherProcedure(labels);
            case '9' -> chiropractic(labels);
            case 'D' -> radiation(labels);
            case 'F' -> rehabilitation(labels);
            case 'B', 'C' -> imaging(section, labels);
            case 'G' -> listed(labels.get(2), labels.subList(3, 7));
            case 'H' -> listed(labels.get(2) + " for Substance Abuse Treatment", labels.subList(3, 7));
            default -> generic(labels);
        };
    }

    /**
     * New technology: administrations as in the Administration section, outside the body said as such
     * ("Extracorporeal Introduction of Nafamostat Anticoagulant"); a measurement or monitoring by what it measures, the
     * method after it ("Measurement of Pulmonary Artery Flow, Computer-aided Triage and Notification"); the rest as in
     * the Medical and Surgical section.
     */
    private static String newTechnology(List<String> labels) {
        String operation = labels.get(2);
        if (operation.equals("Introduction") && labels.get(1).equals("Extracorporeal")) {
            String bodyPart = labels.get(3);
            return "Extracorporeal " + operation + " of " + labels.get(5)
                    + (bodyPart.equals("Extracorporeal") ? "" : " to " + bodyPart) + ", " + labels.get(6);
        }
        if ((operation.equals("Measurement") || operation.equals("Monitoring"))
                && labels.get(1).equals("Physiological Systems")) {
            // A monitoring says how it reaches what it monitors, unless from outside the body.
            String approach = labels.get(4);
            boolean said = operation.equals("Monitoring") && !approach.equals("External");
            return operation + " of " + labels.get(5) + (said ? ", " + approach(approach) : "") + ", "
                    + labels.get(6);
        }
        return operation.equals("Introduction") || operation.equals("Transfusion") ? administration(labels)
                : surgical('X', labels);
    }

    private static String surgical(char section, List<String> labels) {
        String operation = labels.get(2);
        String bodyPart = natural(labels.get(3));
        String device = value(labels.get(5)) ? device(labels.get(5)) : null;
        String qualifier = value(labels.get(6)) ? labels.get(6) : null;
        // The new-technology section's qualifier names the group that added the code: titles say it last.
        String group = qualifier != null && qualifier.startsWith("New Technology") ? qualifier : null;
        qualifier = group != null ? null : qualifier;
        if (qualifier != null && !operation.equals("Bypass") && STRUCTURE.matcher(qualifier).matches()) {
            // What is operated on, within the table's body part: "Occlusion of Right Uterine Artery" (Internal Iliac).
            bodyPart = natural(qualifier);
            qualifier = null;
        }
        if ("Biventricular".equals(qualifier) && device != null) {
            device = qualifier + " " + device; // "Insertion of Biventricular Short-term External Heart Assist System"
            qualifier = null;
        }
        StringBuilder title = new StringBuilder();
        switch (operation) {
            case "Transfer" -> {
                title.append(operation).append(' ').append(bodyPart);
                if (qualifier != null && qualifier.endsWith("Flap")) {
                    title.append(", ").append(qualifier);
                    qualifier = null;
                } else if (qualifier != null) {
                    // Muscle and fascia are transferred together with the skin or tissue the qualifier names.
                    title.append(qualifier.startsWith("Skin") || qualifier.startsWith("Subcutaneous") ? " with "
                            : " to ").append(natural(qualifier));
                    qualifier = null;
                }
            }
            case "Bypass" -> {
                title.append(operation).append(' ').append(bodyPart);
                if (qualifier != null) {
                    boolean intoHeart = labels.get(1).equals("Heart and Great Vessels")
                            && (bodyPart.contains("Artery") || bodyPart.contains("Trunk"));
                    title.append(intoHeart ? " from " : " to ").append(natural(qualifier));
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
            case "Fragmentation" -> title.append(VESSELS.contains(labels.get(1)) ? "Fragmentation of "
                    : "Fragmentation in ").append(bodyPart);
            default -> title.append(operation).append(WITHOUT_OF.contains(operation) ? " " : " of ").append(bodyPart);
        }
        if (qualifier != null && !operation.equals("Creation")
                && (qualifier.startsWith("Truncal Valve") || qualifier.startsWith("Atrioventricular Valve"))) {
            // A valve repaired or supplemented as what a congenital repair made it from.
            title.append(" created from ").append(natural(qualifier));
            qualifier = null;
        }
        if (operation.equals("Creation") && qualifier != null) {
            title.append(" from ").append(natural(qualifier)).append(device != null ? " using " + device : "");
            qualifier = null;
            device = null;
        }
        if (qualifier != null && (BODY_PART_COUNTS.contains(qualifier) && !TRAILING_COUNTS.contains(operation)
                || BODY_PART_PARTS.contains(qualifier))) {
            title.append(", ").append(qualifier).append(device != null ? "," : "");
            qualifier = null;
        }
        if ("Bifurcation".equals(qualifier)) {
            title.append(", Bifurcation").append(device != null ? "," : "");
            qualifier = null;
        }
        if (operation.equals("Replacement") && qualifier != null && qualifier.endsWith(" Flap")) {
            device = null; // the flap is the autologous tissue: "Replacement of Right Breast using ... Flap"
        }
        boolean deviceSaid = Set.of("Removal", "Insertion", "Revision", "Change").contains(operation);
        if (device != null && !deviceSaid) {
            // New technology is used, but an intraluminal device is placed, as in the other sections.
            boolean used = section == 'X' && !labels.get(5).startsWith("Intraluminal Device");
            title.append(used ? " using " : " with ").append(device);
        }
        if (qualifier != null && !qualifier.equals("Diagnostic") && QUALIFIER_USING.contains(operation)) {
            // After a device, a technique is its own phrase: "with Intraluminal Device, using Drug-Coated Balloon";
            // what a replacement's substitute is made or fixed with follows it plainly: "..., Cemented".
            boolean plain = operation.equals("Replacement") && device != null;
            title.append(device != null && !plain ? ", using " : plain ? ", " : " using ").append(qualifier);
            qualifier = null;
        }
        // A joint's surface is part of what is operated on: "from Right Knee Joint, Patellar Surface, Open Approach".
        if (qualifier != null && (QUALIFIER_FIRST.contains(operation) || BEFORE_APPROACH.contains(qualifier)
                || qualifier.endsWith(" Surface") || qualifier.endsWith(" Technique"))) {
            title.append(", ").append(qualifier);
            qualifier = null;
        }
        title.append(", ").append(approach(labels.get(4)));
        if (qualifier != null) {
            title.append(", ").append(qualifier);
        }
        if (group != null) {
            title.append(", ").append(group);
        }
        return title.toString();
    }

    /**
     * Obstetrics: a qualifier that names a body system of the products of conception is what is drained, repaired or
     * transplanted ("Repair Mouth and Throat in Products of Conception").
     */
    private static String obstetrics(List<String> labels) {
        String qualifier = labels.get(6);
        if (!value(qualifier)) {
            return surgical('1', labels);
        }
        String device = value(labels.get(5)) ? " with " + device(labels.get(5)) : "";
        String approach = ", " + approach(labels.get(4));
        return switch (labels.get(2)) {
            case "Drainage" -> "Drainage of " + natural(qualifier) + " from " + labels.get(3) + approach;
            case "Repair" -> "Repair " + qualifier + " in " + labels.get(3) + device + approach;
            case "Transplantation" -> "Transplantation of " + qualifier + " into " + labels.get(3) + approach;
            // How: "Extraction of Products of Conception, Low Forceps, Via Natural or Artificial Opening"
            case "Extraction", "Abortion" -> labels.get(2) + " of " + labels.get(3) + ", " + qualifier + approach;
            default -> surgical('1', labels);
        };
    }

    private static String placement(List<String> labels) {
        String device = labels.get(5);
        String bodyPart = natural(labels.get(3));
        // What is changed or removed from an orifice is named by it: "Change Ear Packing Material", but "Change
        // Splint on Head".
        boolean orifice = labels.get(1).equals("Anatomical Orifices");
        return switch (labels.get(2)) {
            case "Change" -> orifice ? "Change " + bodyPart + " " + device : "Change " + device + " on " + bodyPart;
            case "Removal" -> orifice ? "Removal of " + bodyPart + " " + device
                    : "Removal of " + device + " on " + bodyPart;
            default -> labels.get(2) + " of " + bodyPart + (value(device) ? " using " + device : "");
        };
    }

    /** Measurement and monitoring: the qualifier says which one ("Sensory", "Right Heart"), before the approach. */
    private static String measurement(List<String> labels) {
        String system = labels.get(3);
        String qualifier = labels.get(6);
        if (system.equals("Central Nervous") && qualifier.equals("Intracranial")) {
            // Where within the system it is measured names it: "Measurement of Intracranial Pressure".
            system = qualifier;
            qualifier = "None";
        }
        StringBuilder title = new StringBuilder(labels.get(2)).append(" of ")
                .append(value(system) ? natural(system) + " " : "").append(labels.get(5));
        if (value(qualifier)) {
            title.append(MEASURED_USING.contains(qualifier) ? " using " : ", ").append(qualifier);
        }
        return title.append(", ").append(approach(labels.get(4))).toString();
    }

    /**
     * Other procedures: the method names the procedure ("Robotic Assisted Procedure of Trunk Region"), or, where it
     * is "Other Method", the qualifier does ("Piercing of Integumentary System and Breast"); an external approach
     * goes unsaid.
     */
    private static String otherProcedure(List<String> labels) {
        String method = labels.get(5);
        String qualifier = labels.get(6);
        boolean named = method.equals("Other Method");
        String procedure = named ? qualifier : method;
        StringBuilder title = new StringBuilder(procedure);
        if (value(labels.get(3))) {
            title.append(procedure.endsWith("Removal") ? " from " : " of ").append(labels.get(3));
        }
        if (!labels.get(4).equals("External")) {
            title.append(", ").append(approach(labels.get(4)));
        }
        if (!named && value(qualifier)) {
            title.append(", ").append(qualifier);
        }
        return title.toString();
    }

    /**
     * Extracorporeal or systemic assistance and performance: the body system and the function it assists or performs
     * ("Assistance with Cardiac Output"), then the duration and the qualifier; a pump that assists is said with
     * "using" before the duration. Titles word oxygenation of the whole circulation as "Extracorporeal ...
     * Oxygenation" (ECMO, hyperbaric), and ventilation performed as "Respiratory Ventilation".
     */
    private static String assistanceAndPerformance(List<String> labels) {
        String operation = labels.get(2);
        String system = labels.get(3);
        String duration = labels.get(4);
        String function = labels.get(5);
        String qualifier = value(labels.get(6)) ? labels.get(6) : null;
        StringBuilder title = new StringBuilder();
        if (system.equals("Circulatory")) {
            // The membrane the blood passes and where it is cannulated follow the function; other qualifiers lead it.
            boolean membrane = qualifier != null && qualifier.contains(", ");
            title.append("Extracorporeal ").append(qualifier != null && !membrane ? qualifier + " " : "")
                    .append(function).append(membrane ? ", " + qualifier : "");
            // A membrane oxygenation runs continuously unless said otherwise ("Intraoperative").
            return title.append(membrane && duration.equals("Continuous") ? "" : ", " + duration).toString();
        }
        if (system.equals("Respiratory") && operation.equals("Performance")) {
            title.append(system).append(' ').append(function);
        } else {
            title.append(operation).append(operation.equals("Assistance") ? " with " : " of ").append(system)
                    .append(' ').append(function);
        }
        if (qualifier != null && operation.equals("Assistance") && function.equals("Output")) {
            return title.append(" using ").append(qualifier).append(", ").append(duration).toString();
        }
        // A supersaturated oxygenation is continuous by what it is: titles leave the duration unsaid.
        if (!"Supersaturated".equals(qualifier)) {
            title.append(", ").append(duration);
        }
        return title.append(qualifier != null ? ", " + qualifier : "").toString();
    }

    /**
     * Extracorporeal or systemic therapies: what the therapy treats (the qualifier: "Pheresis of Plasma", or the
     * body system: "Phototherapy of Skin") and how often; a body system named by an adjective follows the therapy
     * after a comma ("Electromagnetic Therapy, Urinary"), and one with nothing to name is left out ("Hyperthermia").
     */
    private static String extracorporealTherapy(List<String> labels) {
        String therapy = labels.get(2);
        String system = labels.get(3);
        String duration = labels.get(4);
        String qualifier = labels.get(6);
        if (value(qualifier)) {
            return therapy + " of " + natural(qualifier) + ", " + duration;
        }
        if (value(labels.get(5))) {
            return therapy + " of " + system + " " + labels.get(5) + ", " + duration; // "of Circulatory Donor Organ"
        }
        if (!value(system)) {
            return therapy + ", " + duration;
        }
        return therapy + (system.equals("Skin") ? " of Skin" : ", " + system) + ", " + duration;
    }

    private static String chiropractic(List<String> labels) {
        return "Chiropractic " + labels.get(2) + " of " + region(labels.get(3)) + ", " + labels.get(5);
    }

    private static String osteopathic(List<String> labels) {
        String method = labels.get(5);
        return "Osteopathic " + labels.get(2) + " of " + region(labels.get(3)) + " using " + method
                + (OSTEOPATHIC_FORCES.contains(method) ? " Forces" : "");
    }

    private static String region(String label) {
        return ADJECTIVE_REGIONS.contains(label) ? label + " Region" : natural(label);
    }

    /** Radiation therapy: the modality qualifier names the kind ("High Dose Rate (HDR) Brachytherapy"). */
    private static String radiation(List<String> labels) {
        String modality = labels.get(2);
        String qualifier = labels.get(4);
        String isotope = labels.get(5);
        StringBuilder title = new StringBuilder();
        if (modality.equals("Brachytherapy")) {
            title.append(qualifier).append(' ').append(modality);
        } else if (modality.equals("Beam Radiation")) {
            title.append(modality);
        } else {
            title.append(qualifier);
        }
        // What is given is given to the body: "Isotope Administration to Whole Body".
        title.append(qualifier.equals("Isotope Administration") ? " to " : " of ").append(natural(labels.get(3)));
        if (modality.equals("Beam Radiation") && value(qualifier)) {
            title.append(" using ").append(qualifier);
        } else if (value(isotope)) {
            title.append(" using ").append(isotope);
        }
        if (value(labels.get(6))) {
            title.append(", ").append(labels.get(6));
        }
        return title.toString();
    }

    /** Rehabilitation and audiology: the type qualifier names the test or treatment ("Hearing Screening ..."). */
    private static String rehabilitation(List<String> labels) {
        String type = labels.get(2);
        String qualifier = labels.get(4);
        String kind = type.substring(type.lastIndexOf(' ') + 1);
        StringBuilder title = new StringBuilder(switch (type) {
            case "Caregiver Training" -> "Caregiver Training in " + qualifier;
            case "Device Fitting" -> qualifier + " Device Fitting";
            default -> qualifier + " " + kind;
        });
        if (value(labels.get(3))) {
            title.append(" of ").append(labels.get(3));
        }
        String equipment = labels.get(5);
        if (value(equipment)) {
            title.append(" using ").append(equipment).append(NAMED_EQUIPMENT.contains(equipment) ? "" : " Equipment");
        }
        return title.toString();
    }

    /**
     * Administration: the qualifier, when it names the substance more closely ("Insulin" for "Hormone"), is what is
     * introduced; "Autologous" and "Nonautologous" say whose it is; irrigation is "of" the body part "using" the
     * substance.
     */
    private static String administration(List<String> labels) {
        String qualifier = labels.get(6);
        boolean whose = qualifier.equals("Autologous") || qualifier.equals("Nonautologous")
                || qualifier.startsWith("Allogeneic");
        boolean trailing = qualifier.equals("Diagnostic") || qualifier.startsWith("New Technology");
        String substance = labels.get(5);
        String[] parts = substance.split(", ");
        if (parts.length == 2 && parts[0].split(" ").length <= 2 && !parts[1].contains(" and ")) {
            // A short name said more closely: "Stem Cells, Cord Blood" reads "Cord Blood Stem Cells"; a list
            // ("Serum, Toxoid and Vaccine") or a long name with its attribute after it keeps its order.
            substance = parts[1] + " " + parts[0];
        }
        if (whose) {
            substance = qualifier.replace(", ", " ") + " " + substance; // "Allogeneic Related Bone Marrow"
        } else if (value(qualifier) && !trailing && !qualifier.equals("Other Substance")) {
            substance = qualifier;
        }
        String bodyPart = natural(labels.get(3));
        StringBuilder title = new StringBuilder(labels.get(2)).append(" of ");
        if (labels.get(2).equals("Irrigation")) {
            title.append(bodyPart).append(" using ").append(substance);
        } else {
            title.append(substance).append(" into ").append(bodyPart);
        }
        title.append(", ").append(approach(labels.get(4)));
        if (trailing) {
            title.append(", ").append(qualifier);
        }
        return title.toString();
    }

    private static String imaging(char section, List<String> labels) {
        StringBuilder title = new StringBuilder(labels.get(2)).append(" of ").append(natural(labels.get(3)));
        String contrast = labels.get(4);
        if (value(contrast)) {
            title.append(" using ").append(contrast);
            if (section == 'B' && contrast.endsWith("Osmolar")) {
                title.append(" Contrast"); // "High Osmolar Contrast", but "using Fluorescing Agent"
            }
        }
        String qualifier = labels.get(5);
        String more = labels.get(6);
        if (value(qualifier)) {
            title.append(IMAGING_METHODS.contains(qualifier) ? " using " : ", ").append(qualifier);
        }
        if (value(more)) {
            // "Laser" qualifies what follows: "Laser Intraoperative".
            title.append(qualifier.equals("Laser") ? " " : ", ").append(more);
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

    /**
     * "Vertebral Artery, Left" reads "Left Vertebral Artery", "Lymphatic, Right Upper Extremity" "Right Upper
     * Extremity Lymphatic", "Intraluminal Device, Drug-eluting, Two" "Two Drug-eluting Intraluminal Devices",
     * "Lymphatics, Head and Neck" "Head and Neck Lymphatics"; "Coronary Artery, One Artery", "Thoracic Aorta, Arch"
     * and "Hepatobiliary System, All" stay as they are.
     */
    static String natural(String label) {
        String[] parts = label.split(", ");
        if (parts.length == 2) {
            if (parts[0].endsWith(" System")) {
                return label; // a system is named whole, then which of it: "Hepatobiliary System, All"
            }
            if (TISSUE.matcher(parts[0]).matches() && REGION_PAIR.matcher(parts[1]).matches()) {
                return parts[1] + " " + parts[0];
            }
        }
        String last = parts[parts.length - 1];
        if (parts.length == 1 || WHOLE_FIRST.matcher(label).matches()
                || parts.length > 2 && !SIDES.matcher(last).matches() && !COUNTS.matcher(last).matches()) {
            return label; // a list ("Tongue, Palate, Pharynx Muscle")
        }
        for (int i = 1; i < parts.length; i++) {
            if (!moves(parts[i])) {
                String rest = label.substring(0, label.length() - last.length() - 2);
                return SIDE.matcher(last).matches() ? last + " " + rest : label;
            }
        }
        StringBuilder reordered = new StringBuilder();
        for (int i = parts.length - 1; i >= 1; i--) {
            reordered.append(parts[i]).append(' ');
        }
        boolean several = COUNTS.matcher(last).matches() && !last.equals("One");
        return reordered.append(parts[0]).append(several ? "s" : "").toString();
    }

    /**
     * A device label as titles name the device: as {@link #natural} reads it, but a device the label names after its
     * kind is named alone ("Intraluminal Device, Pessary" reads "Pessary"), a count of the arteries it serves stays
     * last ("Intraluminal Device, Branched or Fenestrated, One or Two Arteries" reads "Branched or Fenestrated
     * Intraluminal Device, One or Two Arteries") and the side of a knee compartment leads ("Synthetic Substitute,
     * Unicondylar Medial" reads "Medial Unicondylar Synthetic Substitute").
     */
    static String device(String label) {
        String[] parts = label.split(", ");
        if (parts.length == 2 && NAMED_DEVICE.matcher(parts[1]).matches()) {
            return parts[1];
        }
        Matcher serves = SERVES.matcher(label);
        if (serves.matches()) {
            return serves.group(2) + " " + serves.group(1) + ", " + serves.group(3);
        }
        Matcher compartment = COMPARTMENT.matcher(label);
        if (compartment.matches()) {
            return compartment.group(3) + " " + compartment.group(2) + " " + compartment.group(1);
        }
        return natural(label);
    }

    /** Whether the part of a label after a comma moves before the rest: a side, a count or a short modifier. */
    private static boolean moves(String part) {
        return SIDES.matcher(part).matches() || COUNTS.matcher(part).matches() || part.contains(" on ")
                || part.endsWith("-eluting")
                || !KEEPS_ORDER.matcher(part).matches() && part.split(" ").length <= 2;
    }
}
