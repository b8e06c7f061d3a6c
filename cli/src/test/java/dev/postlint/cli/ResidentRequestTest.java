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
    /** The fields, each ended by NUL, as the launcher writes them. */
    private static ResidentRequest read(String... fields) throws IOException {
        String request = String.join("\0", fields) + "\0";
        return ResidentRequest.read(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRunCarriesFolderTerminalEnvironmentAndArguments() throws IOException {
        ResidentRequest run = read("run", "t0k", "042.7", "/home/ana/blog", "1", "2", "NO_COLOR=", "A=b=c",
                "3", "check", "", "caf\u00e9 posts");
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
        assertEquals(new ResidentRequest("err", "t", "9", "", false, Map.of(), List.of()), read("err", "t", "9"));
        assertEquals(new ResidentRequest("out", "t", "9", "", false, Map.of(), List.of()), read("out", "t", "9"));
        assertEquals(new ResidentRequest("stop", "t", "", "", false, Map.of(), List.of()), read("stop", "t"));
    }

    @Test
    void malformedOrOversizedRequestsAreRefused() {
        assertThrows(IOException.class, () -> read("exec", "t"));
        assertThrows(IOException.class, () -> read("run", "t", "id", "/", "0", "1", "NOEQUALS", "0"));
        assertThrows(IOException.class, () -> read("run", "t", "id", "/", "0", "-1"));
        assertThrows(IOException.class, () -> read("run", "t", "id", "/", "0", "0", "999999999"));
        assertThrows(IOException.class, () -> read("run", "t", "id", "/", "0", "0", "2", "check"));
        assertThrows(IOException.class, () -> read("run", "x".repeat(ResidentRequest.MAX_BYTES + 1)));
    }
}
