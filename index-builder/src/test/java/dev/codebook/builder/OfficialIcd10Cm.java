package dev.codebook.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ICD-10-CM Tabular List and order file as the official files state them, read here the simplest way their
 * formats allow and independently of the builder, for tests to hold our answers against. Only what those tests need:
 * each diagnosis's parent, inclusion terms, 7th-character note and definitions (with the notes each extension
 * carries), the section ids, and the order file's codes.
 *
 * @param diags    every {@code <diag>} by its name ("S52.011"), in file order
 * @param sections every {@code <section>} id as the file writes it ("B10", "A00-A09")
 * @param order    the order file's codes without dots ("S52011A"), each with its billable flag, in file order
 */
record OfficialIcd10Cm(Map<String, Diag> diags, List<String> sections, Map<String, Boolean> order) {

    /**
     * One {@code <diag>}.
     *
     * @param parent         the enclosing diag's name, if any
     * @param inclusionTerms the {@code <note>}s of its {@code <inclusionTerm>}
     * @param sevenChrNote   the {@code <note>} of its {@code <sevenChrNote>}, if any
     * @param sevenChrDef    its {@code <extension>}s in order, if it has a {@code <sevenChrDef>}
     */
    record Diag(String name, Optional<String> parent, List<String> inclusionTerms, Optional<String> sevenChrNote,
            List<Extension> sevenChrDef) {
    }

    /** An {@code <extension char="..">} and the {@code <note>}s that follow it inside the {@code <sevenChrDef>}. */
    record Extension(char character, String meaning, List<String> notes) {
    }

    private static OfficialIcd10Cm full;

    /** The FY2021 files under CODEBOOK_SOURCES, read once. */
    static synchronized OfficialIcd10Cm full() {
        if (full == null) {
            full = read(TestIndexes.releaseFile("icd10cm/2021/icd10cm_tabular_2021.xml"),
                    TestIndexes.releaseFile("icd10cm/2021/icd10cm-order-Jan-2021.txt"));
        }
        return full;
    }

    static OfficialIcd10Cm read(Path tabular, Path orderFile) {
        Map<String, Boolean> order = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(tabular)) {
            for (String line : Files.readAllLines(orderFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    order.put(line.substring(6, 13).strip(), line.charAt(14) == '1');
                }
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            Reader reader = new Reader(factory.createXMLStreamReader(in));
            reader.read();
            return new OfficialIcd10Cm(reader.diags, reader.sections, order);
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read " + tabular + " or " + orderFile + ": " + e.getMessage(), e);
        }
    }

    /** The diag whose 7th-character definition applies at {@code name}: itself or its nearest ancestor with one. */
    Optional<Diag> applyingDefinition(String name) {
        for (Optional<Diag> diag = Optional.ofNullable(diags.get(name)); diag.isPresent();
                diag = diag.get().parent().map(diags::get)) {
            if (!diag.get().sevenChrDef().isEmpty()) {
                return diag;
            }
        }
        return Optional.empty();
    }

    /**
     * The Tabular entry an order-file code stands for: the diag of that name, or, for a code the Tabular generates
     * with a 7th character, the diag the character is added to (the code without it and without the placeholder X's
     * that pad it to six characters).
     */
    Optional<Diag> entry(String key) {
        Diag named = diags.get(dotted(key));
        if (named != null || key.length() != 7) {
            return Optional.ofNullable(named);
        }
        String stem = key.substring(0, 6);
        while (stem.length() > 3 && stem.endsWith("X") && !diags.containsKey(dotted(stem))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return Optional.ofNullable(diags.get(dotted(stem)));
    }

    /** Whether the code is one the Tabular does not list but generates from a 7th-character definition. */
    boolean isGenerated(String key) {
        return !diags.containsKey(dotted(key)) && entry(key).isPresent();
    }

    static String dotted(String key) {
        return key.length() > 3 ? key.substring(0, 3) + "." + key.substring(3) : key;
    }

    /** Collects diags and sections in one pass; elements it does not need are passed over. */
    private static final class Reader {
        private final XMLStreamReader xml;
        private final Map<String, Diag> diags = new LinkedHashMap<>();
        private final List<String> sections = new ArrayList<>();
        private final Deque<Builder> open = new ArrayDeque<>();

        Reader(XMLStreamReader xml) {
            this.xml = xml;
        }

        private static final class Builder {
            final Optional<String> parent;
            String name;
            final List<String> inclusionTerms = new ArrayList<>();
            Optional<String> sevenChrNote = Optional.empty();
            final List<Extension> sevenChrDef = new ArrayList<>();

            Builder(Optional<String> parent) {
                this.parent = parent;
            }
        }

        void read() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("diag")) {
                    Builder done = open.pop();
                    diags.put(done.name, new Diag(done.name, done.parent, List.copyOf(done.inclusionTerms),
                            done.sevenChrNote, List.copyOf(done.sevenChrDef)));
                }
            }
        }

        private void start(String element) throws XMLStreamException {
            switch (element) {
                case "section" -> sections.add(xml.getAttributeValue(null, "id"));
                case "diag" -> open.push(new Builder(Optional.ofNullable(open.peek()).map(b -> b.name)));
                case "name" -> {
                    if (!open.isEmpty() && open.peek().name == null) {
                        open.peek().name = text();
                    }
                }
                case "inclusionTerm" -> {
                    if (!open.isEmpty()) {
                        open.peek().inclusionTerms.addAll(notes("inclusionTerm"));
                    }
                }
                case "sevenChrNote" -> open.peek().sevenChrNote = Optional.of(String.join(" ",
                        notes("sevenChrNote")));
                case "sevenChrDef" -> sevenChrDef(open.peek());
                default -> {
                }
            }
        }

        /** The text of each {@code <note>} up to the end of {@code element}. */
        private List<String> notes(String element) throws XMLStreamException {
            List<String> notes = new ArrayList<>();
            while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element))) {
                if (xml.isStartElement() && xml.getLocalName().equals("note")) {
                    notes.add(text());
                }
            }
            return notes;
        }

        private void sevenChrDef(Builder diag) throws XMLStreamException {
            while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sevenChrDef"))) {
                if (!xml.isStartElement()) {
                    continue;
                }
                if (xml.getLocalName().equals("extension")) {
                    char character = xml.getAttributeValue(null, "char").charAt(0);
                    diag.sevenChrDef.add(new Extension(character, text(), new ArrayList<>()));
                } else if (xml.getLocalName().equals("note")) {
                    diag.sevenChrDef.get(diag.sevenChrDef.size() - 1).notes().add(text());
                }
            }
        }

        /** An element's text as the Tabular prints it: trimmed, with runs of white space as one space. */
        private String text() throws XMLStreamException {
            return xml.getElementText().strip().replaceAll("\\s+", " ");
        }
    }
}
