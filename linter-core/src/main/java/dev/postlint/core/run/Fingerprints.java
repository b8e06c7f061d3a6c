package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.io.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A finding's identity across edits: a digest of its rule and the text of its line (spaces folded),
 * and which occurrence of that pair it is in its file. Lines moving, or other lines changing, leave
 * it alone; the file is not part of it, since SARIF and the baseline keep the file beside it. SARIF's
 * {@code partialFingerprints} and the baseline use the same value.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The fingerprints of a result's findings, in the order of its findings. */
    public static List<String> of(LintResult result) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            String lineText = result.excerpts().line(f.file(), f.line()).orElse("").strip().replaceAll("\\s+", " ");
            String key = f.ruleId() + "\u0000" + lineText;
            int n = occurrences.merge(f.file() + "\u0000" + key, 1, Integer::sum);
            fingerprints.add(HexFormat.of().formatHex(Sha256.of(key + "\u0000" + n), 0, 16));
        }
        return fingerprints;
    }
}
