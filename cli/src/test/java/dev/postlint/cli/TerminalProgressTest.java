package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void aShortRunDrawsNothingALongOneDrawsFilesThenLinksAndClearsTheLine() throws Exception {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text, true));
        progress.files(1, 10);
        assertEquals("", text.toString(), "nothing in the first second");
        Thread.sleep(1100);
        progress.files(5, 10);
        assertTrue(text.toString().startsWith("\rChecking files [" + "#".repeat(15) + "-".repeat(15) + "] 5/10 ("),
                text.toString());
        assertTrue(text.toString().matches("(?s).*5/10 \\(\\d+ files/s\\)"), text.toString());
        progress.files(10, 10);
        assertTrue(text.toString().endsWith("\r" + " ".repeat(90) + "\r"), "cleared before the report");
        Thread.sleep(150);
        progress.progress(2, 4);
        assertTrue(text.toString().endsWith("\rChecking links [" + "#".repeat(15) + "-".repeat(15) + "] 2/4"));
    }
}
