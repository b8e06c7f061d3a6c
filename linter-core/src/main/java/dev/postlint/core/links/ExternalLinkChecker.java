package dev.postlint.core.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Checks external URLs over HTTP, asynchronously, each URL once per run: HEAD first, GET when HEAD is
 * refused; redirects followed by hand (at most 10) so permanent ones can be reported; timeouts, 408,
 * 429 and 5xx retried with exponential backoff or the server's {@code Retry-After}; at most
 * {@code maxConcurrency} requests in flight and {@code maxConcurrencyPerHost} per host. Bodies are
 * never read. Successes are cached on disk.
 */
public final class ExternalLinkChecker {
    private static final int MAX_REDIRECTS = 10;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    private static final Pattern ENV_VARIABLE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /** Status and headers of one response; the body is discarded unread. */
    private record Reply(int status, HttpHeaders headers) {
    }

    private final LinkSettings settings;
    private final ProgressListener progress;
    private final Function<String, String> environment;
    private final HttpClient client;
    private final AsyncPermits global;
    private final Map<String, AsyncPermits> perHost = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<String>>> hostChecks = new ConcurrentHashMap<>();
    private final Map<URI, CompletableFuture<Reply>> replies = new ConcurrentHashMap<>();
    private final LinkCache cache;
    private final Set<String> badHeaders = ConcurrentHashMap.newKeySet();

    public ExternalLinkChecker(LinkSettings settings, ProgressListener progress, Function<String, String> environment) {
        this.settings = settings;
        this.progress = progress;
        this.environment = environment;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
        this.global = new AsyncPermits(settings.maxConcurrency());
        this.cache = new LinkCache(settings.cacheDir(), settings.cacheMaxAge(), Clock.systemUTC());
    }

    /** Checks every URL once and returns each one's status; blocks until all are done. */
    public Map<URI, UrlStatus> check(Collection<URI> uris) {
        return check(uris, Set.of());
    }

    /**
     * Checks every URL once; for those in {@code needAnchors} that work, also fetches the page (at most
     * {@value #MAX_PAGE_BYTES} bytes) and records its ids.
     */
    public Map<URI, UrlStatus> check(Collection<URI> uris, Set<URI> needAnchors) {
        if (uris.isEmpty()) {
            return Map.of();
        }
        Map<URI, CompletableFuture<UrlStatus>> pending = new LinkedHashMap<>();
        AtomicInteger done = new AtomicInteger();
        int total = (int) uris.stream().distinct().count();
        for (URI uri : uris) {
            boolean anchors = needAnchors.contains(uri);
            pending.computeIfAbsent(uri, u -> (anchors ? checkWithAnchors(u) : checkOne(u)).whenComplete((s, e) ->
                    progress.progress(done.incrementAndGet(), total)));
        }
        CompletableFuture.allOf(pending.values().toArray(new CompletableFuture[0])).join();
        progress.finished();
        Set<String> unresolved = noNetwork();
        Map<URI, UrlStatus> results = new LinkedHashMap<>();
        pending.forEach((uri, future) -> {
            if (uri.getHost() != null && unresolved.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                results.put(uri, UrlStatus.skipped("not checked: no network"));
                return;
            }
            UrlStatus status = future.join();
            results.put(uri, status);
            cache.put(uri.toString(), status);
        });
        if (!unresolved.isEmpty()) {
            progress.notice("postlint: external links not checked: no network (use --offline to silence this)");
        }
        try {
            cache.save();
        } catch (IOException e) {
            // Not being able to cache only makes the next run slower.
        }
        return results;
    }

    /**
     * The hosts whose names did not resolve, when they are so many that the machine has no network:
     * at least two, and at least {@code links.noNetworkShare} of the hosts looked up. Otherwise none,
     * and a name that does not resolve is a broken link.
     */
    private Set<String> noNetwork() {
        Set<String> unresolved = new HashSet<>();
        int looked = 0;
        for (Map.Entry<String, CompletableFuture<Optional<String>>> check : hostChecks.entrySet()) {
            looked++;
            try {
                check.getValue().join();
            } catch (CompletionException e) {
                if (unwrap(e) instanceof UnknownHostException) {
                    unresolved.add(check.getKey());
                }
            }
        }
        boolean none = unresolved.size() >= 2 && unresolved.size() >= settings.noNetworkShare() * looked;
        return none ? unresolved : Set.of();
    }

