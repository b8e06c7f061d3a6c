package dev.postlint.maven;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.report.ReportContext;
import dev.postlint.core.report.ReportFormat;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.run.ProcessingError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's Markdown posts with postlint, writes the reports, prints the findings and fails
 * the build when there are more findings at or above {@code failOnSeverity} than
 * {@code maxAllowedFindings}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** Skip the check. */
    @Parameter(property = "postlint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The postlint config file. Default: {@code .postlint.yml} in the project's folder or the nearest
     * parent folder; without one, postlint's defaults apply.
     */
    @Parameter(property = "postlint.configFile")
    private File configFile;

    /**
     * Folders searched for {@code *.md} and {@code *.markdown} files, honouring the config's include and
     * exclude globs. Default: the project's folder, without the folders of its modules (each module is
     * checked in its own build).
     */
    @Parameter(property = "postlint.sourceDirectories")
    private List<File> sourceDirectories;

    /** Globs of files to check, relative to the config file's folder; replaces the config's {@code include}. */
    @Parameter(property = "postlint.includes")
    private List<String> includes;

    /** Globs of files and folders never checked; replaces the config's {@code exclude}. */
    @Parameter(property = "postlint.excludes")
    private List<String> excludes;

    /**
     * The least severe finding that counts towards failing the build: {@code error}, {@code warning},
     * {@code info}, or {@code never} to never fail.
     */
    @Parameter(property = "postlint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails. */
    @Parameter(property = "postlint.maxAllowedFindings", defaultValue = "0")
    private int maxAllowedFindings;

    /**
     * Report formats written to {@code outputDirectory}: {@code json} ({@code postlint.json}), {@code text}
     * ({@code postlint.txt}), {@code sarif} ({@code postlint.sarif}), {@code junit} ({@code postlint-junit.xml}),
     * {@code checkstyle} ({@code postlint-checkstyle.xml}), {@code github} ({@code postlint-github.txt}) and
     * {@code html} ({@code postlint.html}). The findings are also printed to the build log.
     */
    @Parameter(property = "postlint.formats", defaultValue = "json")
    private List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "postlint.outputDirectory", defaultValue = "${project.build.directory}/postlint")
    private File outputDirectory;

    /** Do not check external links (internal links are still checked). Default: Maven's own offline mode ({@code -o}). */
    @Parameter(property = "postlint.offline", defaultValue = "${settings.offline}")
    private boolean offline;

    /** Print each finding to the build log as {@code [ERROR]}, {@code [WARNING]} or {@code [INFO]} lines. */
    @Parameter(property = "postlint.printFindings", defaultValue = "true")
    private boolean printFindings;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("postlint: skipped");
            return;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Optional<Severity> threshold = threshold();
        List<ReportFormat> reportFormats = reportFormats();
        RuleRegistry registry = RuleRegistry.load(CheckMojo.class.getClassLoader());
        Config config = config(registry, basedir);
        List<InputFile> files = collect(config, basedir);
        if (files.isEmpty()) {
            log.info("postlint: no Markdown files in " + basedir);
            return;
        }
        LintResult result = new Linter(config, registry, Runtime.getRuntime().availableProcessors()).run(files);
        for (ProcessingError error : result.errors()) {
            log.error("postlint: " + error);
        }
        if (result.hasInternalErrors()) {
            throw new MojoExecutionException("postlint failed on " + result.errors().get(0));
        }
        List<Path> written = writeReports(result, reportFormats, threshold);
        if (printFindings) {
            print(result, log);
        }
        Map<Severity, Integer> counts = result.countBySeverity();
        String summary = plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
                + (written.isEmpty() ? "" : "; see " + relative(basedir, written.get(0)));
        log.info("postlint: " + result.fileCount() + " files checked, " + plural(counts.get(Severity.ERROR), "error")
                + ", " + plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info");
        if (threshold.isPresent() && result.countAtLeast(threshold.get()) > maxAllowedFindings) {
            throw new MojoFailureException(summary);
        }
        if (!result.errors().isEmpty()) {
            throw new MojoFailureException(result.errors().size() + " files could not be read; " + summary);
        }
    }

    private Optional<Severity> threshold() throws MojoExecutionException {
        if (failOnSeverity.equals("never")) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(failOnSeverity).orElseThrow(() -> new MojoExecutionException(
                "failOnSeverity must be error, warning, info or never, not '" + failOnSeverity + "'")));
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> result = new ArrayList<>();
        for (String id : formats) {
            result.add(ReportFormat.parse(id).orElseThrow(() -> new MojoExecutionException(
                    "unknown report format '" + id + "'; postlint writes " + ReportFormat.ids())));
        }
        return result;
    }

    private Config config(RuleRegistry registry, Path basedir) throws MojoExecutionException {
        Optional<Path> file = configFile != null ? Optional.of(configFile.toPath()) : ConfigLoader.locate(basedir);
        if (configFile != null && !configFile.isFile()) {
            throw new MojoExecutionException(configFile + ": config file not found");
        }
        Config config;
        try {
            config = file.isPresent() ? new ConfigLoader(registry).load(file.get()) : Config.defaults(basedir);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if ((includes != null && !includes.isEmpty()) || (excludes != null && !excludes.isEmpty())) {
            config = new Config(config.file(), config.baseDir(),
                    includes == null || includes.isEmpty() ? config.include() : includes,
                    excludes == null || excludes.isEmpty() ? config.exclude() : excludes,
                    config.frontMatter(), config.rules(), config.site(), config.links());
        }
        return offline ? config.withLinks(config.links().offline()) : config;
    }

    private List<InputFile> collect(Config config, Path basedir) throws MojoExecutionException {
        List<Path> roots = new ArrayList<>();
        boolean byDefault = sourceDirectories == null || sourceDirectories.isEmpty();
        if (byDefault) {
            roots.add(basedir);
        } else {
            sourceDirectories.forEach(d -> roots.add(d.toPath().toAbsolutePath().normalize()));
        }
        List<String> arguments = roots.stream().filter(Files::exists).map(Path::toString).toList();
        if (arguments.isEmpty()) {
            return List.of();
        }
        List<Path> modules = project.getModules().stream().map(m -> basedir.resolve(m).normalize()).toList();
        try {
            List<InputFile> found = new FileCollector(config).collect(arguments);
            List<InputFile> files = new ArrayList<>();
            for (InputFile f : found) {
                Path abs = f.path().toAbsolutePath().normalize();
                if (byDefault && modules.stream().anyMatch(abs::startsWith)) {
                    continue;
                }
                files.add(new InputFile(relative(basedir, abs), abs));
            }
            return files;
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("no such file or folder: " + e.getFile());
        }
    }

    private List<Path> writeReports(LintResult result, List<ReportFormat> reportFormats, Optional<Severity> threshold)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        ReportContext context = ReportContext.of(threshold);
        for (ReportFormat format : reportFormats) {
            Path target = outputDirectory.toPath().resolve(format.fileName());
            StringBuilder report = new StringBuilder();
            try {
                format.reporter(false, context).write(result, report);
                AtomicFile.write(target, report.toString());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    private static void print(LintResult result, Log log) {
        for (Finding f : result.findings()) {
            String line = f.file() + ":" + f.line() + ":" + f.column() + ": " + f.ruleId() + " " + f.message();
            switch (f.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
            for (RelatedLocation r : f.related()) {
                String rel = "    " + r.file() + ":" + r.line() + ":" + r.column() + ": " + r.message();
                switch (f.severity()) {
                    case ERROR -> log.error(rel);
                    case WARNING -> log.warn(rel);
                    case INFO -> log.info(rel);
                }
            }
        }
    }

    private static String relative(Path basedir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(basedir) ? basedir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
