package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit and Checkstyle XML, read back with an XML parser. */
class XmlReportsTest {
    @TempDir
    Path dir;
    Path posts;
    Path config;

    @BeforeEach
    void posts() throws Exception {
        config = Files.writeString(dir.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: \" A <b>&amp; title\"\ndescription: d\ndate: 2024-01-01\n"
                + "author: x\n---\n<p style=\"x\">a</p>\n\n![](/img/a b.png)\n");
        Files.writeString(posts.resolve("b.md"), "---\ntitle: B\ndescription: Another one\ndate: 2024-01-01\nauthor: x\n---\nClean.\n");
    }

    private Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void junitHasASuitePerFileACasePerRuleAndAFailurePerFindingAtTheFailLevel() throws Exception {
        Path out = dir.resolve("junit.xml");
        assertEquals(1, CliRun.of("check", posts.toString(), "--config", config.toString(), "--offline",
                "--format", "junit", "--output", out.toString()).exitCode());
        Document doc = parse(out);
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("2", root.getAttribute("failures"));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element a = (Element) suites.item(0);
        assertEquals(posts + "/a.md", a.getAttribute("name"));
        assertEquals("29", a.getAttribute("tests"));
        assertEquals(29, a.getElementsByTagName("testcase").getLength());
        List<String> failures = new ArrayList<>();
        NodeList f = a.getElementsByTagName("failure");
        for (int i = 0; i < f.getLength(); i++) {
            Element failure = (Element) f.item(i);
            failures.add(((Element) failure.getParentNode()).getAttribute("name") + " " + failure.getAttribute("message")
                    .substring(0, failure.getAttribute("message").indexOf(' ')));
        }
        assertEquals(List.of("image-path-spaces 9:5", "inline-style 7:4"), failures);
        assertEquals(0, ((Element) suites.item(1)).getElementsByTagName("failure").getLength());
        NodeList outs = a.getElementsByTagName("system-out");
        assertEquals(2, outs.getLength(), "warnings below the fail level are listed as output");
    }

    @Test
    void junitWithFailOnWarningCountsWarningsToo() throws Exception {
        Path out = dir.resolve("junit.xml");
        CliRun.of("check", posts.toString(), "--config", config.toString(), "--offline", "--fail-on", "warning",
                "--format", "junit", "--output", out.toString());
        assertEquals("4", parse(out).getDocumentElement().getAttribute("failures"));
    }

    @Test
    void checkstyleListsEveryFileAndErrorWithItsPosition() throws Exception {
        Path out = dir.resolve("checkstyle.xml");
        CliRun.of("check", posts.toString(), "--config", config.toString(), "--offline", "--format", "checkstyle",
                "--output", out.toString());
        Document doc = parse(out);
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());
        NodeList files = doc.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        List<String> errors = new ArrayList<>();
        NodeList e = ((Element) files.item(0)).getElementsByTagName("error");
        for (int i = 0; i < e.getLength(); i++) {
            Element error = (Element) e.item(i);
            errors.add(error.getAttribute("line") + ":" + error.getAttribute("column") + " " + error.getAttribute("severity")
                    + " " + error.getAttribute("source"));
        }
        assertEquals(List.of("2:9 warning postlint.front-matter-whitespace", "7:4 error postlint.inline-style",
                "9:1 warning postlint.image-alt-missing", "9:5 error postlint.image-path-spaces"), errors);
        assertEquals(0, ((Element) files.item(1)).getElementsByTagName("error").getLength());
    }
}
