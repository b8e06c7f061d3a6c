package dev.postlint.core.pipeline;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** The changes of {@code check --fix --dry-run} as a unified diff, as {@code git apply} and {@code patch -p1} take it. */
final class UnifiedDiff {
    private UnifiedDiff() {
    }

    static String of(List<FixPlan.FileChange> changes) {
        StringBuilder diff = new StringBuilder();
        for (FixPlan.FileChange change : changes) {
            List<String> before = change.oldText().lines().toList();
            List<String> after = change.newText().lines().toList();
            Patch<String> patch = DiffUtils.diff(before, after);
            String name = change.file().displayPath().replace('\\', '/');
            for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, patch, 3)) {
                diff.append(line).append('\n');
            }
        }
        return diff.toString();
    }
}
