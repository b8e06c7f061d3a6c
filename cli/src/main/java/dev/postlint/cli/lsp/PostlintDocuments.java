package dev.postlint.cli.lsp;

import dev.postlint.core.Finding;
import dev.postlint.core.Fix;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.Linter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents and their diagnostics. While a post is edited, the rules of one post check the
 * editor's text, 300 ms after the last change; on open and save the whole check runs on the file as
 * saved, links and images included. Each diagnostic keeps its finding's fix for a quick fix.
 */
final class PostlintDocuments implements TextDocumentService {
    private static final long DEBOUNCE_MS = 300;
    private final RuleRegistry registry = RuleRegistry.loadBuiltIn();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, List<Finding>> findings = new ConcurrentHashMap<>();
    private final Map<String, Linter> linters = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "postlint-lsp");
        t.setDaemon(true);
        return t;
    });
    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    void close() {
        timer.shutdownNow();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        texts.put(uri, params.getTextDocument().getText());
        schedule(uri, 0, true);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (!params.getContentChanges().isEmpty()) {
            texts.put(uri, params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
            schedule(uri, DEBOUNCE_MS, false);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        schedule(params.getTextDocument().getUri(), 0, true);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        texts.remove(uri);
        findings.remove(uri);
        Optional.ofNullable(pending.remove(uri)).ifPresent(f -> f.cancel(false));
        publish(uri, List.of());
    }

    private void schedule(String uri, long delay, boolean wholeSite) {
        pending.compute(uri, (k, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return timer.schedule(() -> check(uri, wholeSite), delay, TimeUnit.MILLISECONDS);
        });
    }

    private void check(String uri, boolean saved) {
        Optional<Path> file = fileOf(uri);
        String text = texts.get(uri);
        if (file.isEmpty() || text == null) {
            return;
        }
        try {
            List<Finding> found = saved ? checkSaved(file.get()) : checkText(file.get(), text);
            findings.put(uri, found);
            publish(uri, found.stream().map(PostlintDocuments::diagnostic).toList());
        } catch (CheckException | ConfigException | RuntimeException e) {
            Optional.ofNullable(client).ifPresent(c -> c.logMessage(new org.eclipse.lsp4j.MessageParams(
                    org.eclipse.lsp4j.MessageType.Error, "postlint: " + e.getMessage())));
        }
    }

    /** The whole check of the file as saved: its own rules, and its links, anchors and images in the site. */
    private List<Finding> checkSaved(Path file) throws CheckException {
        CheckRequest request = CheckRequest.in(file.getParent()).paths(List.of(file.toString())).notices(n -> { })
                .build();
        return new CheckPipeline(registry).run(request, new StringBuilder()).result().findings();
    }

    /** The rules of one post on the editor's text, as it is typed. */
    private List<Finding> checkText(Path file, String text) throws ConfigException {
        return linterFor(file.getParent()).checkContent(new InputFile(file.toString(), file),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** A linter for a folder's config, made again only when the config file changes, not at every keystroke. */
    private Linter linterFor(Path folder) throws ConfigException {
        Optional<Path> configFile = ConfigLoader.locate(folder);
        long modified = configFile.map(f -> f.toFile().lastModified()).orElse(0L);
        String key = configFile.map(Path::toString).orElse(folder.toString()) + "@" + modified;
        Linter cached = linters.get(key);
        if (cached != null) {
            return cached;
        }
        Config config = configFile.isPresent() ? new ConfigLoader(registry).load(configFile.get())
                : Config.defaults(folder);
        Linter linter = new Linter(config, registry, 1);
        linters.put(key, linter);
        return linter;
    }

    private static Optional<Path> fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    private static Diagnostic diagnostic(Finding f) {
        Position at = new Position(Math.max(0, f.line() - 1), Math.max(0, f.column() - 1));
        Diagnostic d = new Diagnostic(new Range(at, at), f.message(), severity(f.severity()), "postlint", f.ruleId());
        d.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(
                dev.postlint.core.Version.docsUrl(f.ruleId())));
        return d;
    }

    private static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    /** A quick fix for each diagnostic in the range whose finding has a certain fix. */
    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Finding f : findings.getOrDefault(uri, List.of())) {
            int line = f.line() - 1;
            if (f.fix().isEmpty() || line < params.getRange().getStart().getLine()
                    || line > params.getRange().getEnd().getLine()) {
                continue;
            }
            Fix fix = f.fix().get();
            List<TextEdit> edits = fix.edits().stream().map(e -> {
                Position start = new Position(e.at().line() - 1, e.at().column() - 1);
                Position end = new Position(e.at().line() - 1, e.at().column() - 1 + e.expected().length());
                return new TextEdit(new Range(start, end), e.replacement());
            }).toList();
            CodeAction action = new CodeAction("postlint: " + fix.description());
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(diagnostic(f)));
            action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
            actions.add(Either.forRight(action));
        }
        return CompletableFuture.completedFuture(actions);
    }
}
