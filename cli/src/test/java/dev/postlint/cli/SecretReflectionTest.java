package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that reflects the configured Authorization header in every way it can (redirect queries,
 * paths, invalid and non-web redirect targets, loops, headers, cookies, page ids): the secret appears in no
 * report, on neither output stream and not in the link cache, while the findings stay useful.
 */
class SecretReflectionTest {
    private static final String TOKEN = "reflected-s3cret-9f2c";

    @TempDir
    Path dir;

    private HttpServer reflectingServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        server.createContext("/", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String token = auth == null ? "none" : auth.replaceFirst("^Bearer ", "");
            String path = ex.getRequestURI().getRawPath();
            ex.getResponseHeaders().add("X-Echo", token);
            ex.getResponseHeaders().add("Set-Cookie", "t=" + token);
            String location = switch (path) {
                case "/query" -> "/landing?token=" + token + "&x=1";
                case "/encoded" -> "/landing?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("-", "%2D");
                case "/in-path" -> "/" + token + "/landing";
                case "/invalid" -> "http://[" + token;
                case "/not-web" -> "mailto:" + token + "@example.org";
                case "/loop" -> "/loop?" + token;
                default -> null;
            };
            byte[] body = ("<html><body><h2 id=\"" + token + "\">x</h2><h2 id=\"intro\">Intro</h2>"
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            if (location != null) {
                ex.getResponseHeaders().add("Location", location);
                ex.sendResponseHeaders(301, -1);
            } else if (path.equals("/landing") || path.equals("/" + token + "/landing") || path.equals("/page")) {
                ex.sendResponseHeaders(200, ex.getRequestMethod().equals("HEAD") ? -1 : body.length);
                if (!ex.getRequestMethod().equals("HEAD")) {
                    ex.getResponseBody().write(body);
                }
            } else {
                ex.sendResponseHeaders(404, -1);
            }
            ex.close();
        });
        server.start();
        return server;
    }

    @Test
    void aReflectedHeaderValueReachesNoOutputAndNoCache() throws Exception {
        HttpServer server = reflectingServer();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path site = Files.createDirectories(dir.resolve("site"));
            Files.writeString(site.resolve(".postlint.yml"), "links:\n  allowPrivateAddresses: [127.0.0.1]\n"
                    + "  retries: 0\n  externalAnchors: true\n  hosts:\n    \"" + base + "\":\n      headers:\n"
                    + "        Authorization: \"Bearer " + TOKEN + "\"\n");
            List<String> paths = List.of("/query", "/encoded", "/in-path", "/invalid", "/not-web", "/loop", "/page#nope",
                    "/missing");
            StringBuilder post = new StringBuilder("---\ntitle: Reflections\n---\n\n");
            for (String p : paths) {
                post.append("See [the page at ").append(p.substring(1)).append("](").append(base).append(p).append(").\n\n");
            }
            Files.writeString(site.resolve("post.md"), post);
            List<String> args = new ArrayList<>(List.of("check", site.toString(), "--config",
                    site.resolve(".postlint.yml").toString()));
            for (String format : List.of("json", "sarif", "html", "github", "junit", "checkstyle")) {
                args.addAll(List.of("--format", format, "--output", dir.resolve("report." + format).toString()));
            }
            args.addAll(List.of("--format", "text"));
            CliRun run = CliRun.of(args.toArray(new String[0]));
            assertEquals(1, run.exitCode(), run.out() + run.err());

            List<String> everything = new ArrayList<>(List.of(run.out(), run.err()));
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith(".postlint.yml")).toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    if (f.toString().endsWith(".bin")) {
                        bytes = resultCacheInflated(bytes);
                    }
                    everything.add(f + ": " + new String(bytes, StandardCharsets.ISO_8859_1));
                }
            }
            for (String text : everything) {
                assertFalse(text.contains(TOKEN), text);
                assertFalse(text.contains(TOKEN.replace("-", "%2D")), text);
            }
            assertTrue(Files.exists(site.resolve(".postlint-cache/links.tsv")), "the cache was written and searched");
            String out = run.out();
            assertTrue(out.contains("The link to " + base + "/query redirects permanently to " + base + "/landing; "), out);
            assertTrue(out.contains("The link to " + base + "/encoded redirects permanently to " + base + "/landing; "), out);
            assertFalse(out.contains("/in-path redirects"), "a target whose path holds the secret is not shown");
            assertTrue(out.contains("redirect loop"), out);
            assertTrue(out.contains("#nope"), out);
            assertTrue(out.contains("/missing is broken: the server answered 404"), out);
        } finally {
            server.stop(0);
        }
    }

    /**
     * The result cache's content, inflated: a 16-byte header with the lengths of the first two parts, the
     * run's and the entries' parts gzipped, then the summaries to the end, each deflated on its own.
     */
    private static byte[] resultCacheInflated(byte[] file) throws Exception {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(file);
        int summaries = 16 + header.getInt(8) + header.getInt(12);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(file, 16, summaries - 16))) {
            plain.write(in.readAllBytes()); // both gzip members
        }
        var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(file, summaries, file.length - summaries));
        for (int n = in.readInt(); n > 0; n--) {
            plain.write(in.readUTF().getBytes(StandardCharsets.UTF_8));
            byte[] summary = new byte[in.readInt()];
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(in.readNBytes(in.readInt()));
            assertEquals(summary.length, inflater.inflate(summary));
            inflater.end();
            plain.write(summary);
        }
        return plain.toByteArray();
    }
}
