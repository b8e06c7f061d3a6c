package dev.postlint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/** The one Jackson set-up for JSON reports: two-space indentation, Unix line ends, a final newline. */
final class JsonWriting {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonWriting() {
    }

    /** Writes {@code value} as it goes, never the whole report in one string (a site of 50,000 posts gives 70 MB). */
    static void write(Object value, Appendable out) throws IOException {
        WRITER.writeValue(AppendableWriter.of(out), value);
        out.append('\n');
    }
}
