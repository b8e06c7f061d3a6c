package dev.postlint.cli;

import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.run.InputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report file without ever risking a user's content: it refuses to write over a Markdown
 * file or any file being checked, and replaces the target in one step so an interrupted write
 * leaves the old report intact.
 */
final class ReportFile {
    /** The target was refused to protect the user's content. */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    private ReportFile() {
    }

    static void write(Path target, String content, List<InputFile> inputs) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            throw new RefusedException("will not write a report to " + target + ": it looks like a post");
        }
        for (InputFile input : inputs) {
            if (input.path().toAbsolutePath().normalize().equals(absolute)) {
                throw new RefusedException("will not write a report to " + target + ": it is one of the checked files");
            }
        }
        AtomicFile.write(absolute, content);
    }
}
