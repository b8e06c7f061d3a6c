package dev.postlint.cli;

import dev.postlint.cli.lsp.PostlintLanguageServer;
import java.util.concurrent.Callable;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/** {@code postlint lsp}: the Language Server on standard input and output, for any LSP editor. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run postlint as a Language Server over standard input and output: diagnostics while a post "
                + "is edited (the post's own rules as you type, everything on open and save) and quick fixes.")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        PostlintLanguageServer server = new PostlintLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, System.out);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        // An editor that goes away without 'exit' closes the input: that ends the server too.
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // The connection is gone either way.
            }
            server.exit();
        }, "postlint-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        server.exited().join();
        listening.cancel(true);
        return ExitCode.OK;
    }
}
