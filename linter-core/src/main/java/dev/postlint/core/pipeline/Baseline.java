package dev.postlint.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postlint.core.Finding;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.run.Fingerprints;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a site accepted when it adopted postlint ({@code .postlint-baseline.json}), so that a
 * check fails only on new ones. An entry is a file (relative to the baseline's folder), a rule and the
 * finding's {@link Fingerprints fingerprint}; line and message are kept for people reading the file.
 * Matching ignores them, so edits elsewhere in a post do not break it.
 */
public final class Baseline {
    public static final String FILE_NAME = ".postlint-baseline.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One accepted finding. */
    public record Entry(String file, String rule, String fingerprint, int line, String message) {
        String key() {
            return file + "\u0000" + rule + "\u0000" + fingerprint;
        }
    }

    /**
     * What applying a baseline to a run left: the new findings, how many were accepted, and the entries of
     * files the run checked that no finding matched (fixed since).
     */
    public record Applied(LintResult remaining, int baselined, List<Entry> stale) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::file).thenComparing(Entry::line)
                .thenComparing(Entry::rule).thenComparing(Entry::fingerprint)).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every finding of a run, with files relative to {@code dir}, the folder the baseline is kept in. */
    public static Baseline of(LintResult result, Path dir) {
        return new Baseline(entriesOf(result, dir));
    }

    private static String relative(Path dir, Path file) {
        return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static List<Entry> entriesOf(LintResult result, Path dir) {
        Map<String, Path> files = new HashMap<>();
        for (InputFile input : result.inputs()) {
            files.put(input.displayPath(), input.path());
        }
        List<String> fingerprints = Fingerprints.of(result);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            Path file = files.get(f.file());
            entries.add(new Entry(file == null ? f.file() : relative(dir, file), f.ruleId(), fingerprints.get(i), f.line(), f.message()));
        }
        return entries;
    }

    /** The baseline in {@code file}; a file that is not one is a {@link CheckException} naming it. */
    public static Baseline read(Path file) throws CheckException {
        JsonNode root;
        try {
            root = JSON.readTree(dev.postlint.core.io.BoundedFiles.read(file, 64L * 1024 * 1024));
        } catch (IOException | RuntimeException e) {
            throw new CheckException(file + ": cannot read the baseline (" + firstLine(e) + ")");
        }
        if (root == null || root.path("format").asInt() != FORMAT || !root.path("findings").isArray()) {
            throw new CheckException(file + ": not a postlint baseline of format " + FORMAT
                    + "; write a new one with 'postlint baseline'");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : root.get("findings")) {
            if (!e.path("file").isTextual() || !e.path("rule").isTextual() || !e.path("fingerprint").isTextual()) {
                throw new CheckException(file + ": entry " + (entries.size() + 1)
                        + " of the baseline lacks file, rule or fingerprint");
            }
            entries.add(new Entry(e.get("file").asText(), e.get("rule").asText(), e.get("fingerprint").asText(),
                    e.path("line").asInt(), e.path("message").asText("")));
        }
        return new Baseline(entries);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Writes the baseline atomically. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("tool", "postlint");
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            list.addObject().put("file", e.file()).put("rule", e.rule()).put("fingerprint", e.fingerprint())
                    .put("line", e.line()).put("message", e.message());
        }
        AtomicFile.write(file, (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Takes the accepted findings out of a run. Each entry accepts one finding, so a second finding of
     * the same rule on an identical line is new.
     */
    public Applied apply(LintResult result, Path dir) {
        Map<String, ArrayDeque<Entry>> open = new HashMap<>();
        for (Entry e : entries) {
            open.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e);
        }
        List<Entry> found = entriesOf(result, dir);
        List<Finding> remaining = new ArrayList<>();
        int baselined = 0;
        for (int i = 0; i < found.size(); i++) {
            ArrayDeque<Entry> accepted = open.get(found.get(i).key());
            if (accepted != null && !accepted.isEmpty()) {
                accepted.poll();
                baselined++;
            } else {
                remaining.add(result.findings().get(i));
            }
        }
        Set<Entry> unmatched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        open.values().forEach(unmatched::addAll);
        Set<String> checked = new java.util.HashSet<>();
        result.inputs().forEach(i -> checked.add(relative(dir, i.path())));
        List<Entry> stale = entries.stream().filter(e -> unmatched.contains(e) && checked.contains(e.file())).toList();
        LintResult left = new LintResult(remaining, result.inputs(), result.rules(), result.errors(), result.elapsed(),
                result.titles(), result.excerpts());
        return new Applied(left, baselined, stale);
    }

    /** This baseline without the given entries (those fixed since it was written). */
    public Baseline without(List<Entry> stale) {
        List<Entry> kept = new ArrayList<>(entries);
        for (Entry e : stale) {
            kept.remove(e);
        }
        return new Baseline(kept);
    }
}
