package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in headless Chromium: the filters and sorting work, the page is usable on a
 * phone and without JavaScript, and posts full of script-injection payloads run nothing. Screenshots
 * go to target/html-report/. CI installs Chromium (.ci/run); elsewhere the test is skipped without it.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/html-report").toAbsolutePath();
    private static final String TITLE_PAYLOAD = "<script>alert('title')</script> Tips";
    private static final String BODY_PAYLOAD = "\"><img src=x onerror=alert('body')>";
    private static Path report;
    private static Path binary;

    @BeforeAll
    static void writeReport() throws Exception {
        Optional<Path> chromium = HeadlessChromium.binary();
        if (chromium.isEmpty()) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "Chromium is missing, but CI must have it (.ci/run)");
            Assumptions.abort("Chromium is not installed (apt-get install chromium)");
        }
        binary = chromium.get();
        Path site = OUT.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("2024-01-01-evil\"><svg onload=alert('path')>.md"), "---\ntitle: \""
                + TITLE_PAYLOAD + "\"\ndescription: \"</script><script>alert('description')</script>\"\ndate: 2024-01-01\n"
                + "author: a\n---\n" + BODY_PAYLOAD + "\n\n<p style=\"color:red\" onclick=\"alert('click')\">x</p>\n");
        Files.writeString(site.resolve("2024-02-01-plain.md"), "---\ntitle: \"A plain post \"\ndescription: Plain\n"
                + "date: 2024-02-01\nauthor: a\n---\n![](/a.png)\n\n## 1. One\n\n## 3. Three\n");
        Files.writeString(site.resolve("2024-03-01-busy.md"), "---\ntitle: \" Busy\"\ndescription: \" Busy\"\ndate: 2024-03-01\n"
                + "author: a\n---\n<style>p{}</style>\n\n<p style=\"x\">a</p>\n\n<b style=\"y\">b</b>\n");
        Path config = Files.writeString(OUT.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        report = OUT.resolve("report.html");
        CliRun run = CliRun.of("check", site.toString(), "--config", config.toString(), "--offline", "--format", "html",
                "--output", report.toString());
        assertEquals(1, run.exitCode(), run.err());
    }

    private static int visibleFindings(HeadlessChromium browser) throws Exception {
        return browser.evaluate("Array.from(document.querySelectorAll('li.finding')).filter(e => e.offsetParent !== null).length")
                .asInt();
    }

    @Test
    void filtersSortingAndNoScriptFromContent() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(binary)) {
            browser.navigate(report.toUri().toString());
            int total = browser.evaluate("document.querySelectorAll('li.finding').length").asInt();
            assertEquals(10, total);
            assertEquals(total, visibleFindings(browser));
            assertEquals("Showing 10 of 10 findings", browser.evaluate("document.querySelector('output').value").asText());

            browser.evaluate("document.querySelector('input[value=error]').click()");
            int errors = browser.evaluate("document.querySelectorAll('li.finding.sev-error').length").asInt();
            assertEquals(total - errors, visibleFindings(browser));
            browser.evaluate("document.querySelector('input[value=error]').click()");

            browser.evaluate("var s = document.querySelector('select[name=rule]'); s.value = 'inline-style';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}))");
            assertEquals(4, visibleFindings(browser));
            assertEquals(2, browser.evaluate("Array.from(document.querySelectorAll('article.post'))"
                    + ".filter(e => !e.hidden).length").asInt());
            browser.evaluate("var s = document.querySelector('select[name=rule]'); s.value = '';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}))");

            browser.evaluate("var t = document.querySelector('input[name=text]'); t.value = 'numbers skip';"
                    + "t.dispatchEvent(new Event('input', {bubbles: true}))");
            assertEquals(1, visibleFindings(browser));
            browser.evaluate("var t = document.querySelector('input[name=text]'); t.value = 'zzz-nothing';"
                    + "t.dispatchEvent(new Event('input', {bubbles: true}))");
            assertEquals(0, visibleFindings(browser));
            assertEquals(true, browser.evaluate("!document.getElementById('nothing').hidden").asBoolean());
            browser.evaluate("var t = document.querySelector('input[name=text]'); t.value = '';"
                    + "t.dispatchEvent(new Event('input', {bubbles: true}))");

            browser.evaluate("var s = document.querySelector('select[name=sort]'); s.value = 'count';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}))");
            assertEquals(List.of(5, 3, 2), counts(browser));
            browser.evaluate("var s = document.querySelector('select[name=sort]'); s.value = 'file';"
                    + "s.dispatchEvent(new Event('change', {bubbles: true}))");
            assertEquals(List.of(2, 3, 5), counts(browser));

            assertTrue(browser.evaluate("document.body.innerText").asText().contains(TITLE_PAYLOAD));
            assertTrue(browser.evaluate("document.body.innerText").asText().contains(BODY_PAYLOAD));
            assertEquals(0, browser.evaluate("document.querySelectorAll('img, svg, [onclick], [onerror], [onload]').length")
                    .asInt());
            assertEquals(1, browser.evaluate("document.scripts.length").asInt());
            browser.screenshot(OUT.resolve("report.png"));

            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 2, "mobile", true));
            browser.navigate(report.toUri().toString());
            assertTrue(browser.evaluate("document.documentElement.scrollWidth").asInt() <= 390,
                    "no sideways scrolling on a phone");
            browser.screenshot(OUT.resolve("report-phone.png"));

            assertEquals(List.of(), browser.eventsNamed("Page.javascriptDialogOpening"), "no alert may open");
            assertEquals(List.of(), browser.eventsNamed("Runtime.exceptionThrown"));
            assertEquals(List.of(), browser.eventsNamed("Log.entryAdded").stream()
                    .filter(e -> e.get("params").get("entry").get("level").asText().equals("error")).toList(),
                    "no console errors, not even blocked scripts");
        }
    }

    @Test
    void withoutJavaScriptEverythingIsVisible() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(binary)) {
            browser.send("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            browser.navigate(report.toUri().toString());
            assertEquals(10, visibleFindings(browser));
            assertEquals(true, browser.evaluate("document.getElementById('controls').hidden").asBoolean());
            browser.screenshot(OUT.resolve("report-no-js.png"));
        }
    }

    private static List<Integer> counts(HeadlessChromium browser) throws Exception {
        List<Integer> counts = new java.util.ArrayList<>();
        for (var n : browser.evaluate("Array.from(document.querySelectorAll('article.post')).map(a => Number(a.dataset.count))")) {
            counts.add(n.asInt());
        }
        return counts;
    }
}
