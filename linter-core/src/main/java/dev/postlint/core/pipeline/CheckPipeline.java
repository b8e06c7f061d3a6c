package dev.postlint.core.pipeline;

import dev.postlint.core.Finding;
import dev.postlint.core.config.Config;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.report.ReportContext;
import dev.postlint.core.report.Reporter;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.site.SiteDescription;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.run.ResultCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one check every front end runs: find and load the config, apply the front end's overrides,
 * collect the files, lint them, write the reports and decide the verdict. Front ends only map their
 * arguments onto a {@link CheckRequest} and turn the {@link CheckOutcome} into an exit code or a
 * build result.
 */
public final class CheckPipeline {
    private final RuleRegistry registry;

    public CheckPipeline(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the check; reports without an output file go to {@code standardOutput}.
     *
     * @throws CheckException when the config is unusable, a path does not exist or a report cannot be written
     */
    public CheckOutcome run(CheckRequest request, Appendable standardOutput) throws CheckException {
        Config config = config(request);
        Optional<java.util.Set<Path>> changed = request.changedOnly() ? Optional.of(
                GitChanges.since(repositoryFolder(request), request.changedSince(), request.environment()))
                : Optional.empty();
        List<String> missing = new ArrayList<>();
        LintResult result = lint(request, config, missing, request.sizeGate());
        missing.forEach(m -> request.notices().accept("postlint: no such file or folder: " + m));
        if (changed.isPresent()) {
            result = onlyChanged(result, changed.get());
        }
        List<CheckOutcome.AppliedFix> fixes = List.of();
        if (request.fixMode() != CheckRequest.FixMode.NONE) {
            List<FixPlan.FileChange> changes = FixPlan.of(result,
                    new Linter(config, registry, 1, ProgressListener.NONE, request.environment()::get));
            fixes = describe(changes);
            if (request.fixMode() == CheckRequest.FixMode.DRY_RUN) {
                try {
                    standardOutput.append(UnifiedDiff.of(changes));
                } catch (IOException e) {
                    throw new CheckException("cannot write the diff: " + e.getMessage());
                }
                return new CheckOutcome(result, request.failPolicy().verdict(result), List.of(), Optional.empty(),
                        fixes, missing);
            }
            fixes = apply(changes, request.notices());
            if (!fixes.isEmpty()) {
                result = lint(request, config);
                if (changed.isPresent()) {
                    result = onlyChanged(result, changed.get());
                }
            }
        }
        Optional<CheckOutcome.BaselineUse> baselineUse = Optional.empty();
        Optional<Path> baselineFile = request.useBaseline() ? baselineFile(request, config) : Optional.empty();
        if (baselineFile.isPresent()) {
            Baseline.Applied applied = Baseline.read(baselineFile.get()).apply(result, baselineFile.get().getParent());
            result = applied.remaining();
            baselineUse = Optional.of(new CheckOutcome.BaselineUse(baselineFile.get(), applied.baselined(),
                    applied.stale().size()));
        }
        List<Path> written = writeReports(request, result, standardOutput);
        return new CheckOutcome(result, request.failPolicy().verdict(result), written, baselineUse, fixes, missing);
    }

    /** The folder whose git repository {@code --changed} asks: the one the first path is in. */
    private static Path repositoryFolder(CheckRequest request) {
        Path first = request.workingDir().resolve(request.paths().isEmpty() ? "." : request.paths().get(0));
        return Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
    }

    /**
     * The findings in changed files, and the cross-post findings elsewhere that point into one (the other
     * post with the same title); the files checked are the changed ones and those with such findings.
     */
    private static LintResult onlyChanged(LintResult result, java.util.Set<Path> changed) {
        java.util.Map<String, Path> paths = new java.util.HashMap<>();
        result.inputs().forEach(i -> paths.put(i.displayPath(), i.path().toAbsolutePath().normalize()));
        java.util.function.Predicate<String> isChanged = file -> {
            Path path = paths.get(file);
            return path != null && changed.contains(path);
        };
        List<Finding> kept = result.findings().stream().filter(f -> isChanged.test(f.file())
                || f.related().stream().anyMatch(r -> isChanged.test(r.file()))).toList();
        java.util.Set<String> files = new java.util.HashSet<>();
        kept.forEach(f -> files.add(f.file()));
        List<InputFile> inputs = result.inputs().stream()
                .filter(i -> isChanged.test(i.displayPath()) || files.contains(i.displayPath())).toList();
        return new LintResult(kept, inputs, result.rules(), result.errors(), result.elapsed(), result.titles(),
                result.excerpts());
    }

    private static List<CheckOutcome.AppliedFix> describe(List<FixPlan.FileChange> changes) {
        List<CheckOutcome.AppliedFix> fixes = new ArrayList<>();
        for (FixPlan.FileChange change : changes) {
            for (Finding f : change.fixed()) {
                fixes.add(new CheckOutcome.AppliedFix(f.file(), f.line(), f.column(), f.ruleId(),
                        f.fix().orElseThrow().description()));
            }
        }
        fixes.sort(java.util.Comparator.comparing(CheckOutcome.AppliedFix::file)
                .thenComparingInt(CheckOutcome.AppliedFix::line).thenComparingInt(CheckOutcome.AppliedFix::column));
        return fixes;
    }

    /**
     * Writes each changed file in one step, into the file a link points at, keeping its permissions; a
     * file that changed since it was checked is left alone with a notice.
     */
    private static List<CheckOutcome.AppliedFix> apply(List<FixPlan.FileChange> changes,
                                                       java.util.function.Consumer<String> notices) {
        List<FixPlan.FileChange> written = new ArrayList<>();
        for (FixPlan.FileChange change : changes) {
            try {
                Path target = change.file().path().toRealPath();
                if (!java.util.Arrays.equals(Files.readAllBytes(target), change.before())) {
                    notices.accept("postlint: " + change.file().displayPath() + " changed while it was checked; "
                            + "not fixed");
                    continue;
                }
                AtomicFile.write(target, change.after());
                written.add(change);
            } catch (IOException e) {
                notices.accept("postlint: cannot fix " + change.file().displayPath() + " (" + e.getMessage() + ")");
            }
        }
        return describe(written);
    }

    /** What {@code postlint baseline} did: the file, its entries, and how many fixed ones it dropped. */
    public record BaselineWritten(Path file, int entries, int dropped) {
    }

    /**
     * Writes the baseline of the request's files: every finding, or with {@code prune} the existing
     * baseline without the entries fixed since.
     */
    public BaselineWritten writeBaseline(CheckRequest request, boolean prune) throws CheckException {
        Config config = config(request);
        Path file = request.baselineFile().map(request.workingDir()::resolve)
                .orElse(config.baseDir().resolve(Baseline.FILE_NAME)).toAbsolutePath().normalize();
        if (prune && !Files.isRegularFile(file)) {
            throw new CheckException("no baseline to prune at " + file + "; write one with 'postlint baseline'");
        }
        LintResult result = lint(request, config);
        Baseline baseline;
        int dropped = 0;
        if (prune) {
            Baseline existing = Baseline.read(file);
            List<Baseline.Entry> stale = existing.apply(result, file.getParent()).stale();
            baseline = existing.without(stale);
            dropped = stale.size();
        } else {
            baseline = Baseline.of(result, file.getParent());
        }
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new CheckException("cannot write the baseline " + file + ": " + e.getMessage());
        }
        return new BaselineWritten(file, baseline.entries().size(), dropped);
    }

