package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed} in a real git repository made here: a pull request's posts, and what involves them. */
class ChangedTest {
    @TempDir
    Path repo;

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    }

    private static String post(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body + "\n";
    }

    @BeforeEach
    void repository() throws Exception {
        git("init", "-q");
        Files.writeString(repo.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        Files.writeString(repo.resolve("old.md"), post("Notes on the spring garden", "<b style=\"x\">old</b>"));
        Files.writeString(repo.resolve("edited.md"), post("Watering in summer", "Fine."));
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        git("checkout", "-q", "-b", "feature");
        Files.writeString(repo.resolve("edited.md"), post("Watering in summer", "<i style=\"x\">new</i>"));
        git("commit", "-q", "-am", "edit");
        Files.writeString(repo.resolve("new.md"), post("Notes on the spring garden", "Untracked, not ignored."));
    }

    private List<String> check(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", repo.toString(), "--offline", "--no-cache",
                "--format", "json", "--config", repo.resolve(".postlint.yml").toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            found.add(Path.of(f.get("file").asText()).getFileName() + " " + f.get("rule").asText() + " "
                    + f.get("line").asInt());
        }
        return found;
    }

    @Test
    void onlyChangedPostsAndTheCrossPostFindingsThatInvolveThem() throws Exception {
        assertEquals(List.of("edited.md inline-style 4", "new.md duplicate-title 2", "old.md duplicate-title 2"),
                check("--changed"), "against the merge base with main; old.md's style is not this branch's doing");
        assertEquals(List.of("new.md duplicate-title 2", "old.md duplicate-title 2"), check("--changed=HEAD"));
        assertEquals(List.of("edited.md inline-style 4", "new.md duplicate-title 2", "old.md duplicate-title 2",
                "old.md inline-style 4"), check());
    }

    @Test
    void aRefThatIsNoCommitIsAUsageError() throws Exception {
        CliRun bad = CliRun.of("check", repo.toString(), "--offline", "--changed=no-such-branch");
        assertEquals(2, bad.exitCode());
        assertEquals("postlint: --changed: 'no-such-branch' names no commit in " + repo + "\n", bad.err());
        CliRun notARepository = CliRun.of("check", repo.resolve("..").toString(), "--offline", "--changed");
        assertEquals(2, notARepository.exitCode());
    }
}
