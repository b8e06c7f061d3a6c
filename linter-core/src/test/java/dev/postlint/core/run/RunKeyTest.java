package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key every cached result depends on names the jars the rules come from with their size and time: a
 * rebuilt plugin jar of the same version is a miss, the same jar a hit.
 */
class RunKeyTest {
    /** A rule that a test loads from a jar of its own. */
    public static final class JarRule extends RuleDefinition implements PostRule {
        public JarRule() {
            super("from-a-jar", Severity.WARNING, Category.STYLE, "test");
        }

        @Override
        public void check(Post post, RuleContext context) {
        }
    }

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarOfTheRulesChangesTheKeyAndTheSameJarDoesNot() throws Exception {
        Path jar = dir.resolve("rules.jar");
        String entry = JarRule.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             InputStream classFile = JarRule.class.getClassLoader().getResourceAsStream(entry)) {
            jarOut.putNextEntry(new JarEntry(entry));
            classFile.transferTo(jarOut);
        }
        try (URLClassLoader loader = new OwnClassFirst(jar.toUri().toURL(), JarRule.class.getName())) {
            Rule rule = (Rule) loader.loadClass(JarRule.class.getName()).getConstructor().newInstance();
            assertEquals(jar.toUri().toURL(), rule.getClass().getProtectionDomain().getCodeSource().getLocation());
            Config config = Config.defaults(dir);
            RuleRegistry registry = new RuleRegistry(List.of(rule));
            String key = Linter.runKey(config, registry);
            assertEquals(key, Linter.runKey(config, registry), "the same jars");
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
            assertNotEquals(key, Linter.runKey(config, registry), "the rules' jar was built again");
        }
    }

    /** Loads one class from its jar rather than from its parent, which has it too. */
    private static final class OwnClassFirst extends URLClassLoader {
        private final String own;

        OwnClassFirst(URL jar, String own) {
            super(new URL[] {jar}, RunKeyTest.class.getClassLoader());
            this.own = own;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(own)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
