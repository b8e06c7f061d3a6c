package dev.postlint.cli;

import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.config.ConfigTemplate;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.site.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code postlint init}: a commented {@code .postlint.yml} for the site in the current folder; never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented .postlint.yml for the site in a folder (Jekyll, Hugo or Zola "
                + "detected), with the line that lets YAML editors complete and check it. An existing file is kept.")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The site's folder (default: the current one).")
    Path folder = Path.of("");

    @Override
    public Integer call() {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        Generator generator = Generator.findRoot(dir).map(Generator::of).orElse(Generator.UNKNOWN);
        String text = ConfigTemplate.of(generator, RuleRegistry.loadBuiltIn());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("postlint: " + file + " exists; it was left as it is");
            return ExitCode.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("postlint: cannot write " + file + " (" + e.getMessage() + ")");
            return ExitCode.USAGE;
        }
        String site = switch (generator) {
            case JEKYLL -> "a Jekyll site";
            case HUGO -> "a Hugo site";
            case ZOLA -> "a Zola site";
            case UNKNOWN -> "a folder of Markdown files";
        };
        spec.commandLine().getOut().println("postlint: wrote " + file + " for " + site);
        return ExitCode.OK;
    }
}
