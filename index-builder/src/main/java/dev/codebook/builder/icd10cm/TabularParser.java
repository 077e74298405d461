package dev.codebook.builder.icd10cm;

import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.XmlInput;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ICD-10-CM Tabular List XML ({@code ICD10CM.tabular}) into chapters, sections and diagnoses with all
 * their notes. Streams the file; any element the format does not define stops the read with its line.
 */
final class TabularParser {

    private static final Pattern DIAG_NAME = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern SECTION_ID = Pattern.compile("[A-Z][0-9][0-9A-Z](-[A-Z][0-9][0-9A-Z])?");
    private static final Pattern CHAPTER_NAME = Pattern.compile("[1-9][0-9]?");
    private static final Map<String, NoteKind> NOTE_ELEMENTS = Arrays.stream(NoteKind.values())
            .filter(kind -> kind != NoteKind.INDEX_TERM) // a PCS Index term, no element of the Tabular
            .collect(Collectors.toMap(NoteKind::element, Function.identity()));

    /** What the Tabular holds: its version and the chapters with everything below them. */
    record Tabular(String version, List<TabularNode> chapters) {
    }

    private final String file;
    private final XMLStreamReader xml;

    private TabularParser(String file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    static Tabular parse(String file, InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = XmlInput.open(in);
            return new TabularParser(file, xml).tabular();
        } catch (XMLStreamException e) {
            throw XmlInput.notWellFormed(file, e);
        } finally {
            XmlInput.close(xml);
        }
    }

