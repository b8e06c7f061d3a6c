package dev.postlint.rules;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a loopback address with the answers link checkers meet in the wild. It counts
 * requests per method and path and records how many requests were in flight at once.
 */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final java.util.Set<HttpExchange> answered = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    TestServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 200);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    int count(String method, String path) {
        AtomicInteger c = counts.get(method + " " + path);
        return c == null ? 0 : c.get();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    String lastHeader(String name) {
        return lastHeaders.get(name.toLowerCase());
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        int n = counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        ex.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            respond(ex, method, path, n);
        } finally {
            leave(ex);
            answered.remove(ex);
            ex.close();
        }
    }

    /**
     * Ends a request's time in flight, once, as its answer starts: the client may send its next request
     * as soon as it has the answer, and that must not count as overlapping this one.
     */
    private void leave(HttpExchange ex) {
        if (answered.add(ex)) {
            inFlight.decrementAndGet();
        }
    }

    private void respond(HttpExchange ex, String method, String path, int n) throws IOException {
        switch (path) {
            case "/ok" -> send(ex, 200);
            case "/page" -> {
                byte[] html = "<html><body><h2 id=\"intro\">Intro</h2><a name=\"old\"></a></body></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (method.equals("HEAD")) {
                    send(ex, 200);
                } else {
                    leave(ex);
                    ex.sendResponseHeaders(200, html.length);
                    ex.getResponseBody().write(html);
                }
            }
            case "/missing" -> send(ex, 404);
            case "/gone" -> send(ex, 410);
            case "/forbidden" -> send(ex, 403);
            case "/moved" -> redirect(ex, 301, "/moved-again");
            case "/moved-again" -> redirect(ex, 302, "/ok");
            case "/temporary" -> redirect(ex, 302, "/ok");
            case "/permanent-to-missing" -> redirect(ex, 308, "/missing");
            case "/loop-a" -> redirect(ex, 301, "/loop-b");
            case "/loop-b" -> redirect(ex, 301, "/loop-a");
            case "/no-head" -> send(ex, method.equals("HEAD") ? 405 : 200);
            case "/rate-limited" -> {
                if (n == 1) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    send(ex, 429);
                } else {
                    send(ex, 200);
                }
            }
            case "/flaky" -> send(ex, n == 1 ? 500 : 200);
            case "/down" -> send(ex, 503);
            case "/hang" -> {
                try {
                    stopping.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200);
            }
            case "/linkedin" -> send(ex, 999);
            case "/challenge" -> {
                ex.getResponseHeaders().add("cf-mitigated", "challenge");
                send(ex, 403);
            }
            default -> {
                if (path.startsWith("/slow/")) {
                    sleep(150);
                    send(ex, 200);
                } else {
                    send(ex, 404);
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, status);
    }

    private void send(HttpExchange ex, int status) throws IOException {
        leave(ex);
        ex.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
