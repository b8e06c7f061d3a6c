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
        if (java.nio.file.Files.exists(absolute) && !java.nio.file.Files.isRegularFile(absolute)) {
            throw new CheckException("will not write a report to " + target + ": it is not a regular file (a folder, "
                    + "device, FIFO or socket)");
        }
        Path real = realPath(absolute);
        for (InputFile input : inputs) {
            if (realPath(input.path().toAbsolutePath().normalize()).equals(real)) {
                throw new CheckException("will not write a report to " + target + ": it is one of the checked files");
            }
        }
        AtomicFile.write(real, content);
    }

    /**
     * Where a path really leads, links followed (for a file that does not exist yet, its folder's real
     * path), so that no link or linked folder lets a report land on a checked file; a link is written
     * through, to the file it points at.
     */
    private static Path realPath(Path path) throws IOException {
        if (java.nio.file.Files.exists(path)) {
            return path.toRealPath();
        }
        Path parent = path.getParent();
        return parent != null && java.nio.file.Files.exists(parent) ? parent.toRealPath().resolve(path.getFileName())
                : path;
    }
}
