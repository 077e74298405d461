package dev.codebook.builder.spi;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Opens release XML files safely (no DTDs, no external entities) and says plainly when one is not well-formed. */
public final class XmlInput {

    private XmlInput() {
    }

    /** A streaming reader of {@code in}, text coalesced; the caller closes it. */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in, "UTF-8");
    }

    /** The parser's complaint, with the file and line, without its own prefix. */
    public static SourceFormatException notWellFormed(String file, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*",
                "");
        return SourceFormatException.at(file, line, "not well-formed XML, or the file is cut short: " + message);
    }

    /** Closes the reader after a read that already succeeded or failed. */
    public static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the read already failed or finished; nothing more to report
            }
        }
    }
}
