package dev.postlint.core.report;

import java.io.IOException;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written with {@link XMLStreamWriter}, which escapes; characters XML 1.0
 * cannot hold at all are dropped first.
 */
final class XmlReport {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    XmlReport() throws IOException {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlReport start(String name) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlReport attribute(String name, Object value) throws IOException {
        try {
            xml.writeAttribute(name, clean(String.valueOf(value)));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlReport text(String text) throws IOException {
        try {
            xml.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Ends the innermost element, on a line of its own when it holds other elements. */
    XmlReport end(boolean hadChildren) throws IOException {
        try {
            depth--;
            if (hadChildren) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    void writeTo(Appendable out) throws IOException {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.append(buffer.toString()).append('\n');
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
