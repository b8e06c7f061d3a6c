package dev.postlint.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.rule.RuleRegistry;
import java.util.Comparator;

/**
 * The JSON Schema of {@code .postlint.yml}, made from the rules' own ids, categories and option
 * declarations, so editors (VS Code's YAML extension and any yaml-language-server client) complete
 * and check the config. The sections that are not rules are described here, beside the loader that
 * reads them; a test keeps both in step.
 */
public final class ConfigSchema {
    /** Where the schema is published, for the {@code # yaml-language-server: $schema=} line. */
    public static final String URL = "https://raw.githubusercontent.com/postlint/postlint/main/docs/postlint.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigSchema() {
    }

    /** The schema as JSON text, two-space indented, ending in a line break. */
    public static String of(RuleRegistry registry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", URL);
        root.put("title", "postlint configuration (.postlint.yml)");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.set("include", strings("Globs of the files a folder argument expands to, relative to this file's "
                + "folder, added to **/*.md and **/*.markdown."));
        props.set("exclude", strings("Globs of files and folders never checked, added to the default excludes."));
        props.set("includeDefaults", typed("boolean", "false: only your own include globs count."));
        props.set("excludeDefaults", typed("boolean", "false: only your own exclude globs count."));
        props.set("gitignore", typed("boolean", "Leave out files the git work tree ignores (default true)."));
        props.set("frontMatter", frontMatter());
        props.set("rules", rules(registry));
        props.set("categories", categories());
        props.set("site", site());
        props.set("links", links());
        props.set("limits", limits());
        props.set("markdown", markdown());
        ObjectNode override = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        override.putArray("required").add("files");
        ObjectNode overrideProps = override.putObject("properties");
        overrideProps.set("files", strings("Globs of the files this entry is for, relative to this file's folder."));
        overrideProps.set("rules", rules(registry));
        overrideProps.set("frontMatter", frontMatter());
        ObjectNode overrides = props.putObject("overrides").put("type", "array")
                .put("description", "Settings for some files, over the ones above; later entries win.");
        overrides.set("items", override);
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode rules(RuleRegistry registry) {
        ObjectNode rules = section().put("additionalProperties", false)
                .put("description", "Rules and categories: off, a severity, or the rule's severity and options.");
        ObjectNode props = rules.putObject("properties");
        registry.all().stream().sorted(Comparator.comparing(Rule::id)).forEach(rule -> props.set(rule.id(), rule(rule)));
        for (Category c : Category.values()) {
            if (!props.has(c.id())) {
                props.set(c.id(), severity("Every rule of the category " + c.id() + "."));
            }
        }
        return rules;
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode settings = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode props = settings.putObject("properties");
        props.set("severity", severity("The rule's severity, or off."));
        for (RuleOption<?> option : rule.options()) {
            ObjectNode o = props.putObject(option.name()).put("type", option.type().jsonType())
                    .put("description", option.description());
            if (option.type().jsonType().equals("array")) {
                o.putObject("items").put("type", "string");
            }
            o.set("default", JSON.valueToTree(option.defaultValue()));
        }
        ObjectNode schema = JSON.createObjectNode().put("description", rule.description() + " (default: "
                + rule.defaultSeverity().label() + "; " + rule.docUrl() + ")");
        ArrayNode any = schema.putArray("anyOf");
        any.add(severity(null));
        any.add(settings);
        return schema;
    }

    private static ObjectNode categories() {
        ObjectNode categories = section().put("additionalProperties", false)
                .put("description", "Set every rule of a category at once.");
        ObjectNode props = categories.putObject("properties");
        for (Category c : Category.values()) {
            props.set(c.id(), severity(null));
        }
        return categories;
    }

    /** A section of settings, which may be left empty with all its entries commented out. */
    private static ObjectNode section() {
        ObjectNode s = JSON.createObjectNode();
        s.putArray("type").add("object").add("null");
        return s;
    }

    private static ObjectNode severity(String description) {
        ObjectNode s = JSON.createObjectNode();
        if (description != null) {
            s.put("description", description);
        }
        ArrayNode any = s.putArray("anyOf");
        ArrayNode values = any.addObject().put("type", "string").putArray("enum");
        values.add("error").add("warning").add("info").add("off");
        any.addObject().put("type", "boolean");
        return s;
    }

    private static ObjectNode strings(String description) {
        ObjectNode s = JSON.createObjectNode().put("type", "array").put("description", description);
        s.putObject("items").put("type", "string");
        return s;
    }

    private static ObjectNode typed(String type, String description) {
        return JSON.createObjectNode().put("type", type).put("description", description);
    }

    private static ObjectNode frontMatter() {
        ObjectNode fm = section().put("additionalProperties", false);
        ObjectNode props = fm.putObject("properties");
        props.set("required", strings("Fields every post needs; dotted names reach nested keys."));
        props.set("imageFields", strings("Fields holding image paths."));
        return fm;
    }

    private static ObjectNode site() {
        ObjectNode site = section().put("additionalProperties", false)
                .put("description", "The site model; postlint reads most of it from the generator's own config.");
        ObjectNode props = site.putObject("properties");
        props.set("root", typed("string", "The site's root folder."));
        props.set("static", strings("Folders served as they are."));
        props.set("baseUrl", typed("string", "The site's public address."));
        props.set("permalink", typed("string", "The permalink pattern of posts."));
        props.set("collections", typed("object", "Jekyll collections and their permalinks."));
        ArrayNode slugs = props.putObject("slugs").put("description", "How heading ids are made.").putArray("enum");
        for (dev.postlint.core.site.SlugStyle style : dev.postlint.core.site.SlugStyle.values()) {
            slugs.add(style.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        props.set("extraPaths", strings("Paths the site serves that postlint cannot see."));
        props.set("language", typed("string", "The language of posts that do not say."));
        props.putObject("generator").put("description", "The generator, when detection should not decide.")
                .putArray("enum").add("jekyll").add("hugo").add("zola").add("none");
        return site;
    }

    private static ObjectNode markdown() {
        ObjectNode markdown = section().put("additionalProperties", false)
                .put("description", "How posts are parsed; by default as their generator renders them.");
        ObjectNode extensions = markdown.putObject("properties").putObject("extensions").put("type", "array")
                .put("description", "The Markdown extensions every post is read with, instead of the generator's.");
        ArrayNode ids = extensions.putObject("items").put("type", "string").putArray("enum");
        for (dev.postlint.core.markdown.MarkdownExtension e : dev.postlint.core.markdown.MarkdownExtension.values()) {
            ids.add(e.id());
        }
        return markdown;
    }

    private static ObjectNode limits() {
        ObjectNode limits = section().put("additionalProperties", false)
                .put("description", "How much work one file may make; beyond a limit it gets a processing-error.");
        ObjectNode props = limits.putObject("properties");
        props.set("maxFileSize", JSON.createObjectNode().put("description", "Largest post read, such as 10MB.")
                .set("type", JSON.createArrayNode().add("string").add("integer")));
        props.set("maxNesting", typed("integer", "Deepest nesting of block quotes, lists and indentation parsed."));
        props.set("maxLineLength", typed("integer", "Longest line, in characters, of a post that is parsed."));
        props.set("maxFileTime", typed("string", "Time a post's rules may take, such as 10s."));
        props.set("maxFindingsPerFile", typed("integer", "Findings kept per file."));
        return limits;
    }

    private static ObjectNode links() {
        ObjectNode links = section().put("additionalProperties", false)
                .put("description", "External link checking.");
        ObjectNode props = links.putObject("properties");
        props.set("external", typed("boolean", "Check external links."));
        ObjectNode allow = props.putObject("allowPrivateAddresses").put("description", "Allow links to loopback, "
                + "private and other special-use addresses: all (true), none (false), or only these host names and "
                + "CIDR ranges.");
        ArrayNode allowAny = allow.putArray("anyOf");
        allowAny.addObject().put("type", "boolean");
        allowAny.addObject().put("type", "array").putObject("items").put("type", "string");
        props.set("timeout", typed("string", "Time a request may take, such as 10s."));
        props.set("retries", typed("integer", "Retries of a failed request."));
        props.set("retryDelay", typed("string", "Time before a retry, such as 1s."));
        props.set("maxConcurrency", typed("integer", "Requests at once."));
        props.set("maxConcurrencyPerHost", typed("integer", "Requests at once to one host."));
        ObjectNode accept = props.putObject("accept")
                .put("description", "Status codes or ranges that count as working, such as 403 or 200-299.");
        accept.putArray("type").add("array").add("string").add("integer");
        accept.putObject("items").putArray("type").add("string").add("integer");
        props.set("exclude", strings("Regular expressions of URLs not checked."));
        props.set("include", strings("Regular expressions of URLs checked although excluded."));
        ObjectNode cache = props.putObject("cache").put("type", "object").put("additionalProperties", false);
        cache.putObject("properties").set("dir", typed("string", "Where the link cache is kept."));
        ((ObjectNode) cache.get("properties")).set("maxAge", typed("string", "How long a result is reused, such as 1d."));
        props.set("hosts", typed("object", "Per host: maxConcurrency and headers."));
        props.set("userAgent", typed("string", "The User-Agent header sent."));
        props.set("externalAnchors", typed("boolean", "Check #fragments of external links."));
        props.set("noNetworkShare", typed("number", "Share of linked hosts whose names must fail to resolve "
                + "(at least two) for the run to take it that there is no network."));
        return links;
    }
}
