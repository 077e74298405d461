package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.XmlInput;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ICD-10-PCS XML files (tables, definitions, index) read into a small element tree that keeps each element's
 * line, so the readers of each format can say where a file departs from it. The files are a few megabytes: a tree is
 * simpler to read than a stream, and costs little.
 */
final class PcsXml {

    /** One element: its name, attributes, own text (trimmed), children in order and the line it starts on. */
    record Element(String name, Map<String, String> attributes, String text, List<Element> children, int line) {

        List<Element> all(String child) {
            return children.stream().filter(element -> element.name().equals(child)).toList();
        }

        Optional<Element> first(String child) {
            return children.stream().filter(element -> element.name().equals(child)).findFirst();
        }

        /** The text of the one child of that name, which must be there. */
        String required(String file, String child) {
            return first(child).map(Element::text).filter(text -> !text.isEmpty()).orElseThrow(() ->
                    SourceFormatException.at(file, line, "<" + name + "> has no <" + child + ">"));
        }

        String attribute(String file, String attribute) {
            String value = attributes.get(attribute);
            if (value == null || value.isBlank()) {
                throw SourceFormatException.at(file, line, "<" + name + "> has no " + attribute + " attribute");
            }
            return value;
        }
    }

    private PcsXml() {
    }

    /** Reads the file; its root element must be {@code root}, which the message names as {@code what}. */
    static Element read(String file, InputStream in, String root, String what) {
        XMLStreamReader xml = null;
        try {
            xml = XmlInput.open(in);
            Element top = tree(xml);
            if (!top.name().equals(root)) {
                throw SourceFormatException.at(file, top.line(), "expected the root element <" + root + "> of "
                        + what + ", found <" + top.name() + ">");
            }
            return top;
        } catch (XMLStreamException e) {
            throw XmlInput.notWellFormed(file, e);
        } finally {
            XmlInput.close(xml);
        }
    }

    private static Element tree(XMLStreamReader xml) throws XMLStreamException {
        record Open(String name, Map<String, String> attributes, StringBuilder text, List<Element> children, int line) {
        }
        Deque<Open> open = new ArrayDeque<>();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    open.push(new Open(xml.getLocalName(), attributes, new StringBuilder(), new ArrayList<>(),
                            xml.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().text().append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Open done = open.pop();
                    Element element = new Element(done.name(), Map.copyOf(done.attributes()),
                            done.text().toString().strip(), List.copyOf(done.children()), done.line());
                    if (open.isEmpty()) {
                        return element;
                    }
                    open.peek().children().add(element);
                }
                default -> { } // comments, processing instructions, the document's start and end
            }
        }
        throw new XMLStreamException("the file ends inside <" + (open.isEmpty() ? "?" : open.peek().name()) + ">");
    }
}
