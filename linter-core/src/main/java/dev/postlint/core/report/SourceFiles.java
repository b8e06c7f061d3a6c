package dev.postlint.core.report;

import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.source.DecodedFile;
import dev.postlint.core.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The text of checked files for reports (snippets, titles, fingerprints), read once when first needed. */
public final class SourceFiles {
    private final Map<String, Optional<SourceText>> texts = new ConcurrentHashMap<>();

    public Optional<SourceText> text(LintResult result, String displayPath) {
        return texts.computeIfAbsent(displayPath, path -> result.inputs().stream()
                .filter(i -> i.displayPath().equals(path)).findFirst().flatMap(SourceFiles::read));
    }

    /** The text of a 1-based line, or empty when the file or line is not there. */
    public String line(LintResult result, String displayPath, int line) {
        return text(result, displayPath).filter(t -> line >= 1 && line <= t.lineCount()).map(t -> t.line(line)).orElse("");
    }

    /** The post's front-matter title, if it has a readable one. */
    public Optional<String> title(LintResult result, String displayPath) {
        return text(result, displayPath).flatMap(t -> FrontMatterReader.read(t).text("title")).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static Optional<SourceText> read(InputFile input) {
        try {
            return Optional.of(DecodedFile.decode(Files.readAllBytes(input.path())).source());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
