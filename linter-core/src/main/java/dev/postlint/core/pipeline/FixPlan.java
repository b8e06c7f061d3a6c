package dev.postlint.core.pipeline;

import dev.postlint.core.Finding;
import dev.postlint.core.Fix;
import dev.postlint.core.Post;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.source.DecodedFile;
import dev.postlint.core.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certain fixes of a run, worked out per file before anything is written. A file is left alone
 * when it is not valid UTF-8 or its front matter does not parse; an edit that no longer finds its
 * expected text, or overlaps another, is dropped with its fix; and the changed text is checked again
 * with the post rules: a fix that would add a finding is dropped.
 */
final class FixPlan {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One file's change: its content before and after, and the findings it fixes. */
    record FileChange(InputFile file, byte[] before, byte[] after, String oldText, String newText,
                      List<Finding> fixed) {
    }

    private FixPlan() {
    }

    static List<FileChange> of(LintResult result, Linter linter) {
        Map<String, List<Finding>> fixable = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.fix().isPresent()) {
                fixable.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, InputFile> inputs = new HashMap<>();
        result.inputs().forEach(i -> inputs.put(i.displayPath(), i));
        List<FileChange> changes = new ArrayList<>();
        fixable.forEach((file, findings) -> {
            InputFile input = inputs.get(file);
            if (input != null) {
                plan(input, findings, linter).ifPresent(changes::add);
            }
        });
        return changes;
    }

    private static Optional<FileChange> plan(InputFile input, List<Finding> findings, Linter linter) {
        byte[] before;
        try {
            before = dev.postlint.core.io.BoundedFiles.read(input.path());
        } catch (IOException e) {
            return Optional.empty();
        }
        DecodedFile decoded = DecodedFile.decode(before);
        List<Finding> found;
        try {
            Post post = linter.parse(input, before);
            if (decoded.firstMalformed().isPresent() || !post.frontMatter().problems().isEmpty()) {
                return Optional.empty();
            }
            found = linter.checkContent(input, post);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        SourceText source = decoded.source();
        List<Finding> applicable = findings.stream().filter(f -> applies(source, f.fix().get())).toList();
        List<Finding> chosen = withoutOverlaps(source, applicable);
        Optional<FileChange> all = verified(input, before, decoded, chosen, found, linter);
        if (all.isPresent() || chosen.size() == 1) {
            return all;
        }
        List<Finding> safe = chosen.stream()
                .filter(f -> verified(input, before, decoded, List.of(f), found, linter).isPresent()).toList();
        return safe.isEmpty() ? Optional.empty() : verified(input, before, decoded, safe, found, linter);
    }

    private static boolean applies(SourceText source, Fix fix) {
        for (Fix.Edit e : fix.edits()) {
            if (e.at().line() < 1 || e.at().line() > source.lineCount() || e.at().column() < 1
                    || e.expected().indexOf('\n') >= 0 || e.replacement().indexOf('\n') >= 0
                    || e.replacement().indexOf('\r') >= 0) {
                return false;
            }
            int start = source.offset(e.at());
            if (start + e.expected().length() > source.lineEnd(e.at().line())
                    || !source.text().startsWith(e.expected(), start)) {
                return false;
            }
        }
        return true;
    }

    /** The fixes in file order, leaving out any whose edits overlap an earlier one's. */
    private static List<Finding> withoutOverlaps(SourceText source, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(f -> source.offset(f.fix().get().edits().get(0).at())));
        List<int[]> taken = new ArrayList<>();
        List<Finding> chosen = new ArrayList<>();
        for (Finding f : sorted) {
            List<int[]> spans = f.fix().get().edits().stream().map(e -> {
                int start = source.offset(e.at());
                return new int[] {start, start + e.expected().length()};
            }).toList();
            boolean overlaps = spans.stream().anyMatch(s -> taken.stream()
                    .anyMatch(t -> s[0] < t[1] && t[0] < s[1] || s[0] == t[0]));
            if (!overlaps) {
                taken.addAll(spans);
                chosen.add(f);
            }
        }
        return chosen;
    }

    /** The change the fixes make, if the post rules find nothing in it that they did not find before. */
    private static Optional<FileChange> verified(InputFile input, byte[] before, DecodedFile decoded,
                                                 List<Finding> fixes, List<Finding> found, Linter linter) {
        SourceText source = decoded.source();
        List<Fix.Edit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.fix().get().edits()));
        edits.sort(Comparator.comparingInt((Fix.Edit e) -> source.offset(e.at())).reversed());
        StringBuilder text = new StringBuilder(source.text());
        for (Fix.Edit e : edits) {
            int start = source.offset(e.at());
            text.replace(start, start + e.expected().length(), e.replacement());
        }
        String newText = text.toString();
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        byte[] after = body;
        if (decoded.hadBom()) {
            after = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, after, 0, BOM.length);
            System.arraycopy(body, 0, after, BOM.length, body.length);
        }
        // Edits keep every line where it was, so a finding is known by its rule and line; its message may
        // change with the fix (a word count), its column too.
        Map<String, Integer> allowed = new HashMap<>();
        found.forEach(f -> allowed.merge(f.ruleId() + "\u0000" + f.line(), 1, Integer::sum));
        fixes.forEach(f -> allowed.merge(f.ruleId() + "\u0000" + f.line(), -1, Integer::sum));
        try {
            for (Finding f : linter.checkContent(input, after)) {
                if (allowed.merge(f.ruleId() + "\u0000" + f.line(), -1, Integer::sum) < 0) {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new FileChange(input, before, after, source.text(), newText, fixes));
    }
}
