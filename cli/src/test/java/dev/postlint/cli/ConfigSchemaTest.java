package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.config.ConfigSchema;
import dev.postlint.core.config.ConfigTemplate;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.site.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schema of .postlint.yml: docs/ holds the one the rules make, and it agrees with the loader on
 * the README's config, the configs {@code init} writes, and configs with mistakes.
 */
class ConfigSchemaTest {
    private static final RuleRegistry RULES = RuleRegistry.loadBuiltIn();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(ConfigSchema.of(RULES));

    @TempDir
    Path dir;

    private static Set<String> problems(String yaml) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        JsonNode node = new ObjectMapper().valueToTree(data);
        Set<String> problems = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(node)) {
            problems.add(m.getInstanceLocation() + " " + m.getType());
        }
        return problems;
    }

    private void loads(String yaml) throws Exception {
        new ConfigLoader(RULES).load(Files.writeString(dir.resolve(".postlint.yml"), yaml));
    }

    @Test
    void theSchemaInDocsIsTheOneTheRulesMake() throws Exception {
        assertEquals(ConfigSchema.of(RULES), Files.readString(Path.of("../docs/postlint.schema.json")),
                "docs/postlint.schema.json is out of date: run ./postlint schema > docs/postlint.schema.json");
    }

    @Test
    void theReadmeConfigAndEveryInitConfigLoadAndValidate() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("## Configuration\\n.*?```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find());
        String example = m.group(1);
        assertEquals(Set.of(), problems(example), example);
        loads(example);
        for (Generator g : Generator.values()) {
            String template = ConfigTemplate.of(g, RULES);
            assertTrue(template.startsWith("# yaml-language-server: $schema=" + ConfigSchema.URL + "\n"));
            assertEquals(Set.of(), problems(template), g.name());
            loads(template);
            String uncommented = template.replaceAll("(?m)^  # ([a-z-]+:\\s+)(error|warning|info)\\s+#.*$", "  $1$2");
            assertEquals(Set.of(), problems(uncommented), "every rule line of the template, uncommented");
            loads(uncommented);
        }
    }

    @Test
    void mistakesTheLoaderRefusesTheSchemaRefusesToo() throws Exception {
        List<String> wrong = List.of(
                "rules:\n  inline-styles: off\n",
                "rules:\n  stale-year: {graceDays: soon}\n",
                "rules:\n  link-text: loud\n",
                "rulez: {}\n",
                "links:\n  timeout: 10s\n  retry: 3\n",
                "overrides:\n  - rules: {inline-style: off}\n");
        for (String yaml : wrong) {
            assertTrue(!problems(yaml).isEmpty(), "the schema takes: " + yaml);
            try {
                loads(yaml);
                throw new AssertionError("the loader takes: " + yaml);
            } catch (dev.postlint.core.config.ConfigException expected) {
                // Both refuse it.
            }
        }
        assertEquals(Set.of("$.rules additionalProperties"), problems(wrong.get(0)));
    }
}