    private CompletableFuture<UrlStatus> checkOne(URI uri) {
        String url = uri.toString();
        boolean included = settings.include().stream().anyMatch(p -> p.matcher(url).find());
        if (!included && (!settings.include().isEmpty() || settings.exclude().stream().anyMatch(p -> p.matcher(url).find()))) {
            return CompletableFuture.completedFuture(UrlStatus.skipped("excluded by the links settings"));
        }
        Optional<UrlStatus> cached = cache.get(url);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return hostAllowed(uri.getHost()).thenCompose(refusal -> refusal.isPresent()
                ? CompletableFuture.completedFuture(UrlStatus.skipped(refusal.get()))
                : follow(uri, 0, false, new HashSet<>(Set.of(uri))))
                .exceptionally(e -> UrlStatus.broken(describe(unwrap(e))));
    }

    private CompletableFuture<UrlStatus> checkWithAnchors(URI uri) {
        return checkOne(uri).thenCompose(status -> {
            if (!status.isSuccess()) {
                return CompletableFuture.completedFuture(status);
            }
            URI page = status.finalUrl().orElse(uri);
            return fetchPage(page).handle((html, e) -> e != null || html == null ? status
                    : status.withAnchors(PageAnchors.of(html)));
        });
    }

    /** GETs a page's HTML, reading at most {@value #MAX_PAGE_BYTES} bytes. */
    private CompletableFuture<String> fetchPage(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        HttpRequest request = buildRequest(uri, "GET", host);
        AsyncPermits hostPermits = permitsFor(host);
        return hostPermits.acquire().thenCompose(x -> global.acquire()).thenCompose(x ->
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                        .thenApply(ExternalLinkChecker::readCapped)
                        .whenComplete((r, e) -> {
                            global.release();
                            hostPermits.release();
                        }));
    }

