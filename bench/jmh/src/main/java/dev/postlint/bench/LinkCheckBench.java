package dev.postlint.bench;

import com.sun.net.httpserver.HttpServer;
import dev.postlint.core.Version;
import dev.postlint.core.links.ExternalLinkChecker;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.links.UrlStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The external-link target of issue 13: 2,000 distinct URLs over 20 loopback addresses, each answering
 * after 100 ms, checked with the default limits (128 requests in flight, 10 per host). Prints the
 * median of RUNS runs, the theoretical minimum (2,000 requests at 128 at a time, 100 ms each), their
 * ratio, and the most requests any one host saw at once.
 *   java -cp benchmarks.jar dev.postlint.bench.LinkCheckBench [RUNS]
 */
public final class LinkCheckBench {
    private static final int HOSTS = 20;
    private static final int URLS = 2000;
    private static final int DELAY_MS = 100;

    private LinkCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<HttpServer> servers = new ArrayList<>();
        AtomicInteger[] inFlight = new AtomicInteger[HOSTS];
        AtomicInteger[] peak = new AtomicInteger[HOSTS];
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            AtomicInteger now = inFlight[i] = new AtomicInteger();
            AtomicInteger most = peak[i] = new AtomicInteger();
            InetAddress address = InetAddress.getByName("127.0.0." + (i + 1));
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 256);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(DELAY_MS);
                    exchange.sendResponseHeaders(200, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    now.decrementAndGet();
                    exchange.close();
                }
            });
            server.start();
            servers.add(server);
            bases.add("http://127.0.0." + (i + 1) + ":" + server.getAddress().getPort());
        }
        try {
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path cacheDir = Files.createTempDirectory("postlint-bench-cache");
                LinkSettings settings = LinkSettings.defaults(cacheDir, Version.get()).toBuilder()
                        .allowPrivateAddresses(true).cacheDir(cacheDir).build();
                List<URI> uris = new ArrayList<>();
                for (int u = 0; u < URLS; u++) {
                    uris.add(URI.create(bases.get(u % HOSTS) + "/run" + run + "/page" + u));
                }
                long start = System.nanoTime();
                Map<URI, UrlStatus> results = new ExternalLinkChecker(settings, ProgressListener.NONE, System::getenv)
                        .check(uris);
                times.add((System.nanoTime() - start) / 1_000_000);
                long ok = results.values().stream().filter(s -> s.state() == UrlStatus.State.OK).count();
                if (ok != URLS) {
                    throw new IllegalStateException("only " + ok + " of " + URLS + " URLs were fine");
                }
            }
            times.sort(null);
            long median = times.get(times.size() / 2);
            LinkSettings defaults = LinkSettings.defaults(Path.of(""), Version.get());
            int parallel = Math.min(defaults.maxConcurrency(), HOSTS * defaults.maxConcurrencyPerHost());
            long minimum = (long) Math.ceil((double) URLS / parallel) * DELAY_MS;
            int mostPerHost = 0;
            for (AtomicInteger p : peak) {
                mostPerHost = Math.max(mostPerHost, p.get());
            }
            System.out.printf("%d URLs over %d hosts, %d ms each, limits %d in flight and %d per host%n", URLS, HOSTS,
                    DELAY_MS, defaults.maxConcurrency(), defaults.maxConcurrencyPerHost());
            System.out.printf("median of %d runs: %d ms; theoretical minimum %d ms; ratio %.2f; runs %s%n", runs,
                    median, minimum, (double) median / minimum, times);
            System.out.printf("most requests one host saw at once: %d (limit %d)%n", mostPerHost,
                    defaults.maxConcurrencyPerHost());
        } finally {
            servers.forEach(s -> s.stop(0));
        }
        System.exit(0);
    }
}
