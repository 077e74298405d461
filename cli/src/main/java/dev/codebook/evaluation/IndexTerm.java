package dev.codebook.evaluation;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One entry of an agency's alphabetic index: the term path a coder follows (main term, then subterms) and what it
 * leads to. Read from the ICD-10-CM Neoplasm Table and Table of Drugs and Chemicals ({@code ICD10CM.index}: a code per
 * column, {@code cell col=".."}) and from the ICD-10-PCS Index ({@code ICD10PCS.index}: full codes, code prefixes
 * and tables, also inside {@code see} references).
 *
 * @param path  the titles from the main term down, each with its nonessential modifiers in parentheses
 * @param cells per table column number, the code the column gives (a cell of "-" or "--" gives none)
 * @param codes the ICD-10-PCS codes, code prefixes and tables the entry names, as written
 */
record IndexTerm(List<String> path, Map<Integer, String> cells, List<String> codes) {

    IndexTerm {
        path = List.copyOf(path);
        cells = Map.copyOf(cells);
        codes = List.copyOf(codes);
    }

    private static final Set<String> TERMS = Set.of("mainTerm", "term");
    private static final Set<String> CODES = Set.of("code", "codes", "tab");

    /** Every main term and subterm of an index file, in file order. */
    static List<IndexTerm> read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<IndexTerm> terms = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Deque<Open> open = new ArrayDeque<>();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    if (xml.getEventType() == XMLStreamConstants.END_ELEMENT && TERMS.contains(xml.getLocalName())) {
                        Open done = open.pop();
                        terms.add(new IndexTerm(done.path, done.cells, done.codes));
                    }
                    continue;
                }
                String name = xml.getLocalName();
                if (TERMS.contains(name)) {
                    open.push(new Open(open.isEmpty() ? List.of() : open.peek().path));
                } else if (open.isEmpty()) {
                    continue;
                } else if (name.equals("title")) {
                    List<String> path = new ArrayList<>(open.peek().path);
                    path.add(text(xml));
                    open.peek().path = path;
                } else if (name.equals("cell")) {
                    String column = xml.getAttributeValue(null, "col");
                    String code = text(xml);
                    if (column == null || !column.matches("\\d+")) {
                        throw SourceFormatException.at(file.toString(), xml.getLocation().getLineNumber(),
                                "expected a cell with a column number, col=\"2\"; got col=\"" + column + "\"");
                    }
                    if (!code.isEmpty() && !code.matches("-+")) {
                        open.peek().cells.put(Integer.parseInt(column), code);
                    }
                } else if (CODES.contains(name)) {
                    open.peek().codes.add(text(xml));
                }
            }
            if (!open.isEmpty()) {
                throw SourceFormatException.at(file.toString(), xml.getLocation().getLineNumber(),
                        "the file ends inside a term");
            }
        } catch (XMLStreamException e) {
            throw SourceFormatException.at(file.toString(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), "not well-formed XML: "
                            + e.getMessage());
        }
        return terms;
    }

    /** The text of the current element and of the elements inside it (a title's nonessential modifiers). */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    text.append(' ');
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** A term being read: its path so far and what it leads to. */
    private static final class Open {
        List<String> path;
        final Map<Integer, String> cells = new LinkedHashMap<>();
        final List<String> codes = new ArrayList<>();

        Open(List<String> path) {
            this.path = path;
        }
    }
}
