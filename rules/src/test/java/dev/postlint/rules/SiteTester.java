package dev.postlint.rules;

import dev.postlint.core.Finding;
import dev.postlint.core.config.Config;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.site.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs site rules over a folder of fixture files, the way the engine does for a real site. */
final class SiteTester {
    private SiteTester() {
    }

    static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Link settings for tests: loopback allowed, short timeout, fast retries, cache in {@code cacheDir}. */
    static LinkSettings testLinks(Path cacheDir) {
        return LinkSettings.defaults(cacheDir, "test").toBuilder().allowPrivateAddresses(true)
                .timeout(Duration.ofSeconds(1)).retries(2).cacheDir(cacheDir).retryDelay(Duration.ofMillis(100)).build();
    }

    static LintResult run(Path folder, List<Rule> rules, SiteSettings site, LinkSettings links) throws IOException {
        Config config = Config.defaults(folder).toBuilder().site(site).links(links).build();
        var files = new FileCollector(config).collect(List.of(folder.toString()));
        return new Linter(config, new RuleRegistry(rules), 2).run(files);
    }

    /** "file line:column rule severity", file relative to {@code root}, for exact comparisons. */
    static List<String> describe(Path root, List<Finding> findings) {
        return findings.stream().map(f -> root.relativize(Path.of(f.file())).toString().replace('\\', '/') + " "
                + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.severity().label()).toList();
    }
}
