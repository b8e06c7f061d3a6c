package dev.postlint.core.links;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on one loopback address that answers by path and records every request it gets. */
final class LoopbackServer implements AutoCloseable {
    /** One request as the server saw it: method, path with query, and the Authorization header, if any. */
    record Request(String method, String path, String authorization) {
    }

    /** An answer: a status and, for redirects, a Location. */
    record Answer(int status, String location) {
        static Answer ok() {
            return new Answer(200, null);
        }

        static Answer redirect(int status, String location) {
            return new Answer(status, location);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    LoopbackServer(String address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Authorization")));
            Answer a = answers.getOrDefault(ex.getRequestURI().getRawPath(), new Answer(404, null));
            if (a.location() != null) {
                ex.getResponseHeaders().add("Location", a.location());
            }
            ex.sendResponseHeaders(a.status(), -1);
            ex.close();
        });
        server.start();
    }

    LoopbackServer answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
