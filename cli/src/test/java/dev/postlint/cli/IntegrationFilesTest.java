package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ready-made integrations that this machine cannot run (a GitHub runner, a Docker daemon) are at
 * least consistent with the build and the README: they parse, they use the archive the build makes, and
 * every input of the action is documented.
 */
class IntegrationFilesTest {
    private static final Path ROOT = Path.of("..");

    @SuppressWarnings("unchecked")
    private static <T> T yaml(String file) throws Exception {
        return (T) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ROOT.resolve(file)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionIsCompositeUsesTheDistributionAndEveryInputIsDocumented() throws Exception {
        Map<String, Object> action = yaml("action.yml");
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        String steps = runs.get("steps").toString();
        assertTrue(steps.contains("actions/setup-java") && steps.contains("upload-sarif"), steps);
        assertTrue(steps.contains("cli/target/postlint-*.tar.gz"), "the action unpacks the distribution");
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String input : ((Map<String, Object>) action.get("inputs")).keySet()) {
            assertTrue(readme.contains("`" + input + "`"), "README documents the action input " + input);
        }
    }

    @Test
    void theDockerfileBuildsAndUnpacksTheSameArchive() throws Exception {
        String docker = Files.readString(ROOT.resolve("Dockerfile"));
        assertTrue(docker.contains("package -pl cli -am") && docker.contains("cli/target/postlint-*.tar.gz"), docker);
        assertTrue(docker.contains("ENTRYPOINT [\"postlint\"]"), docker);
        assertTrue(Files.readString(ROOT.resolve("cli/src/assembly/distribution.xml"))
                .contains("<format>tar.gz</format>"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreCommitHooksCheckStagedMarkdownOffline() throws Exception {
        List<Map<String, Object>> hooks = yaml(".pre-commit-hooks.yaml");
        assertEquals(List.of("postlint", "postlint-build"), hooks.stream().map(h -> h.get("id")).toList());
        for (Map<String, Object> hook : hooks) {
            assertEquals("postlint check --offline --no-cache", hook.get("entry"));
            assertEquals("\\.(md|markdown)$", hook.get("files"));
        }
    }
}
