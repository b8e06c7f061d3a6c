package dev.postlint.core.pipeline;

import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.run.FailPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a front end asks of one check: where it runs, what to check, which config, what to
 * override, how to fail and which reports to write. Build it with {@link #in(Path)}.
 */
public record CheckRequest(Path workingDir, List<String> paths, Optional<Path> configFile, List<String> include,
                           List<String> exclude, boolean offline, int threads, FailPolicy failPolicy,
                           List<ReportTarget> reports, boolean colourOnStandardOutput, List<Path> skippedFolders,
                           ProgressListener progress, java.util.Map<String, String> environment, boolean resultCache,
                           java.util.function.Consumer<String> notices, Optional<Path> baselineFile,
                           boolean useBaseline, FixMode fixMode, boolean changedOnly,
                           Optional<String> changedSince, java.util.Map<String, java.util.Map<String, Object>> ruleOptions,
                           boolean quiet, List<String> enable, List<String> disable, Optional<byte[]> stdin,
                           RunSizeGate sizeGate) {
    /** Whether a check changes files: not at all, by applying the certain fixes, or by showing them as a diff. */
    public enum FixMode { NONE, APPLY, DRY_RUN }

    public CheckRequest {
        paths = List.copyOf(paths);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        reports = List.copyOf(reports);
        skippedFolders = List.copyOf(skippedFolders);
        environment = java.util.Map.copyOf(environment);
    }

    /** A request to check the working folder with the defaults: config found from there, text on standard output. */
    public static Builder in(Path workingDir) {
        return new Builder(workingDir.toAbsolutePath().normalize());
    }

    /** Sets what the front end's arguments say; the rest keeps its default. */
    public static final class Builder {
        private final Path workingDir;
        private List<String> paths = List.of(".");
        private Optional<Path> configFile = Optional.empty();
        private List<String> include = List.of();
        private List<String> exclude = List.of();
        private boolean offline;
        private int threads = Runtime.getRuntime().availableProcessors();
        private FailPolicy failPolicy = FailPolicy.DEFAULT;
        private List<ReportTarget> reports = List.of();
        private boolean colour;
        private List<Path> skippedFolders = List.of();
        private ProgressListener progress = ProgressListener.NONE;
        private RunSizeGate sizeGate = RunSizeGate.NONE;
        private java.util.Map<String, String> environment = System.getenv();
        private boolean resultCache = true;
        private java.util.function.Consumer<String> notices = System.err::println;
        private Optional<Path> baselineFile = Optional.empty();
        private boolean useBaseline = true;
        private FixMode fixMode = FixMode.NONE;
        private boolean changedOnly;
        private Optional<String> changedSince = Optional.empty();
        private java.util.Map<String, java.util.Map<String, Object>> ruleOptions = java.util.Map.of();
        private boolean quiet;
        private List<String> enable = List.of();
        private List<String> disable = List.of();
        private Optional<byte[]> stdin = Optional.empty();

        private Builder(Path workingDir) {
            this.workingDir = workingDir;
        }

        /** Files or folders, relative to the working folder; shown in reports as written here. */
        public Builder paths(List<String> paths) {
            this.paths = paths;
            return this;
        }

        public Builder configFile(Optional<Path> configFile) {
            this.configFile = configFile;
            return this;
        }

        /** Replaces the config's {@code include} globs when not empty. */
        public Builder include(List<String> include) {
            this.include = include;
            return this;
        }

        /** Adds to the config's {@code exclude} globs. */
        public Builder exclude(List<String> exclude) {
            this.exclude = exclude;
            return this;
        }

        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder failPolicy(FailPolicy failPolicy) {
            this.failPolicy = failPolicy;
            return this;
        }

        public Builder reports(List<ReportTarget> reports) {
            this.reports = reports;
            return this;
        }

        /** Whether reports written to standard output may use terminal colours. */
        public Builder colourOnStandardOutput(boolean colour) {
            this.colour = colour;
            return this;
        }

        /** Folders whose files are left out even though a checked folder contains them (Maven modules). */
        public Builder skippedFolders(List<Path> skippedFolders) {
            this.skippedFolders = skippedFolders;
            return this;
        }

        public Builder progress(ProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /**
         * The environment of the process that asked for the check: where {@code ${env:NAME}} in link headers is
         * looked up, and what git runs with for {@code --changed} (this JVM's by default).
         */
        public Builder environment(java.util.Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /** Whether results of unchanged files are taken from {@code .postlint-cache/results.bin} (the default). */
        public Builder resultCache(boolean resultCache) {
            this.resultCache = resultCache;
            return this;
        }

        /** Where one-line notices go, such as a damaged cache being ignored (standard error by default). */
        public Builder notices(java.util.function.Consumer<String> notices) {
            this.notices = notices;
            return this;
        }

        /**
         * The baseline file, relative to the working folder; without one, {@code .postlint-baseline.json}
         * in the config's folder is used when it exists.
         */
        public Builder baselineFile(Optional<Path> baselineFile) {
            this.baselineFile = baselineFile;
            return this;
        }

        /** Whether findings accepted in a baseline are left out (the default); off reports every finding. */
        public Builder useBaseline(boolean useBaseline) {
            this.useBaseline = useBaseline;
            return this;
        }

        /**
         * {@code APPLY} writes the certain fixes into the files and reports what is left; {@code DRY_RUN}
         * writes a unified diff of them to standard output instead of the reports and changes nothing.
         */
        public Builder fixMode(FixMode fixMode) {
            this.fixMode = fixMode;
            return this;
        }

        /**
         * Report only the findings in files changed in git against {@code ref} (default: the merge base
         * with the default branch), and the cross-post findings that point into them.
         */
        public Builder changed(boolean changedOnly, Optional<String> ref) {
            this.changedOnly = changedOnly;
            this.changedSince = ref;
            return this;
        }

        /** Options of rules set by the front end over the config's, such as {@code --fix-summary}: rule id, option, value. */
        public Builder ruleOptions(java.util.Map<String, java.util.Map<String, Object>> ruleOptions) {
            this.ruleOptions = ruleOptions;
            return this;
        }

        /** Whether the text report shows only the findings, without its summary lines. */
        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** Rules or categories turned on, and off, for this run over the config ({@code --enable}, {@code --disable}). */
        public Builder switched(List<String> enable, List<String> disable) {
            this.enable = enable;
            this.disable = disable;
            return this;
        }

        /**
         * One post's content from standard input, checked as the file its single path names (the path
         * need not exist; it places the post in its site).
         */
        public Builder stdin(Optional<byte[]> stdin) {
            this.stdin = stdin;
            return this;
        }

        /** Told the check's size before it starts (see {@link RunSizeGate}). */
        public Builder sizeGate(RunSizeGate sizeGate) {
            this.sizeGate = sizeGate;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(workingDir, paths, configFile, include, exclude, offline, threads, failPolicy,
                    reports, colour, skippedFolders, progress, environment, resultCache, notices, baselineFile,
                    useBaseline, fixMode, changedOnly, changedSince, ruleOptions, quiet, enable, disable,
                    stdin, sizeGate);
        }
    }
}
