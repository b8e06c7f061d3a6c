package dev.postlint.core.pipeline;

import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.source.MarkdownFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report file without ever risking a user's content: it refuses to write over a Markdown
 * file or any file being checked, and replaces the target in one step so an interrupted write
 * leaves the old report intact.
 */
final class ReportFile {
    private ReportFile() {
    }

    static void write(Path target, String content, List<InputFile> inputs) throws IOException, CheckException {
        Path absolute = target.toAbsolutePath().normalize();
        if (MarkdownFiles.isMarkdown(absolute)) {
            throw new CheckException("will not write a report to " + target + ": it looks like a post");
        }
        for (InputFile input : inputs) {
            if (input.path().toAbsolutePath().normalize().equals(absolute)) {
                throw new CheckException("will not write a report to " + target + ": it is one of the checked files");
            }
        }
        AtomicFile.write(absolute, content);
    }
}
