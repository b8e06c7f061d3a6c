package dev.postlint.core.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
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
    void tomlFrontMatterIsRecognisedSoTheBodyStartsAfterIt() {
        FrontMatter fm = read("+++\ntitle = \"x\"\n+++\n# Body\n");
        assertEquals(FrontMatterFormat.TOML, fm.format());
        assertEquals("+++\ntitle = \"x\"\n+++\n".length(), fm.block().bodyStart());
        assertFalse(fm.isReadable());
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
