package dev.postlint.core.frontmatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON front matter (Hugo: an object at the very start of the file) with Jackson's streaming parser and its token locations. */
final class JsonFrontMatter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final SourceText source;
    private final FrontMatterBlock block;
    private final List<FrontMatterProblem> problems;

    private JsonFrontMatter(SourceText source, FrontMatterBlock block, List<FrontMatterProblem> problems) {
        this.source = source;
        this.block = block;
        this.problems = problems;
    }

    static void read(SourceText source, FrontMatterBlock block, List<FrontMatterValue> entries,
                     List<FrontMatterProblem> problems) {
        new JsonFrontMatter(source, block, problems).read(entries);
    }

    private void read(List<FrontMatterValue> entries) {
        String json = source.text().substring(block.contentStart(), block.contentEnd());
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new FrontMatterProblem(Position.START, "Front matter must be a JSON object.", true));
                return;
            }
            entries.addAll(members(parser, ""));
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            Position position = at == null ? Position.START : source.position(block.contentStart() + (int) at.getCharOffset());
            problems.add(new FrontMatterProblem(position, "Front matter is not valid JSON: "
                    + FrontMatterReader.firstLine(e.getOriginalMessage()) + ".", true));
        } catch (IOException e) {
            problems.add(new FrontMatterProblem(Position.START, "Front matter cannot be read: " + e.getMessage() + ".",
                    true));
        }
    }

    /** The members of the object whose START_OBJECT was just read, up to its END_OBJECT. */
    private List<FrontMatterValue> members(JsonParser parser, String prefix) throws IOException {
        List<FrontMatterValue> values = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position keyPosition = source.position(offset(parser.currentTokenLocation()) + 1);
            Position earlier = seen.putIfAbsent(name, keyPosition);
            if (earlier != null) {
                problems.add(FrontMatterProblem.duplicateKey(name, keyPosition, earlier));
            }
            parser.nextToken();
            values.add(value(parser, prefix.isEmpty() ? name : prefix + "." + name, keyPosition));
        }
        return values;
    }

    private FrontMatterValue value(JsonParser parser, String path, Position keyPosition) throws IOException {
        int start = offset(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<FrontMatterValue> children = members(parser, path);
            int end = offset(parser.currentLocation());
            return new FrontMatterValue(path, keyPosition, FrontMatterValue.Kind.MAPPING, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, children);
        }
        if (token == JsonToken.START_ARRAY) {
            List<FrontMatterValue> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Position at = source.position(offset(parser.currentTokenLocation()));
                items.add(value(parser, path + "[" + items.size() + "]", at));
            }
            int end = offset(parser.currentLocation());
            return new FrontMatterValue(path, keyPosition, FrontMatterValue.Kind.SEQUENCE, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, items);
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        int end = offset(parser.currentLocation());
        FrontMatterValue.Kind kind = switch (token) {
            case VALUE_STRING -> FrontMatterValue.Kind.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> FrontMatterValue.Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> FrontMatterValue.Kind.BOOLEAN;
            default -> FrontMatterValue.Kind.NULL;
        };
        boolean quoted = kind == FrontMatterValue.Kind.STRING;
        return new FrontMatterValue(path, keyPosition, kind,
                quoted ? FrontMatterValue.Style.QUOTED : FrontMatterValue.Style.PLAIN, text, source, start, end,
                quoted ? start + 1 : start, quoted ? end - 1 : end, List.of());
    }

    private int offset(JsonLocation location) {
        return block.contentStart() + (int) location.getCharOffset();
    }
}
