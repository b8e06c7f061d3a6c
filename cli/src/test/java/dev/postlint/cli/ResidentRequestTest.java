package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the resident process reads from a connection: the launcher's fields, and nothing unbounded. */
class ResidentRequestTest {
    private static ResidentRequest read(String fields) throws IOException {
        return ResidentRequest.read(new ByteArrayInputStream(fields.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRunCarriesFolderTerminalEnvironmentAndArguments() throws IOException {
        ResidentRequest run = read("run\0t0k\0042.7\0/home/ana/blog\0" + "1\0" + "2\0NO_COLOR=\0A=b=c\0"
                + "3\0check\0\0caf\u00e9 posts\0");
        assertEquals("run", run.kind());
        assertEquals("t0k", run.token());
        assertEquals("042.7", run.id());
        assertEquals("/home/ana/blog", run.workingDir());
        assertTrue(run.interactive());
        assertEquals(Map.of("NO_COLOR", "", "A", "b=c"), run.environment());
        assertEquals(List.of("check", "", "caf\u00e9 posts"), run.args());
    }

    @Test
    void channelsAndStopNameOnlyTokenAndId() throws IOException {
        assertEquals(new ResidentRequest("err", "t", "9", "", false, Map.of(), List.of()), read("err\0t\0009\0"));
        assertEquals(new ResidentRequest("out", "t", "9", "", false, Map.of(), List.of()), read("out\0t\0009\0"));
        assertEquals(new ResidentRequest("stop", "t", "", "", false, Map.of(), List.of()), read("stop\0t\0"));
    }

    @Test
    void malformedOrOversizedRequestsAreRefused() {
        assertThrows(IOException.class, () -> read("exec\0t\0"));
        assertThrows(IOException.class, () -> read("run\0t\0id\0/\0" + "0\0" + "1\0NOEQUALS\0" + "0\0"));
        assertThrows(IOException.class, () -> read("run\0t\0id\0/\0" + "0\0" + "-1\0"));
        assertThrows(IOException.class, () -> read("run\0t\0id\0/\0" + "0\0" + "0\0" + "999999999\0"));
        assertThrows(IOException.class, () -> read("run\0t\0id\0/\0" + "0\0" + "0\0" + "2\0check\0"));
        assertThrows(IOException.class, () -> read("run\0" + "x".repeat(ResidentRequest.MAX_BYTES + 1)));
    }
}