    /** The baseline the request names, which must exist, or the one in the config's folder if there is one. */
    private static Optional<Path> baselineFile(CheckRequest request, Config config) throws CheckException {
        if (request.baselineFile().isPresent()) {
            Path file = request.workingDir().resolve(request.baselineFile().get());
            if (!Files.isRegularFile(file)) {
                throw new CheckException(request.baselineFile().get() + ": baseline file not found");
            }
            return Optional.of(file);
        }
        Path file = config.baseDir().resolve(Baseline.FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private LintResult lint(CheckRequest request, Config config) throws CheckException {
        return lint(request, config, new ArrayList<>(), RunSizeGate.NONE);
    }

    private LintResult lint(CheckRequest request, Config config, List<String> missing, RunSizeGate gate)
            throws CheckException {
        // Opened first: it is read on a thread of its own while the files are collected.
        ResultCache cache = request.resultCache()
                ? ResultCache.open(config.links().cacheDir(), () -> Linter.runKey(config, registry), request.notices())
                : null;
        FileCollector collector = new FileCollector(config, request.workingDir());
        List<InputFile> files = collect(request, collector, missing);
        gate.before(new RunSize(files.size(), () -> files.size()
                - (cache == null ? 0 : cache.heldUnchanged(files.stream().map(InputFile::path).toList()))));
        if (!request.quiet()) {
            collector.skipped().forEach(s -> request.notices().accept("postlint: skipped " + s));
        }
        LintResult result = new Linter(config, registry, request.threads(),
                request.progress().withNotices(request.notices()), request.environment()::get, cache).run(files);
        if (cache != null) {
            try {
                cache.save();
            } catch (IOException e) {
                request.notices().accept("postlint: the result cache could not be saved (" + e.getMessage() + ")");
            }
        }
        return result;
    }

    /** What postlint understands of the site the request's first path belongs to, with the request's config. */
    public SiteDescription describeSite(CheckRequest request) throws CheckException {
        Config config = config(request);
        String first = request.paths().isEmpty() ? "." : request.paths().get(0);
        return SiteDescription.of(request.workingDir().resolve(first), config.site());
    }

        /** The config the request names, or the nearest {@code .postlint.yml}, or the defaults; with the overrides. */
    private Config config(CheckRequest request) throws CheckException {
        Path workingDir = request.workingDir();
        Optional<Path> explicit = request.configFile().map(workingDir::resolve);
        if (explicit.isPresent() && !Files.isRegularFile(explicit.get())) {
            throw new CheckException(request.configFile().get() + ": config file not found");
        }
        Optional<Path> file = explicit.or(() -> ConfigLoader.locate(workingDir));
        Config config;
        try {
            config = file.isPresent() ? new ConfigLoader(registry).load(file.get()) : Config.defaults(workingDir);
        } catch (ConfigException e) {
            throw new CheckException(e.getMessage());
        }
        Config.Builder overridden = config.toBuilder();
        if (!request.include().isEmpty()) {
            overridden.include(fromWorkingDir(request.include(), workingDir, config.baseDir()));
        }
        if (!request.exclude().isEmpty()) {
            List<String> exclude = new ArrayList<>(config.exclude());
            exclude.addAll(fromWorkingDir(request.exclude(), workingDir, config.baseDir()));
            overridden.exclude(exclude);
        }
        if (request.offline()) {
            overridden.links(config.links().offline());
        }
        Config result = overridden.build();
        for (String name : request.enable()) {
            result = switched(result, name, true);
        }
        for (String name : request.disable()) {
            result = switched(result, name, false);
        }
        for (var rule : request.ruleOptions().entrySet()) {
            for (var option : rule.getValue().entrySet()) {
                result = result.withRuleOption(rule.getKey(), option.getKey(), option.getValue());
            }
        }
        return result;
    }

    /**
     * A front end's globs (a Maven module's includes) mean paths from its own folder; the config's globs
     * are matched from the config file's folder, which may be a parent, so they get the way down prefixed.
     */
    private static List<String> fromWorkingDir(List<String> globs, Path workingDir, Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path work = workingDir.toAbsolutePath().normalize();
        if (!work.startsWith(base) || work.equals(base)) {
            return globs;
        }
        String prefix = base.relativize(work).toString().replace('\\', '/') + "/";
        return globs.stream().map(g -> g.startsWith("**") || g.startsWith("/") ? g : prefix + g).toList();
    }

    private Config switched(Config config, String name, boolean on) throws CheckException {
        Optional<dev.postlint.core.rule.Rule> rule = registry.find(name);
        if (rule.isPresent()) {
            return config.withSwitched(rule.get(), on);
        }
        Optional<dev.postlint.core.rule.Category> category = dev.postlint.core.rule.Category.parse(name);
        if (category.isPresent()) {
            return config.withSwitched(category.get(), on);
        }
        throw new CheckException((on ? "--enable" : "--disable") + ": unknown rule '" + name + "'"
                + dev.postlint.core.Suggestions.closest(name, registry.names()).map(n -> " (did you mean '" + n + "'?)")
                .orElse("") + "; 'postlint rules' lists the rules");
    }

    /**
     * The files to check. A path that names nothing is added to {@code missing} and the others are
     * checked; when none of them exists, there is nothing to check and that is a usage error.
     */
    private static List<InputFile> collect(CheckRequest request, FileCollector collector, List<String> missing)
            throws CheckException {
        if (request.stdin().isPresent()) {
            String name = request.paths().isEmpty() ? "stdin.md" : request.paths().get(0);
            return List.of(new InputFile(name, request.workingDir().resolve(name).normalize(), request.stdin()));
        }
        List<InputFile> found = collector.collect(request.paths(), missing);
        if (!missing.isEmpty() && missing.size() == request.paths().size()) {
            throw new CheckException("no such file or folder: " + String.join(", ", missing));
        }
        List<Path> skipped = request.skippedFolders().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return found.stream().filter(f -> skipped.stream().noneMatch(f.path().toAbsolutePath().normalize()::startsWith))
                .toList();
    }

    private static List<Path> writeReports(CheckRequest request, LintResult result, Appendable standardOutput)
            throws CheckException {
        ReportContext context = new ReportContext(request.failPolicy(), request.workingDir(), request.quiet());
        List<Path> written = new ArrayList<>();
        for (ReportTarget target : request.reports()) {
            Path output = target.output().map(request.workingDir()::resolve).orElse(null);
            try {
                Reporter reporter = target.format().reporter(output == null && request.colourOnStandardOutput(), context);
                if (output == null) {
                    reporter.write(result, standardOutput);
                } else {
                    StringBuilder report = new StringBuilder();
                    reporter.write(result, report);
                    ReportFile.write(output, report.toString(), result.inputs());
                    written.add(output);
                }
            } catch (IOException e) {
                throw new CheckException("cannot write the " + target.format().id() + " report"
                        + (output == null ? "" : " to " + target.output().get()) + ": " + e.getMessage());
            }
        }
        return written;
    }
}
