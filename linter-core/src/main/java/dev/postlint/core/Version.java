package dev.postlint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** postlint's version and the address of its rule documentation, as built. */
public final class Version {
    private static final Properties BUILD = load();

    private Version() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Unknown values are reported as such.
        }
        return p;
    }

    public static String get() {
        return BUILD.getProperty("version", "unknown");
    }

    /** Where a rule's page is published: the project's docs/rules folder. */
    public static String docsUrl(String ruleId) {
        return BUILD.getProperty("docs", "https://github.com/postlint/postlint/blob/main/docs/rules/") + ruleId + ".md";
    }
}