    private static String readCapped(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new String(body.readNBytes(MAX_PAGE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletableFuture<Optional<String>> hostAllowed(String host) {
        return hostChecks.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> CompletableFuture.supplyAsync(() -> {
            try {
                return AddressPolicy.refusal(h, settings.allowPrivateAddresses());
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        }));
    }

    private CompletableFuture<UrlStatus> follow(URI uri, int hops, boolean permanent, Set<URI> visited) {
        // Redirect chains often end at a URL that is also linked directly: request each URL once.
        return replies.computeIfAbsent(uri, u -> request(u, "HEAD", 0)).thenCompose(reply -> {
            int status = reply.status();
            Optional<String> location = reply.headers().firstValue("location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                URI next;
                try {
                    next = uri.resolve(location.get().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return done(UrlStatus.broken("redirects to an invalid address: " + location.get()));
                }
                if (!visited.add(next)) {
                    return done(UrlStatus.broken("redirect loop (" + next + " was already visited)"));
                }
                if (hops + 1 > MAX_REDIRECTS) {
                    return done(UrlStatus.broken("more than " + MAX_REDIRECTS + " redirects"));
                }
                return follow(next, hops + 1, permanent || status == 301 || status == 308, visited);
            }
            if (settings.accepts(status)) {
                return done(permanent ? UrlStatus.redirected(uri)
                        : new UrlStatus(UrlStatus.State.OK, "ok", Optional.of(uri)));
            }
            if (status == 999) {
                return done(UrlStatus.unverified("the site blocks automated checks (status 999)"));
            }
            if (status == 403 && reply.headers().firstValue("cf-mitigated").isPresent()) {
                return done(UrlStatus.unverified("Cloudflare answered with a bot challenge (403)"));
            }
            return done(UrlStatus.broken(statusText(status)));
        });
    }

    private static CompletableFuture<UrlStatus> done(UrlStatus status) {
        return CompletableFuture.completedFuture(status);
    }

    private CompletableFuture<Reply> request(URI uri, String method, int attempt) {
        return send(uri, method).handle((reply, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                if (retryable(cause) && attempt < settings.retries()) {
                    return later(backoff(attempt), () -> request(uri, method, attempt + 1));
                }
                return CompletableFuture.<Reply>failedFuture(cause);
            }
            int status = reply.status();
            if (method.equals("HEAD") && status >= 400 && status != 429 && status != 408 && status < 500
                    || method.equals("HEAD") && status == 501) {
                return request(uri, "GET", attempt);
            }
            boolean serverError = status >= 500 && status < 600 && status != 501;
            if ((status == 408 || status == 429 || serverError) && attempt < settings.retries()) {
                Duration wait = retryAfter(reply.headers()).orElse(backoff(attempt));
                return later(wait, () -> request(uri, method, attempt + 1));
            }
            return CompletableFuture.completedFuture(reply);
        }).thenCompose(Function.identity());
    }

    private static <T> CompletableFuture<T> later(Duration wait, Supplier<CompletableFuture<T>> next) {
        Executor delayed = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(next, delayed).thenCompose(Function.identity());
    }

    private CompletableFuture<Reply> send(URI uri, String method) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        AsyncPermits hostPermits = permitsFor(host);
        HttpRequest request = buildRequest(uri, method, host);
        return hostPermits.acquire().thenCompose(x -> global.acquire()).thenCompose(x -> {
            CompletableFuture<Reply> reply = method.equals("HEAD")
                    ? client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .thenApply(r -> new Reply(r.statusCode(), r.headers()))
                    : client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                            .thenApply(ExternalLinkChecker::closeBody);
            return reply.whenComplete((r, e) -> {
                global.release();
                hostPermits.release();
            });
        });
    }

    private AsyncPermits permitsFor(String host) {
        return perHost.computeIfAbsent(host, h -> new AsyncPermits(
                Optional.ofNullable(settings.hosts().get(h)).flatMap(s -> s.maxConcurrency().isPresent()
                        ? Optional.of(s.maxConcurrency().getAsInt()) : Optional.empty())
                        .orElse(settings.maxConcurrencyPerHost())));
    }

    private static Reply closeBody(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The body is not needed.
        }
        return new Reply(response.statusCode(), response.headers());
    }

    private HttpRequest buildRequest(URI uri, String method, String host) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(method, HttpRequest.BodyPublishers.noBody());
        HostSettings hostSettings = settings.hosts().get(host);
        if (hostSettings != null) {
            hostSettings.headers().forEach((name, value) -> {
                String expanded = expand(value).strip();
                if (expanded.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                    // An environment variable brought a control character in: say so once, never its value.
                    if (badHeaders.add(host + "\u0000" + name)) {
                        progress.notice("postlint: the header " + name + " for " + host + " holds a control "
                                + "character once its ${env:...} is expanded; it is not sent");
                    }
                } else {
                    b.header(name, expanded);
                }
            });
        }
        return b.build();
    }

    /** Replaces {@code ${env:NAME}} with the environment variable's value. */
    private String expand(String value) {
        StringBuilder out = new StringBuilder();
        Matcher m = ENV_VARIABLE.matcher(value);
        while (m.find()) {
            String v = environment.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Duration backoff(int attempt) {
        return settings.retryDelay().multipliedBy(1L << Math.min(attempt, 10));
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("retry-after").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
                } catch (RuntimeException e2) {
                    return Optional.empty();
                }
            }
        }).map(d -> d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    /** Timeouts (connect or response) and dropped connections may pass on a second try; refusals will not. */
    private static boolean retryable(Throwable e) {
        return e instanceof HttpTimeoutException
                || e instanceof IOException && e.getMessage() != null && e.getMessage().contains("reset");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable e) {
        if (e instanceof UnknownHostException) {
            String host = e.getMessage() == null ? "" : e.getMessage().replaceFirst(":.*$", "");
            return "the host name " + host + " could not be found (DNS lookup failed)";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof SSLException) {
            return "the secure connection failed (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String statusText(int status) {
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return "the server answered " + status + (reason.isEmpty() ? "" : " " + reason);
    }
}
