package dev.postlint.core.config;

import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.site.Generator;
import java.util.Comparator;

/**
 * The commented {@code .postlint.yml} that {@code postlint init} writes: every setting at its default,
 * commented out, with a word on what postlint already reads from the site's generator, and the line
 * that lets YAML editors complete and check it against {@link ConfigSchema}.
 */
public final class ConfigTemplate {
    private ConfigTemplate() {
    }

    public static String of(Generator generator, RuleRegistry registry) {
        StringBuilder t = new StringBuilder();
        t.append("# yaml-language-server: $schema=").append(ConfigSchema.URL).append('\n');
        t.append("# postlint configuration. Everything is optional: the commented lines show the defaults.\n");
        t.append("# `postlint explain RULE` prints what a rule catches; `postlint site` what postlint read of the site.\n");
        t.append(switch (generator) {
            case JEKYLL -> "# A Jekyll site: postlint reads _config.yml (url, baseurl, permalink, collections, defaults,\n"
                    + "# exclude, include), so none of that needs repeating here.\n";
            case HUGO -> "# A Hugo site: postlint reads its config (baseURL, content folders and mounts, languages,\n"
                    + "# permalinks, heading ids), so none of that needs repeating here.\n";
            case ZOLA -> "# A Zola site: postlint reads config.toml (base_url, slugify, languages, taxonomies,\n"
                    + "# ignored_content, link_checker), so none of that needs repeating here.\n";
            case UNKNOWN -> "# No Jekyll, Hugo or Zola config was found here; set site.baseUrl so links to the\n"
                    + "# site's own address are checked as internal links.\n";
        });
        t.append("\n# Globs added to the defaults: include ").append(String.join(", ", Config.DEFAULT_INCLUDE))
                .append("; exclude ").append(String.join(", ", Config.DEFAULT_EXCLUDE)).append(".\n");
        t.append("# Files the git repository ignores are left out too (gitignore: false checks them).\n");
        t.append("# include: [\"**/*.mdx\"]\n# exclude: [\"_drafts/**\"]\n\n");
        t.append("frontMatter:\n  required: [").append(String.join(", ", FrontMatterSettings.defaults().required()))
                .append("]   # fields every post needs\n");
        t.append("  # imageFields: [").append(String.join(", ", FrontMatterSettings.defaults().imageFields()))
                .append("]\n\n");
        t.append("# Each rule: off, error, warning or info, or {severity: ..., <option>: ...}. A category name\n");
        t.append("# (front-matter, images, headings, links, seo, style, readability, suppressions) sets all of its rules.\n");
        t.append("rules:\n");
        registry.all().stream().sorted(Comparator.comparing((Rule r) -> r.category().ordinal())
                .thenComparing(Rule::id)).forEach(rule -> t.append(String.format("  # %-26s %-8s # %s%n",
                        rule.id() + ":", rule.defaultSeverity().label(), rule.description())));
        t.append("\n# Settings for some folders, over the ones above; later entries win.\n");
        t.append("# overrides:\n#   - files: [\"_drafts/**\"]\n#     rules: {link-broken: warning, readability: off}\n\n");
        t.append("links:\n  # external: true          # check external links; --offline skips them for one run\n");
        t.append("  # timeout: 20s\n  # maxConcurrency: 128\n  # maxConcurrencyPerHost: 10\n");
        t.append("  # exclude: [\"^https://example\\\\.com/\"]   # regular expressions of URLs not checked\n");
        if (generator == Generator.UNKNOWN) {
            t.append("\nsite:\n  # baseUrl: https://example.com\n");
        }
        return t.toString();
    }
}
