package dev.postlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * Which folders the goals check: the configured source folders; by default, the project folder when it
 * holds (or lies in) a Jekyll, Hugo or Zola site, whose generator says where its content is, else the
 * usual content folders that exist. The folders of modules are left to their own builds.
 */
final class SourceFolders {
    private SourceFolders() {
    }

    static boolean byDefault(List<File> sourceDirectories) {
        return sourceDirectories == null || sourceDirectories.isEmpty();
    }

    /** The usual places of Markdown content in a project that is not itself a site. */
    static final List<String> CONTENT_FOLDERS = List.of("src/site/markdown", "src/main/content", "docs", "content",
            "_posts");

    static List<String> paths(Path basedir, List<File> sourceDirectories) {
        if (!byDefault(sourceDirectories)) {
            return sourceDirectories.stream().map(d -> relative(basedir, d.toPath())).toList();
        }
        if (dev.postlint.core.site.Generator.findRoot(basedir).isPresent()) {
            return List.of(".");
        }
        return CONTENT_FOLDERS.stream().filter(f -> java.nio.file.Files.isDirectory(basedir.resolve(f))).toList();
    }

    /** Each module is checked in its own build, so a project's check leaves the modules' folders out. */
    static List<Path> skipped(MavenProject project, Path basedir, List<File> sourceDirectories) {
        return byDefault(sourceDirectories)
                ? project.getModules().stream().map(m -> basedir.resolve(m).normalize()).toList() : List.of();
    }

    static String relative(Path basedir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String path = (abs.startsWith(basedir) ? basedir.relativize(abs) : abs).toString().replace('\\', '/');
        return path.isEmpty() ? "." : path;
    }
}
