package dev.postlint.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {
    private static FrontMatter read(String text) {
        return FrontMatterReader.read(new SourceText(text));
    }

    @Test
    void keysAndValuesKeepTheirPositionsInTheFile() {
        FrontMatter fm = read("---\ntitle: Hello\nauthor:  \"Jo\"\n---\nBody\n");
        FrontMatterValue title = fm.get("title").orElseThrow();
        assertEquals(new Position(2, 1), title.keyPosition());
        assertEquals(new Position(2, 8), title.start());
        FrontMatterValue author = fm.get("author").orElseThrow();
        assertEquals(new Position(3, 10), author.start());
        assertEquals(new Position(3, 11), author.contentStart());
        assertEquals(new Position(3, 12), author.contentEnd());
        assertEquals(17 + "author:  \"Jo\"\n".length() + 4, fm.block().bodyStart());
    }

    @Test
    void locatesTextInsideFoldedAndBlockValues() {
        FrontMatter fm = read("---\ntitle: \"A long title about 2019\n  and 2020\"\ndescription: |\n  Line one\n  in 2018\n---\n");
        FrontMatterValue title = fm.get("title").orElseThrow();
        String text = title.text().orElseThrow();
        assertEquals(new Position(3, 7), title.locate(text.indexOf("2020"), "2020"));
        assertEquals(new Position(2, 28), title.locate(text.indexOf("2019"), "2019"));
        FrontMatterValue description = fm.get("description").orElseThrow();
        assertEquals(new Position(6, 6), description.locate(description.text().orElseThrow().indexOf("2018"), "2018"));
        assertEquals(new Position(5, 3), description.contentStart());
    }

    @Test
    void crlfFrontMatterIsRead() {
        FrontMatter fm = read("---\r\ntitle: Hi\r\ndate: 2020-01-02\r\n---\r\nText\r\n");
        assertTrue(fm.isReadable());
        assertEquals("Hi", fm.text("title").orElseThrow());
        assertEquals(new Position(3, 7), fm.get("date").orElseThrow().start());
    }

    @Test
    void syntaxErrorIsReportedWhereYamlFailsInTheFile() {
        FrontMatter fm = read("---\ntitle: ok\ntags: [a, b\nauthor: x\n---\n");
        assertFalse(fm.isReadable());
        assertEquals(1, fm.problems().size());
        FrontMatterProblem problem = fm.problems().get(0);
        assertTrue(problem.fatal());
        assertEquals(4, problem.position().line());
    }

    @Test
    void duplicateKeysAreAProblemButValuesStayReadable() {
        FrontMatter fm = read("---\ntitle: a\ntitle: b\n---\n");
        assertTrue(fm.isReadable());
        assertEquals(new Position(3, 1), fm.problems().get(0).position());
        assertFalse(fm.problems().get(0).fatal());
    }

    @Test
    void unclosedFrontMatterIsAProblemAtLineOne() {
        FrontMatter fm = read("---\ntitle: a\n\nBody text\n");
        assertFalse(fm.block().closed());
        assertEquals(Position.START, fm.problems().get(0).position());
    }

    @Test
    void noFrontMatterAndEmptyFiles() {
        assertFalse(read("# Just Markdown\n").isPresent());
        assertFalse(read("").isPresent());
        FrontMatter empty = read("---\n---\nBody");
        assertTrue(empty.isReadable());
        assertTrue(empty.entries().isEmpty());
    }

    @Test
    void tomlValuesKeepTheirTypesAndPositionsInNestedTables() {
        String text = "+++\ntitle = \"Grüße aus dem Garten\"\ndate = 2024-03-05\ndraft = false\n"
                + "tags = [\"a\", 'b c']\ndescription = \"\"\"\nZwei Zeilen.\"\"\"\n[extra]\nimage = \"/img/a b.png\"\n"
                + "[taxonomies]\ncategories = [\"x\"]\n+++\n# Body\n";
        FrontMatter fm = read(text);
        assertEquals(FrontMatterFormat.TOML, fm.format());
        assertTrue(fm.isReadable());
        assertEquals(List.of(), fm.problems());
        FrontMatterValue title = fm.get("title").orElseThrow();
        assertEquals("Grüße aus dem Garten", title.text().orElseThrow());
        assertEquals(List.of(new Position(2, 1), new Position(2, 9), new Position(2, 10), new Position(2, 29)),
                List.of(title.keyPosition(), title.start(), title.contentStart(), title.contentEnd()));
        assertTrue(title.isString() && title.isQuoted());
        FrontMatterValue date = fm.get("date").orElseThrow();
        assertEquals(FrontMatterValue.Kind.DATE, date.kind());
        assertEquals("2024-03-05", date.text().orElseThrow());
        assertEquals(new Position(3, 8), date.start());
        assertEquals(FrontMatterValue.Kind.BOOLEAN, fm.get("draft").orElseThrow().kind());
        List<FrontMatterValue> tags = fm.get("tags").orElseThrow().items();
        assertEquals(List.of("a", "b c"), tags.stream().map(t -> t.text().orElseThrow()).toList());
        assertEquals(List.of(new Position(5, 9), new Position(5, 14)), tags.stream().map(FrontMatterValue::start).toList());
        FrontMatterValue description = fm.get("description").orElseThrow();
        assertTrue(description.isBlockScalar());
        assertEquals("Zwei Zeilen.", description.text().orElseThrow());
        assertEquals(new Position(7, 1), description.contentStart());
        FrontMatterValue image = fm.get("extra.image").orElseThrow();
        assertEquals("/img/a b.png", image.text().orElseThrow());
        assertEquals(List.of(new Position(9, 1), new Position(9, 9)), List.of(image.keyPosition(), image.start()));
        assertEquals("x", fm.get("taxonomies.categories").orElseThrow().items().get(0).text().orElseThrow());
        FrontMatter inline = read("+++\nauthor = { name = \"Kim\", site = \"https://kim.example\" }\n"
                + "updated = 2024-03-05T10:00:00+01:00\n+++\n");
        FrontMatterValue name = inline.get("author.name").orElseThrow();
        assertEquals("Kim", name.text().orElseThrow());
        assertEquals(List.of(new Position(2, 12), new Position(2, 19)), List.of(name.keyPosition(), name.start()));
        assertTrue(inline.get("author").orElseThrow().isMapping());
        FrontMatterValue updated = inline.get("updated").orElseThrow();
        assertEquals(FrontMatterValue.Kind.DATE, updated.kind());
        assertEquals("2024-03-05T10:00:00+01:00", updated.text().orElseThrow());
        assertEquals(text.indexOf("# Body"), fm.block().bodyStart());
    }

    @Test
    void tomlMayFollowBlankLinesAsZolaAndHugoAllowButYamlMayNot() {
        String text = "\n\n+++\ntitle = \"Persona\"\n+++\n# Body\n";
        FrontMatter toml = read(text);
        assertEquals(FrontMatterFormat.TOML, toml.format());
        assertEquals(new Position(4, 9), toml.get("title").orElseThrow().start());
        assertEquals(text.indexOf("# Body"), toml.block().bodyStart());
        assertEquals(FrontMatterFormat.NONE, read("\n---\ntitle: x\n---\n").format(), "Jekyll wants --- on line 1");
    }

    @Test
    void tomlErrorsAndDuplicateKeysArePositioned() {
        FrontMatter broken = read("+++\ntitle = \"x\"\ntags = [\"a\",\n+++\n");
        assertEquals(1, broken.problems().size());
        FrontMatterProblem problem = broken.problems().get(0);
        assertTrue(problem.fatal());
        assertEquals(new Position(4, 1), problem.position());
        assertTrue(problem.message().startsWith("Front matter is not valid TOML: "), problem.message());
        FrontMatter twice = read("+++\ntitle = \"a\"\ndate = 2024-01-01\ntitle = \"b\"\n+++\n");
        assertEquals(List.of(new FrontMatterProblem(new Position(4, 1), "The key 'title' appears twice (first on line 2); "
                + "TOML forbids that, so Hugo and Zola stop with an error.", false)), twice.problems());
        assertEquals(List.of(new FrontMatterProblem(Position.START, "Front matter starts with '+++' on line 1 but has no "
                + "closing '+++' line, so the whole file is read as text.", true)), read("+++\ntitle = 1\n").problems());
    }

    @Test
    void jsonFrontMatterIsTheObjectThatOpensTheFile() {
        String text = "{\n  \"title\": \"Hallo \\\"Welt\\\"\",\n  \"tags\": [\"x\", \"y\"],\n"
                + "  \"params\": {\"image\": \"/a b.png\"},\n  \"draft\": true\n}\n# Body\n";
        FrontMatter fm = read(text);
        assertEquals(FrontMatterFormat.JSON, fm.format());
        assertTrue(fm.isReadable());
        FrontMatterValue title = fm.get("title").orElseThrow();
        assertEquals("Hallo \"Welt\"", title.text().orElseThrow());
        assertEquals(List.of(new Position(2, 4), new Position(2, 12), new Position(2, 13)),
                List.of(title.keyPosition(), title.start(), title.contentStart()));
        assertEquals(List.of(new Position(3, 12), new Position(3, 17)),
                fm.get("tags").orElseThrow().items().stream().map(FrontMatterValue::start).toList());
        FrontMatterValue image = fm.get("params.image").orElseThrow();
        assertEquals(List.of(new Position(4, 15), new Position(4, 23)), List.of(image.keyPosition(), image.start()));
        assertEquals(FrontMatterValue.Kind.BOOLEAN, fm.get("draft").orElseThrow().kind());
        assertEquals(text.indexOf("# Body"), fm.block().bodyStart());
        assertEquals(FrontMatterFormat.NONE, read("{% include note.html %}\nText\n").format());
    }

    @Test
    void jsonErrorsAndDuplicateKeysArePositioned() {
        FrontMatter broken = read("{\n  \"title\": \"x\",\n  \"date\" \"2024\"\n}\n");
        FrontMatterProblem problem = broken.problems().get(0);
        assertEquals(new Position(3, 10), problem.position());
        assertTrue(problem.message().startsWith("Front matter is not valid JSON: Unexpected character"), problem.message());
        FrontMatter twice = read("{\"a\": 1,\n \"a\": 2}\n");
        assertEquals(List.of(new FrontMatterProblem(new Position(2, 3), "The key 'a' appears twice (first on line 1); "
                + "only the last one counts.", false)), twice.problems());
    }

    @Test
    void nestedKeysAreReachedWithDots() {
        FrontMatter fm = read("---\nheader:\n  image: /a b.png\n---\n");
        FrontMatterValue image = fm.get("header.image").orElseThrow();
        assertEquals("/a b.png", image.text().orElseThrow());
        assertEquals(new Position(3, 10), image.start());
    }

    @Test
    void scalarRootIsAFatalProblem() {
        FrontMatter fm = read("---\njust text\n---\n");
        assertFalse(fm.isReadable());
        assertEquals(new Position(2, 1), fm.problems().get(0).position());
    }
}
