package dev.postlint.cli;

import dev.postlint.core.io.FileStamp;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The resident process the launcher starts with {@code POSTLINT_DAEMON=on}: one JVM that stays up and
 * serves {@code postlint check} runs, so a run pays no JVM start and runs compiled code. It listens on
 * the loopback address only, on a port it writes with a random token to {@code server} in its own folder
 * (readable by the user alone, in a folder of the user's); a request without the token is dropped. Runs take turns.
 * It stops after an idle time, when its jar changes, or when the server file no longer names it.
 */
public final class ResidentServer {
    /** The exit code asking the launcher to run the command in a JVM of its own. */
    static final int NOT_SERVED = 120;
    private static final long PAIRING_MILLIS = 10_000;
    /** Connections handled at once; more are closed unread (a run takes three). */
    private static final int MAX_CONNECTIONS = 48;

    private final Path folder;
    private final Path jar;
    private final long idleMillis;
    private final byte[] token;
    private final ServerSocket socket;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final Map<String, Pairing> channels = new ConcurrentHashMap<>();
    private final java.util.concurrent.Semaphore open = new java.util.concurrent.Semaphore(MAX_CONNECTIONS);
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "postlint-resident");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.Optional<FileStamp> jarStamp;
    private final String identity;
    private volatile long lastUsed = System.currentTimeMillis();
    /** The command line of {@code check} and the invocation of the run it serves; both only with the turn held. */
    private picocli.CommandLine checkCommand;
    private Invocation current;

    private ResidentServer(Path folder, Path jar, long idleMillis, String identity) throws IOException {
        this.folder = folder;
        this.identity = identity;
        this.jar = jar;
        this.idleMillis = idleMillis;
        this.jarStamp = FileStamp.of(jar);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /**
     * Arguments: the server's folder, the jar whose change stops it, the idle minutes, and the text naming
     * what it was started for (Java, jar, options, locale), which the launcher compares before it connects.
     */
    public static void main(String[] args) throws IOException {
        ResidentServer server = new ResidentServer(Path.of(args[0]), Path.of(args[1]),
                TimeUnit.MINUTES.toMillis(Long.parseLong(args[2])), args[3]);
        server.announce();
        server.watch();
        server.serve();
    }

    /** The server file, written whole and readable by the user alone. */
    private void announce() throws IOException {
        Path temp = Files.createTempFile(folder, "server", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, socket.getLocalPort() + " " + ProcessHandle.current().pid() + " "
                + new String(token, StandardCharsets.US_ASCII) + "\n" + identity + "\n");
        Files.move(temp, folder.resolve("server"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (!open.tryAcquire()) {
                    close(client);
                    continue;
                }
                connections.execute(() -> {
                    try {
                        handle(client);
                    } finally {
                        open.release();
                    }
                });
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    System.err.println("postlint: resident: " + e.getMessage());
                }
            }
        }
    }

    /** Once a minute: stop when idle too long, when the jar changed, or when another server took over. */
    private void watch() {
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(Math.min(60_000, Math.max(1_000, idleMillis / 4)));
                } catch (InterruptedException e) {
                    return;
                }
                boolean idle = !turn.isLocked() && System.currentTimeMillis() - lastUsed > idleMillis;
                if (idle || !jarStamp.equals(FileStamp.of(jar)) || !named()) {
                    stop();
                }
            }
        }, "postlint-resident-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private boolean named() {
        try {
            return Files.readString(folder.resolve("server")).contains(new String(token, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    private void stop() {
        turn.lock(); // the run in progress finishes first
        try {
            if (named()) {
                Files.deleteIfExists(folder.resolve("server"));
            }
        } catch (IOException e) {
            // The launcher finds no server at the port and starts another.
        }
        System.exit(0);
    }

    private void handle(Socket client) {
        try {
            client.setSoTimeout((int) PAIRING_MILLIS);
            ResidentRequest request = ResidentRequest.read(new BufferedInputStream(client.getInputStream()));
            if (!MessageDigest.isEqual(token, request.token().getBytes(StandardCharsets.US_ASCII))) {
                client.close();
                return;
            }
            client.setSoTimeout(0);
            switch (request.kind()) {
                case "out", "err" -> awaitRun(request.kind() + " " + request.id(), client);
                case "run" -> run(request, client);
                case "stop" -> {
                    client.close();
                    stop();
                }
                default -> client.close();
            }
        } catch (IOException | RuntimeException e) {
            close(client);
        }
    }

    /**
     * A run's standard output or error waits for the run that names its id, and is closed when none came
     * within the pairing time. Its handler returns once the run took it: a run every few milliseconds must
     * not keep connections counted (and their threads asleep) for the pairing time.
     */
    private void awaitRun(String channel, Socket client) {
        Pairing pairing = channels.computeIfAbsent(channel, c -> new Pairing());
        if (!pairing.socket().complete(client)) { // a second connection for the same channel
            close(client);
            return;
        }
        try {
            pairing.taken().await(PAIRING_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (channels.remove(channel, pairing)) {
            close(client);
        }
    }

    /**
     * The run's standard output or error, as soon as its connection is there: the three connections of a
     * run arrive at once, and their handlers' threads run in any order.
     */
    private Socket channel(String kind, String id) throws IOException {
        String channel = kind + " " + id;
        Pairing pairing = channels.computeIfAbsent(channel, c -> new Pairing());
        Socket socket = null;
        try {
            socket = pairing.socket().get(PAIRING_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // No such connection came.
        }
        // Whoever removes the pairing owns the connection: the run, or its handler when the pairing time is up.
        if (!channels.remove(channel, pairing)) {
            throw new IOException("no " + kind + " channel for run " + id);
        }
        if (socket == null && !pairing.socket().cancel(false)) {
            socket = pairing.socket().join(); // it came just now
        }
        if (socket == null) {
            throw new IOException("no " + kind + " channel for run " + id);
        }
        pairing.taken().countDown();
        return socket;
    }

    /** A standard output or error connection and its run, whichever comes first. */
    private record Pairing(java.util.concurrent.CompletableFuture<Socket> socket, CountDownLatch taken) {
        Pairing() {
            this(new java.util.concurrent.CompletableFuture<>(), new CountDownLatch(1));
        }
    }

    private void run(ResidentRequest request, Socket client) throws IOException {
        try (client; Socket outSocket = channel("out", request.id()); Socket errSocket = channel("err", request.id())) {
            int code = NOT_SERVED;
            if (served(request)) {
                PrintWriter out = Main.buffered(outSocket.getOutputStream(), StandardCharsets.UTF_8);
                PrintWriter err = new PrintWriter(new OutputStreamWriter(
                        new Announced(errSocket.getOutputStream(), client.getOutputStream()), StandardCharsets.UTF_8));
                HangUpWatch hangUp = HangUpWatch.start(client, connections);
                try {
                    turn.lockInterruptibly();
                    try {
                        code = execute(request, out, err);
                        lastUsed = System.currentTimeMillis();
                    } finally {
                        turn.unlock();
                    }
                } catch (InterruptedException e) {
                    return; // the launcher went away while the run waited for its turn
                } finally {
                    hangUp.stop();
                }
                out.flush();
                err.flush();
            }
            outSocket.shutdownOutput();
            errSocket.shutdownOutput();
            client.getOutputStream().write((code + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Standard error's connection, announced on the run's own connection ("stderr" and a newline) before
     * its first byte: the launcher starts a program to copy it only then, since most runs write nothing there.
     */
    private static final class Announced extends FilterOutputStream {
        private final OutputStream answer;
        private boolean announced;

        Announced(OutputStream out, OutputStream answer) {
            super(out);
            this.answer = answer;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            announce();
            out.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                announce();
                out.write(b, off, len);
            }
        }

        private void announce() throws IOException {
            if (!announced) {
                answer.write("stderr\n".getBytes(StandardCharsets.US_ASCII));
                announced = true;
            }
        }
    }

    /** Only a check of files: a post on standard input needs the launcher's own standard input. */
    private static boolean served(ResidentRequest request) {
        return !request.args().isEmpty() && request.args().get(0).equals("check") && !request.args().contains("-")
                && Path.of(request.workingDir()).isAbsolute();
    }

    /**
     * A run, with the turn held. The check's command line is built once and parsed again for each run
     * (building it took 1.3 to 7 ms of each run); each run gives it the launcher's folder and environment.
     */
    private int execute(ResidentRequest request, PrintWriter out, PrintWriter err) {
        String[] args = request.args().toArray(String[]::new);
        current = new Invocation(Path.of(request.workingDir()), request.environment(), request.interactive(),
                java.io.InputStream::nullInputStream, java.util.List.of());
        try {
            if (checkCommand == null) {
                checkCommand = PostlintCommand.newCommandLine(new String[] {"check"}, () -> current);
            }
            checkCommand.setOut(out);
            checkCommand.setErr(err);
            return checkCommand.execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            checkCommand = null; // built again for the next run
            err.println("postlint: internal error: " + e);
            return ExitCode.INTERNAL;
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }
}
