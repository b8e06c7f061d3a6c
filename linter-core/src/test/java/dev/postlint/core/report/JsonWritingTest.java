package dev.postlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.CharBuffer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonWritingTest {
    record Item(int n, String text) {
    }

    record Doc(String tool, List<Item> items) {
    }

    @Test
    void theSameTextStreamsIntoABuilderAWriterAndAnyOtherAppendable() throws Exception {
        Doc doc = new Doc("postlint", IntStream.range(0, 20_000).mapToObj(i -> new Item(i, "ä \"q\" " + i)).toList());
        StringBuilder builder = new StringBuilder();
        JsonWriting.write(doc, builder);
        StringWriter writer = new StringWriter();
        JsonWriting.write(doc, writer);
        CharBuffer buffer = CharBuffer.allocate(builder.length());
        JsonWriting.write(doc, buffer);

        assertEquals(builder.toString(), writer.toString());
        assertEquals(builder.toString(), buffer.flip().toString());
        String text = builder.toString();
        assertEquals("{\n  \"tool\": \"postlint\",\n  \"items\": [\n    {\n      \"n\": 0,\n      \"text\": \"ä \\\"q\\\" 0\"\n    },",
                text.substring(0, text.indexOf("},") + 2));
        assertEquals("    }\n  ]\n}\n", text.substring(text.length() - 12));
        assertEquals(20_000, text.split("\"n\": ", -1).length - 1);
    }
}
