package dev.postlint.maven;

import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.CheckOutcome;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.pipeline.ReportTarget;
import dev.postlint.core.report.ReportFormat;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FailPolicy;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * {@code postlint:report}: the findings as a page of the project's site ({@code mvn site}), as
 * maven-pmd-plugin's and maven-checkstyle-plugin's reports are. The page is postlint's own HTML report,
 * so it looks the same inside the site as on its own. It reports; it never fails the build.
 */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {
    /** The config file. Default: {@code .postlint.yml} in the project folder or the nearest parent. */
    @Parameter(property = "postlint.configFile")
    private File configFile;

    /** Folders searched for Markdown. Default: the project folder, without the folders of modules. */
    @Parameter(property = "postlint.sourceDirectories")
    private List<File> sourceDirectories;

    /** Do not check external links. Default: Maven's own offline mode ({@code -o}). */
    @Parameter(property = "postlint.offline", defaultValue = "${settings.offline}")
    private boolean offline;

    @Override
    public String getOutputName() {
        return "postlint";
    }

    @Override
    public String getName(Locale locale) {
        return "postlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Content findings of postlint: front matter, images, headings, links and SEO of the Markdown posts.";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        CheckRequest request = CheckRequest.in(basedir)
                .paths(SourceFolders.paths(basedir, sourceDirectories))
                .skippedFolders(SourceFolders.skipped(project, basedir, sourceDirectories))
                .configFile(Optional.ofNullable(configFile).map(File::toPath))
                .offline(offline)
                .notices(getLog()::warn)
                .failPolicy(new FailPolicy(Optional.empty(), 0))
                .reports(ReportTarget.inFolder(List.of(ReportFormat.HTML), getReportOutputDirectory().toPath()))
                .build();
        try {
            CheckOutcome outcome = new CheckPipeline(RuleRegistry.load(ReportMojo.class.getClassLoader()))
                    .run(request, new StringBuilder());
            getLog().info("postlint: " + outcome.summary() + "; report " + outcome.reportFiles().get(0));
        } catch (CheckException e) {
            throw new MavenReportException("postlint: " + e.getMessage());
        }
    }
}
