package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postlint lsp} as an editor drives it: a real process, real LSP messages over its standard streams. */
class LanguageServerTest {
    @TempDir
    Path site;

    /** An editor that only listens: diagnostics arrive here. */
    static final class Editor implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        PublishDiagnosticsParams next() throws InterruptedException {
            PublishDiagnosticsParams p = diagnostics.poll(30, TimeUnit.SECONDS);
            assertTrue(p != null, "no diagnostics within 30 s");
            return p;
        }
    }

    private static List<String> describe(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":"
                + (d.getRange().getStart().getCharacter() + 1) + " " + d.getCode().getLeft() + " " + d.getSeverity())
                .toList();
    }

    @Test
    void diagnosticsOnOpenWhileTypingAndAQuickFix() throws Exception {
        Files.writeString(site.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        Path post = Files.writeString(site.resolve("post.md"), "---\ntitle: \" Spring \"\n---\n![](missing.png)\n");
        String uri = post.toUri().toString();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.postlint.cli.Main", "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Editor editor = new Editor();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(editor, process.getInputStream(),
                    process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            assertEquals("postlint", server.initialize(init).get(30, TimeUnit.SECONDS).getServerInfo().getName());
            server.initialized(new InitializedParams());

            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "markdown", 1, Files.readString(post))));
            PublishDiagnosticsParams opened = editor.next();
            assertEquals(uri, opened.getUri());
            assertEquals(List.of("2:9 front-matter-whitespace Warning", "2:16 front-matter-whitespace Warning",
                    "4:1 image-alt-missing Warning", "4:5 image-missing Error"), describe(opened),
                    "on open, the whole check: the missing image too");

            String typed = "---\ntitle: \" Spring \"\n---\n![A bed of tulips](missing.png) <b style=\"x\">!</b>\n";
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(typed))));
            assertEquals(List.of("2:9 front-matter-whitespace Warning", "2:16 front-matter-whitespace Warning",
                    "4:36 inline-style Error"), describe(editor.next()),
                    "while typing, the post's own rules on the editor's text");

            List<CodeAction> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri), new Range(new Position(1, 0), new Position(1, 20)),
                    new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
            assertEquals(List.of("postlint: removed the space inside the quotes",
                    "postlint: removed the space inside the quotes"), actions.stream().map(CodeAction::getTitle).toList());
            TextEdit edit = actions.get(0).getEdit().getChanges().get(uri).get(0);
            assertEquals(new Range(new Position(1, 8), new Position(1, 9)), edit.getRange());
            assertEquals("", edit.getNewText());

            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server ends on exit");
            assertEquals(0, process.exitValue());
            assertEquals("---\ntitle: \" Spring \"\n---\n![](missing.png)\n", Files.readString(post),
                    "the server never writes the file");
        } finally {
            process.destroyForcibly();
        }
    }
}
