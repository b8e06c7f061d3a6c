package dev.postlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/** Which folders the goals check: the configured source folders, or the project folder without its modules. */
final class SourceFolders {
    private SourceFolders() {
    }

    static boolean byDefault(List<File> sourceDirectories) {
        return sourceDirectories == null || sourceDirectories.isEmpty();
    }

    static List<String> paths(Path basedir, List<File> sourceDirectories) {
        return byDefault(sourceDirectories) ? List.of(".")
                : sourceDirectories.stream().map(d -> relative(basedir, d.toPath())).toList();
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