    private Tabular tabular() throws XMLStreamException {
        xml.nextTag();
        if (!xml.getLocalName().equals("ICD10CM.tabular")) {
            throw error("expected the root element <ICD10CM.tabular> of an ICD-10-CM Tabular List, found <"
                    + xml.getLocalName() + ">");
        }
        String version = null;
        List<TabularNode> chapters = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "version" -> version = text();
                case "introduction" -> skip();
                case "chapter" -> chapters.add(chapter());
                default -> throw unexpected("ICD10CM.tabular", "version, introduction, chapter");
            }
        }
        if (version == null) {
            throw error("the Tabular has no <version>");
        }
        if (chapters.isEmpty()) {
            throw error("the Tabular has no <chapter>: the file holds no codes");
        }
        return new Tabular(version, chapters);
    }

    private TabularNode chapter() throws XMLStreamException {
        int line = line();
        String name = null;
        TabularNode chapter = null;
        List<TabularNode> sections = new ArrayList<>();
        while (nextChild()) {
            String element = xml.getLocalName();
            if (element.equals("name")) {
                name = text();
                if (!CHAPTER_NAME.matcher(name).matches()) {
                    throw error("expected a chapter number in <name>, found '" + name + "'");
                }
            } else if (element.equals("desc")) {
                chapter = new TabularNode(TabularNode.Level.CHAPTER, required(name, "name", "chapter"), text(), line);
            } else if (element.equals("sectionIndex")) {
                skip();
            } else if (element.equals("section")) {
                sections.add(section());
            } else if (NOTE_ELEMENTS.containsKey(element) && chapter != null) {
                notes(chapter, NOTE_ELEMENTS.get(element));
            } else {
                throw unexpected("chapter", "name, desc, notes, sectionIndex, section");
            }
        }
        TabularNode done = required(chapter, "desc", "chapter " + name);
        done.children.addAll(sections);
        return done;
    }

    private TabularNode section() throws XMLStreamException {
        int line = line();
        String id = xml.getAttributeValue(null, "id");
        if (id == null || !SECTION_ID.matcher(id).matches()) {
            throw error("expected a section id like A00-A09 or B10, found '" + id + "'");
        }
        String range = id.contains("-") ? id : id + "-" + id;
        TabularNode section = null;
        while (nextChild()) {
            String element = xml.getLocalName();
            if (element.equals("desc")) {
                section = new TabularNode(TabularNode.Level.SECTION, range, text(), line);
            } else if (element.equals("diag") && section != null) {
                section.children.add(diag());
            } else if (NOTE_ELEMENTS.containsKey(element) && section != null) {
                notes(section, NOTE_ELEMENTS.get(element));
            } else {
                throw unexpected("section " + id, "desc, then notes and diag");
            }
        }
        return required(section, "desc", "section " + id);
    }

    private TabularNode diag() throws XMLStreamException {
        int line = line();
        String name = null;
        TabularNode diag = null;
        while (nextChild()) {
            String element = xml.getLocalName();
            if (element.equals("name")) {
                name = text();
                if (!DIAG_NAME.matcher(name).matches()) {
                    throw error("expected a code like A00 or A00.01 in <name>, found '" + name + "'");
                }
            } else if (element.equals("desc")) {
                diag = new TabularNode(TabularNode.Level.DIAG, required(name, "name", "diag"), text(), line);
            } else if (diag == null) {
                throw error("expected <name> and <desc> first in <diag>, found <" + element + ">");
            } else if (element.equals("diag")) {
                diag.children.add(diag());
            } else if (element.equals("sevenChrDef")) {
                seventhCharacters(diag);
            } else if (element.equals("visualImpairment")) {
                skip(); // a table of visual acuity ranges at H54, not a note
            } else if (NOTE_ELEMENTS.containsKey(element)) {
                notes(diag, NOTE_ELEMENTS.get(element));
            } else {
                throw unexpected("diag " + diag.code, "name, desc, notes, sevenChrDef, diag");
            }
        }
        return required(diag, "desc", "diag " + name);
    }

    private void notes(TabularNode node, NoteKind kind) throws XMLStreamException {
        while (nextChild()) {
            if (!xml.getLocalName().equals("note")) {
                throw unexpected(kind.element() + " of " + node.code, "note");
            }
            node.addNote(kind, text());
        }
    }

    private void seventhCharacters(TabularNode node) throws XMLStreamException {
        while (nextChild()) {
            if (xml.getLocalName().equals("note") && !node.seventhCharacters.isEmpty()) {
                // A note inside the definitions is a further term of the character before it ("2 stable": "Old
                // central retinal vein occlusion"), printed below it: part of its meaning, not an instruction.
                int last = node.seventhCharacters.size() - 1;
                SeventhCharacter qualified = node.seventhCharacters.get(last);
                node.seventhCharacters.set(last, new SeventhCharacter(qualified.character(),
                        qualified.meaning() + "; " + text(), qualified.source()));
                continue;
            }
            if (!xml.getLocalName().equals("extension")) {
                throw unexpected("sevenChrDef of " + node.code, "extension or note");
            }
            String character = xml.getAttributeValue(null, "char");
            if (character == null || !character.matches("[0-9A-Z]")) {
                throw error("expected a 7th character (a letter or digit) in the char attribute of <extension> at "
                        + node.code + ", found '" + character + "'");
            }
            node.seventhCharacters.add(new SeventhCharacter(character.charAt(0), text(), node.code));
        }
    }

    /** Moves to the next child element of the current one; false at the current element's end tag. */
    private boolean nextChild() throws XMLStreamException {
        int event = xml.nextTag();
        return event == XMLStreamConstants.START_ELEMENT;
    }

    /** The element's text, with runs of white space folded to one space. */
    private String text() throws XMLStreamException {
        return xml.getElementText().strip().replaceAll("\\s+", " ");
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private <T> T required(T value, String element, String where) {
        if (value == null) {
            throw error("<" + element + "> missing in " + where);
        }
        return value;
    }

    private SourceFormatException unexpected(String where, String expected) {
        return error("unexpected element <" + xml.getLocalName() + "> in " + where + "; expected " + expected);
    }

    private SourceFormatException error(String problem) {
        return SourceFormatException.at(file, line(), problem);
    }
}
