package dev.postlint.maven;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.CheckOutcome;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.pipeline.ReportTarget;
import dev.postlint.core.report.ReportFormat;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FailPolicy;
import dev.postlint.core.run.ProcessingError;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Checks the project's Markdown posts with postlint's core check, the same one the CLI runs: this
 * goal maps its parameters onto a check request, prints the findings to the build log and turns the
 * verdict into the build result.
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

    /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails; the CLI's {@code --max-allowed}. */
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

    /** Check every file again instead of reusing the results of unchanged files from the result cache. */
    @Parameter(property = "postlint.noCache", defaultValue = "false")
    private boolean noCache;

    /**
     * A baseline written by {@code postlint baseline}: its findings are accepted and neither reported nor
     * counted. Default: {@code .postlint-baseline.json} in the config's folder, when it exists.
     */
    @Parameter(property = "postlint.baseline")
    private File baseline;

    /** Print each finding to the build log as {@code [ERROR]}, {@code [WARNING]} or {@code [INFO]} lines. */
    @Parameter(property = "postlint.printFindings", defaultValue = "true")
    private boolean printFindings;

    /** As in maven-pmd-plugin and maven-checkstyle-plugin: {@code false} never fails the build for findings. */
    @Parameter(property = "postlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** maven-pmd-plugin's name for {@code maxAllowedFindings}; wins when both are set. */
    @Parameter(property = "postlint.maxAllowedViolations")
    private Integer maxAllowedViolations;

    /** maven-checkstyle-plugin's name for {@code printFindings}; wins when both are set. */
    @Parameter(property = "postlint.consoleOutput")
    private Boolean consoleOutput;

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
        List<String> checked = SourceFolders.paths(basedir, sourceDirectories);
        CheckOutcome outcome;
        try {
            outcome = new CheckPipeline(RuleRegistry.load(CheckMojo.class.getClassLoader()))
                    .run(request(basedir, checked), new StringBuilder());
        } catch (CheckException e) {
            throw new MojoExecutionException("postlint: " + e.getMessage());
        }
        if (!outcome.missingPaths().isEmpty()) {
            throw new MojoExecutionException("postlint: the source folder " + String.join(", ", outcome.missingPaths())
                    + " does not exist in " + basedir);
        }
        log.info(checked.isEmpty() ? "postlint: no content folder in " + basedir + " (looked for a Jekyll, Hugo or "
                + "Zola site and for " + String.join(", ", SourceFolders.CONTENT_FOLDERS) + "); set sourceDirectories"
                : "postlint: checked " + String.join(", ", checked.stream().map(p -> p.equals(".") ? "the site in "
                + basedir : p).toList()));
        if (outcome.result().fileCount() == 0) {
            log.info("postlint: no Markdown files in " + basedir);
        }
        for (ProcessingError error : outcome.result().errors()) {
            log.error("postlint: " + error);
        }
        if (consoleOutput != null ? consoleOutput : printFindings) {
            print(outcome.result().findings(), log);
        }
        String report = outcome.reportFiles().isEmpty() ? "" : "; see " + SourceFolders.relative(basedir, outcome.reportFiles().get(0));
        outcome.baseline().ifPresent(b -> log.info("postlint: " + b.summary()));
        log.info("postlint: " + outcome.summary());
        switch (outcome.verdict().outcome()) {
            case PASSED -> { }
            case FAILED -> throw new MojoFailureException("postlint: " + outcome.failureReason() + report);
            case INTERNAL_ERROR -> throw new MojoExecutionException(outcome.failureReason());
        }
    }

    private CheckRequest request(Path basedir, List<String> paths) throws MojoExecutionException {
        Optional<Severity> threshold = FailPolicy.parseThreshold(failOnSeverity.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new MojoExecutionException("failOnSeverity must be error, warning, info or never, "
                        + "not '" + failOnSeverity + "'"));
        if (!failOnViolation) {
            threshold = Optional.empty();
        }
        int maxAllowed = maxAllowedViolations != null ? maxAllowedViolations : maxAllowedFindings;
        if (maxAllowed < 0) {
            throw new MojoExecutionException("maxAllowedFindings must be 0 or more");
        }
        List<ReportFormat> reportFormats = new ArrayList<>();
        for (String id : formats) {
            reportFormats.add(ReportFormat.parse(id).orElseThrow(() -> new MojoExecutionException(
                    "unknown report format '" + id + "'; postlint writes " + ReportFormat.ids())));
        }
        return CheckRequest.in(basedir)
                .paths(paths)
                .configFile(Optional.ofNullable(configFile).map(File::toPath))
                .include(includes == null ? List.of() : includes)
                .exclude(excludes == null ? List.of() : excludes)
                .offline(offline)
                .resultCache(!noCache)
                .baselineFile(Optional.ofNullable(baseline).map(File::toPath))
                .notices(getLog()::warn)
                .failPolicy(new FailPolicy(threshold, maxAllowed))
                .reports(ReportTarget.inFolder(reportFormats, outputDirectory.toPath()))
                .skippedFolders(SourceFolders.skipped(project, basedir, sourceDirectories))
                .build();
    }

    private static void print(List<Finding> findings, Log log) {
        for (Finding f : findings) {
            log(log, f.severity(), f.file() + ":" + f.line() + ":" + f.column() + ": " + f.ruleId() + " " + f.message());
            for (RelatedLocation r : f.related()) {
                log(log, f.severity(), "    " + r.file() + ":" + r.line() + ":" + r.column() + ": " + r.message());
            }
        }
    }

    private static void log(Log log, Severity severity, String line) {
        switch (severity) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }
}
