package dev.postlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final RuleOption<Integer> LIMIT = RuleOption.integer("limit", 5, "a limit");

    /** A rule with one option, so the loader can be tested without the built-in rules. */
    static final class SampleRule extends RuleDefinition implements PostRule {
        SampleRule() {
            super("sample-rule", Severity.WARNING, Category.SEO, "sample", LIMIT);
        }

        @Override
        public void check(Post post, RuleContext context) {
        }
    }

    @TempDir
    Path dir;

    private final SampleRule rule = new SampleRule();
    private final ConfigLoader loader = new ConfigLoader(new RuleRegistry(List.of(rule)));

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(".postlint.yml"), yaml);
    }

    @Test
    void readsSeverityOptionsAndFrontMatterSettings() throws Exception {
        Config config = loader.load(write("exclude: [drafts/**]\nfrontMatter:\n  required: [title]\n"
                + "  imageFields: [hero]\nrules:\n  sample-rule:\n    severity: error\n    limit: 9\n"));
        assertEquals(Severity.ERROR, config.severityOf(rule));
        assertEquals(9, config.optionOf(rule, LIMIT));
        assertEquals(List.of("title"), config.frontMatter().required());
        assertEquals(List.of("hero"), config.frontMatter().imageFields());
        assertEquals(List.of("**/node_modules/**", "**/vendor/**", "**/_site/**", "**/public/**", "**/target/**",
                "**/.*/**", "drafts/**"), config.exclude(), "an exclude adds to the defaults");
        assertEquals(dir.toAbsolutePath().normalize(), config.baseDir());
    }

    @Test
    void offTurnsARuleOff() throws Exception {
        assertTrue(!loader.load(write("rules:\n  sample-rule: off\n")).isEnabled(rule));
        assertTrue(!loader.load(write("rules:\n  sample-rule:\n    severity: off\n")).isEnabled(rule));
    }

    @Test
    void aCategoryIsSetUnderRulesOrCategoriesAndARuleEntryWins() throws Exception {
        assertTrue(!loader.load(write("rules:\n  seo: off\n")).isEnabled(rule));
        assertEquals(Severity.INFO, loader.load(write("categories:\n  seo: info\n")).severityOf(rule));
        Config ruleWins = loader.load(write("categories:\n  seo: off\nrules:\n  sample-rule: error\n"));
        assertTrue(ruleWins.isEnabled(rule));
        assertEquals(Severity.ERROR, ruleWins.severityOf(rule));
        Config optionsOnly = loader.load(write("categories:\n  seo: info\nrules:\n  sample-rule:\n    limit: 3\n"));
        assertEquals(Severity.INFO, optionsOnly.severityOf(rule), "a rule given only options keeps its category's level");
        assertEquals(3, optionsOnly.optionOf(rule, LIMIT));
        assertTrue(loader.load(write("categories:\n  links: off\n")).isEnabled(rule), "other categories are untouched");
    }

    @Test
    void unknownCategoryOrLevelIsAnErrorWithLineAndColumn() throws Exception {
        Path file = write("categories:\n  sea: off\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertEquals(file + ":2:3: unknown category 'sea' (did you mean 'seo'?); the categories are front-matter, "
                + "images, headings, links, seo, style, readability, suppressions", e.getMessage());
        Path level = write("rules:\n  seo: loud\n");
        e = assertThrows(ConfigException.class, () -> loader.load(level));
        assertEquals(level + ":2:8: the severity of category 'seo' must be error, warning, info or off", e.getMessage());
    }

    @Test
    void allowPrivateAddressesTakesABooleanOrAListOfHostsAndRanges() throws Exception {
        java.net.InetAddress[] internal = {java.net.InetAddress.getByName("10.1.2.3")};
        Config list = loader.load(write("links:\n  allowPrivateAddresses: [wiki.corp.test, 10.1.0.0/16]\n"));
        assertEquals(java.util.Optional.empty(), list.links().addressPolicy().refusal("build.test", internal));
        assertEquals(java.util.Optional.of("a loopback address"), list.links().addressPolicy().refusal("127.0.0.1",
                new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")}));
        assertEquals(java.util.Optional.empty(), loader.load(write("links:\n  allowPrivateAddresses: true\n"))
                .links().addressPolicy().refusal("127.0.0.1", internal));
        Path bad = write("links:\n  allowPrivateAddresses: [10.0.0.0/40]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(bad));
        assertEquals(bad + ":2:26: 'links.allowPrivateAddresses' takes true, false or a list of host names and CIDR "
                + "ranges such as 10.1.0.0/16; '10.0.0.0/40' is neither", e.getMessage());
    }

    @Test
    void markdownExtensionsReplaceTheGeneratorsDefaults() throws Exception {
        assertEquals(java.util.Optional.empty(), loader.load(write("include: ['**/*.md']\n")).markdownExtensions());
        assertEquals(java.util.Optional.of(java.util.Set.of(dev.postlint.core.markdown.MarkdownExtension.TABLES,
                dev.postlint.core.markdown.MarkdownExtension.DEFINITION_LISTS)),
                loader.load(write("markdown:\n  extensions: [tables, definitionLists]\n")).markdownExtensions());
        Path bad = write("markdown:\n  extensions: [footnote]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(bad));
        assertEquals(bad + ":2:15: unknown Markdown extension 'footnote' (did you mean 'footnotes'?); postlint reads "
                + "tables, strikethrough, taskLists, footnotes, definitionLists", e.getMessage());
    }

    @Test
    void aHostsKeyIsAHostNameOrAnOrigin() throws Exception {
        Config config = loader.load(write("links:\n  hosts:\n    \"http://wiki.test:8080\":\n      maxConcurrency: 2\n"
                + "    api.test:\n      maxConcurrency: 3\n"));
        assertEquals(java.util.Set.of("http://wiki.test:8080", "api.test"), config.links().hosts().keySet());
        Path bad = write("links:\n  hosts:\n    \"https://api.test/v1\":\n      maxConcurrency: 2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(bad));
        assertEquals(bad + ":3:5: 'links.hosts' takes host names or origins such as https://api.example.com:8443, "
                + "not 'https://api.test/v1'", e.getMessage());
    }

    @Test
    void siteGeneratorIsOneOfTheThreeOrNone() throws Exception {
        assertEquals(java.util.Optional.of(dev.postlint.core.site.Generator.ZOLA),
                loader.load(write("site:\n  generator: zola\n")).site().generator());
        assertEquals(java.util.Optional.of(dev.postlint.core.site.Generator.UNKNOWN),
                loader.load(write("site:\n  generator: none\n")).site().generator());
        Path file = write("site:\n  generator: eleventy\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertEquals(file + ":2:14: 'site.generator' must be jekyll, hugo, zola or none", e.getMessage());
    }

    @Test
    void overridesApplyToTheFilesTheirGlobsMatchLaterEntriesWinning() throws Exception {
        Config config = loader.load(write("""
                rules:
                  sample-rule: {severity: error, limit: 9}
                frontMatter: {imageFields: [hero]}
                overrides:
                  - files: ["_drafts/**", "legacy/*.md"]
                    rules: {sample-rule: warning}
                    frontMatter: {required: [title]}
                  - files: ["legacy/old.md"]
                    rules: {seo: off, sample-rule: {limit: 2}}
                  - files: ["_drafts/off/**"]
                    rules: {sample-rule: off}
                """));
        Config draft = config.forFile(dir.resolve("_drafts/a/post.md"));
        assertEquals(Severity.WARNING, draft.severityOf(rule));
        assertEquals(9, draft.optionOf(rule, LIMIT), "an override's severity keeps the options set above it");
        assertEquals(List.of("title"), draft.frontMatter().required());
        assertEquals(List.of("hero"), draft.frontMatter().imageFields(), "what an override leaves out stays");
        Config old = config.forFile(dir.resolve("legacy/old.md"));
        assertEquals(Severity.WARNING, old.severityOf(rule), "the rule's own entry wins over its category's");
        assertEquals(2, old.optionOf(rule, LIMIT));
        assertFalse(config.forFile(dir.resolve("_drafts/off/x.md")).isEnabled(rule));
        Config other = config.forFile(dir.resolve("posts/new.md"));
        assertEquals(Severity.ERROR, other.severityOf(rule));
        assertEquals(config.frontMatter(), other.frontMatter());
        assertTrue(config.isEnabledAnywhere(rule));
    }

    @Test
    void aRuleOffEverywhereButInAnOverrideRunsThere() throws Exception {
        Config config = loader.load(write("rules: {sample-rule: off}\noverrides:\n  - files: [strict/**]\n"
                + "    rules: {seo: error}\n"));
        assertFalse(config.isEnabled(rule));
        assertTrue(config.isEnabledAnywhere(rule));
        assertTrue(config.forFile(dir.resolve("strict/p.md")).isEnabled(rule), "the category turns it on there");
        assertFalse(config.forFile(dir.resolve("p.md")).isEnabled(rule));
    }

    @Test
    void aBadOverrideIsAnErrorAtItsLine() throws Exception {
        Path noFiles = write("overrides:\n  - rules: {sample-rule: off}\n");
        assertEquals(noFiles + ":2:5: an entry of 'overrides' needs 'files', the globs of the files it is for",
                assertThrows(ConfigException.class, () -> loader.load(noFiles)).getMessage());
        Path badGlob = write("overrides:\n  - files: ['**/*.{md']\n");
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(badGlob)).getMessage()
                .startsWith(badGlob + ":2:12: '**/*.{md' in overrides.files is not a valid glob"));
        Path typo = write("overrides:\n  - files: [a]\n    rulez: {}\n");
        assertEquals(typo + ":3:5: unknown setting 'overrides.rulez' (did you mean 'overrides.rules'?); known "
                + "settings are files, rules and frontMatter",
                assertThrows(ConfigException.class, () -> loader.load(typo)).getMessage());
    }

    @Test
    void defaultsCanBeLeftOut() throws Exception {
        Config config = loader.load(write("include: [\"_posts/**\"]\nincludeDefaults: false\nexclude: [old/**]\n"
                + "excludeDefaults: false\ngitignore: false\n"));
        assertEquals(List.of("_posts/**"), config.include());
        assertEquals(List.of("old/**"), config.exclude());
        assertFalse(config.gitignore());
        assertTrue(loader.load(write("")).gitignore());
    }

    @Test
    void aMisspeltRuleGetsTheClosestName() throws Exception {
        Path file = write("rules:\n  sample-rul: error\n");
        assertEquals(file + ":2:3: unknown rule 'sample-rul' (did you mean 'sample-rule'?); run 'postlint rules' to "
                + "list the rules and their categories",
                assertThrows(ConfigException.class, () -> loader.load(file)).getMessage());
    }

    @Test
    void unknownRuleIsAnErrorWithLineAndColumn() throws Exception {
        Path file = write("rules:\n  sample-rule: warning\n  no-such-rule: error\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertEquals(file + ":3:3: unknown rule 'no-such-rule'; run 'postlint rules' to list the rules and their categories", e.getMessage());
    }

    @Test
    void wrongOptionTypeNamesTheValue() throws Exception {
        Path file = write("rules:\n  sample-rule:\n    limit: lots\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertEquals(file + ":3:12: option 'limit' of rule 'sample-rule' must be a whole number", e.getMessage());
    }

    @Test
    void unknownOptionAndBadSeverity() throws Exception {
        Path a = write("rules:\n  sample-rule:\n    limt: 3\n");
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(a)).getMessage()
                .startsWith(a + ":3:5: rule 'sample-rule' has no option 'limt'; it takes severity, limit"));
        Path b = write("rules:\n  sample-rule: fatal\n");
        assertEquals(b + ":2:16: the severity of rule 'sample-rule' must be error, warning, info or off",
                assertThrows(ConfigException.class, () -> loader.load(b)).getMessage());
    }

    @Test
    void badYamlIsOneLineWithPosition() throws Exception {
        Path file = write("rules:\n  sample-rule: [error\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertTrue(e.getMessage().startsWith(file + ":3:1: not valid YAML"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void unknownTopLevelSetting() throws Exception {
        Path file = write("include: ['**/*.md']\nrulez: {}\n");
        assertEquals(file + ":2:1: unknown setting 'rulez' (did you mean 'rules'?); known settings are include, exclude, "
                        + "includeDefaults, excludeDefaults, gitignore, frontMatter, limits, markdown, rules, categories, site, links and "
                        + "overrides",
                assertThrows(ConfigException.class, () -> loader.load(file)).getMessage());
    }

    @Test
    void locateFindsTheNearestParentConfig() throws Exception {
        Path config = write("rules: {}\n");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(config.toAbsolutePath().normalize(), ConfigLoader.locate(nested).orElseThrow());
    }

    @Test
    void siteAndLinksSections() throws Exception {
        Config config = loader.load(write("site:\n  root: site\n  static: [static]\n  baseUrl: https://ex.org/blog/\n"
                + "  permalink: pretty\n  collections: {docs: /docs/:path/}\n  slugs: kramdown\n  extraPaths: [/feed.xml]\n"
                + "links:\n  external: false\n  timeout: 500ms\n  retries: 1\n  accept: [200-299, 403]\n"
                + "  exclude: ['linkedin']\n  cache: {dir: .c, maxAge: 2h}\n"
                + "  hosts: {API.ex.org: {maxConcurrency: 2, headers: {X-Token: '${env:T}'}}}\n"));
        assertEquals(dir.resolve("site").toAbsolutePath().normalize(), config.site().root().orElseThrow());
        assertEquals("pretty", config.site().permalink());
        assertEquals(dev.postlint.core.site.SlugStyle.KRAMDOWN, config.site().slugs().orElseThrow());
        assertEquals(List.of("/feed.xml"), config.site().extraPaths());
        assertTrue(!config.links().external());
        assertEquals(java.time.Duration.ofMillis(500), config.links().timeout());
        assertTrue(config.links().accepts(403) && config.links().accepts(204) && !config.links().accepts(404));
        assertEquals(dir.resolve(".c").toAbsolutePath().normalize(), config.links().cacheDir().toAbsolutePath().normalize());
        assertEquals(java.time.Duration.ofHours(2), config.links().cacheMaxAge());
        assertEquals(2, config.links().hosts().get("api.ex.org").maxConcurrency().getAsInt());
    }

    @Test
    void siteAndLinksErrorsNameTheLine() throws Exception {
        Path a = write("links:\n  timeout: soon\n");
        assertEquals(a + ":2:12: 'links.timeout' must be a duration such as 500ms, 20s, 5m, 2h or 1d",
                assertThrows(ConfigException.class, () -> loader.load(a)).getMessage());
        Path b = write("links:\n  accept: [200-299, ok]\n");
        assertEquals(b + ":2:21: 'links.accept' takes status codes or ranges such as 200-299 or 403, not 'ok'",
                assertThrows(ConfigException.class, () -> loader.load(b)).getMessage());
        Path c = write("site:\n  baseUrl: example.com\n");
        assertEquals(c + ":2:12: 'site.baseUrl' must be a full address such as https://example.com",
                assertThrows(ConfigException.class, () -> loader.load(c)).getMessage());
        Path d = write("site:\n  permalinks: x\n");
        assertTrue(assertThrows(ConfigException.class, () -> loader.load(d)).getMessage()
                .startsWith(d + ":2:3: unknown setting 'site.permalinks'"));
    }
}
