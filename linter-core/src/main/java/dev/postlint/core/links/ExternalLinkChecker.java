package dev.postlint.core.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;

/**
 * Checks external URLs over HTTP, asynchronously, each URL once per run: HEAD first, GET when HEAD is
 * refused; redirects followed by hand (at most 10) so permanent ones can be reported, every hop held to
 * the address policy; timeouts, 408, 429 and 5xx retried with exponential backoff or the server's
 * {@code Retry-After}; at most {@code maxConcurrency} requests in flight and {@code maxConcurrencyPerHost}
 * per host. Configured headers go to their own origin only, and nothing that reveals them is returned.
 * Bodies are not read beyond what anchors need. Successes are cached on disk.
 */
public final class ExternalLinkChecker {
    private static final int MAX_REDIRECTS = 10;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;
    private static final Pattern ENV_VARIABLE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private final LinkSettings settings;
    private final ProgressListener progress;
    private final Function<String, String> environment;
    private final ResolvedHosts hosts;
    private final AsyncPermits global;
    private final Map<String, AsyncPermits> perHost = new ConcurrentHashMap<>();
    private final Map<URI, CompletableFuture<Reply>> replies = new ConcurrentHashMap<>();
    private final LinkCache cache;
    private Map<Origin, Map<String, String>> originHeaders;
    private HeaderSecrets secrets;
    private LinkHttpClient client;

    public ExternalLinkChecker(LinkSettings settings, ProgressListener progress, Function<String, String> environment) {
        this(settings, progress, environment, InetAddress::getAllByName);
    }

    ExternalLinkChecker(LinkSettings settings, ProgressListener progress, Function<String, String> environment,
                        ResolvedHosts.NameLookup names) {
        this.settings = settings;
        this.progress = progress;
        this.environment = environment;
        this.hosts = new ResolvedHosts(settings.addressPolicy(), names);
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
        prepareHeaders();
        Map<URI, CompletableFuture<UrlStatus>> pending = new LinkedHashMap<>();
        AtomicInteger done = new AtomicInteger();
        int total = (int) uris.stream().distinct().count();
        int perHostMost = settings.hosts().values().stream().mapToInt(h -> h.maxConcurrency().orElse(0))
                .reduce(settings.maxConcurrencyPerHost(), Math::max);
        client = new LinkHttpClient(settings.timeout(), settings.maxConcurrency(), perHostMost, hosts);
        try {
            for (URI uri : uris) {
                boolean anchors = needAnchors.contains(uri);
                pending.computeIfAbsent(uri, u -> (anchors ? checkWithAnchors(u) : checkOne(u)).whenComplete((s, e) ->
                        progress.progress(done.incrementAndGet(), total)));
            }
            CompletableFuture.allOf(pending.values().toArray(new CompletableFuture[0])).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("link checks interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            // Each URL's own failure is in its status, read below.
        } finally {
            client.close();
        }
        progress.finished();
        Set<String> unresolved = noNetwork();
        Map<URI, UrlStatus> results = new LinkedHashMap<>();
        pending.forEach((uri, future) -> {
            if (uri.getHost() != null && unresolved.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                results.put(uri, UrlStatus.skipped("not checked: no network"));
                return;
            }
            UrlStatus status = secrets.redact(future.join());
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
        for (Map.Entry<String, CompletableFuture<ResolvedHosts.Lookup>> lookup : hosts.all().entrySet()) {
            looked++;
            try {
                lookup.getValue().join();
            } catch (CompletionException e) {
                if (unwrap(e) instanceof UnknownHostException) {
                    unresolved.add(lookup.getKey());
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
        return hosts.lookup(uri.getHost()).thenCompose(lookup -> lookup.refusal().isPresent()
                ? done(UrlStatus.skipped("not checked: " + lookup.host() + " is " + lookup.refusal().get()))
                : follow(uri, 0, false, new HashSet<>(Set.of(uri))))
                .exceptionally(e -> UrlStatus.broken(describe(unwrap(e))));
    }

    private CompletableFuture<UrlStatus> checkWithAnchors(URI uri) {
        return checkOne(uri).thenCompose(status -> {
            if (!status.isSuccess()) {
                return CompletableFuture.completedFuture(status);
            }
            URI page = status.finalUrl().orElse(uri);
            return send(page, "GET", MAX_PAGE_BYTES).handle((reply, e) -> e != null || reply.body().isEmpty() ? status
                    : status.withAnchors(PageAnchors.of(reply.body().get())));
        });
    }

    private CompletableFuture<UrlStatus> follow(URI uri, int hops, boolean permanent, Set<URI> visited) {
        // Redirect chains often end at a URL that is also linked directly: request each URL once.
        return replies.computeIfAbsent(uri, u -> request(u, "HEAD", 0)).thenCompose(reply -> {
            int status = reply.status();
            Optional<String> location = reply.header("location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                URI next;
                try {
                    next = uri.resolve(location.get().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return done(UrlStatus.broken("redirects to an invalid address: " + location.get()));
                }
                if (Origin.of(next).isEmpty()) {
                    return done(UrlStatus.broken("redirects to an address that is not a web address: " + next));
                }
                if (!visited.add(next)) {
                    return done(UrlStatus.broken("redirect loop (" + next + " was already visited)"));
                }
                if (hops + 1 > MAX_REDIRECTS) {
                    return done(UrlStatus.broken("more than " + MAX_REDIRECTS + " redirects"));
                }
                boolean nowPermanent = permanent || status == 301 || status == 308;
                return hosts.lookup(next.getHost()).thenCompose(lookup -> lookup.refusal().isPresent()
                        ? done(UrlStatus.unverified("not checked: it redirects to a private address: "
                                + lookup.host() + " is " + lookup.refusal().get()))
                        : follow(next, hops + 1, nowPermanent, visited));
            }
            if (settings.accepts(status)) {
                return done(permanent ? UrlStatus.redirected(uri)
                        : new UrlStatus(UrlStatus.State.OK, "ok", Optional.of(uri)));
            }
            if (status == 999) {
                return done(UrlStatus.unverified("the site blocks automated checks (status 999)"));
            }
            if (status == 403 && reply.header("cf-mitigated").isPresent()) {
                return done(UrlStatus.unverified("Cloudflare answered with a bot challenge (403)"));
            }
            return done(UrlStatus.broken(statusText(status)));
        });
    }

    private static CompletableFuture<UrlStatus> done(UrlStatus status) {
        return CompletableFuture.completedFuture(status);
    }

    private CompletableFuture<Reply> request(URI uri, String method, int attempt) {
        return send(uri, method, 0).handle((reply, error) -> {
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
                Duration wait = retryAfter(reply).orElse(backoff(attempt));
                return later(wait, () -> request(uri, method, attempt + 1));
            }
            return CompletableFuture.completedFuture(reply);
        }).thenCompose(Function.identity());
    }

    private static <T> CompletableFuture<T> later(Duration wait, Supplier<CompletableFuture<T>> next) {
        Executor delayed = CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(next, delayed).thenCompose(Function.identity());
    }

    /** One request within the limits: the host's permit first, then the run's. */
    private CompletableFuture<Reply> send(URI uri, String method, int bodyLimit) {
        AsyncPermits hostPermits = permitsFor(uri.getHost().toLowerCase(Locale.ROOT));
        Map<String, String> headers = headersFor(uri);
        return hostPermits.acquire().thenCompose(x -> global.acquire()).thenCompose(x ->
                client.send(uri, method, headers, bodyLimit, settings.timeout()).whenComplete((r, e) -> {
                    global.release();
                    hostPermits.release();
                }));
    }

    private AsyncPermits permitsFor(String host) {
        return perHost.computeIfAbsent(host, h -> new AsyncPermits(settings.hosts().entrySet().stream()
                .filter(e -> Origin.ofKey(e.getKey()).map(o -> o.host().equals(h)).orElse(false))
                .map(e -> e.getValue().maxConcurrency())
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .findFirst()
                .orElse(settings.maxConcurrencyPerHost())));
    }

    private Map<String, String> headersFor(URI uri) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        Origin.of(uri).map(originHeaders::get).ifPresent(headers::putAll);
        return headers;
    }

    /**
     * Expands each configured header once per run, by origin; a value that an environment variable gave a
     * control character is not sent, and said so once, without the value.
     */
    private void prepareHeaders() {
        if (originHeaders != null) {
            return;
        }
        Map<Origin, Map<String, String>> byOrigin = new HashMap<>();
        List<String> values = new ArrayList<>();
        settings.hosts().forEach((key, host) -> Origin.ofKey(key).ifPresent(origin -> host.headers().forEach((name, value) -> {
            String expanded = expand(value).strip();
            if (expanded.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                progress.notice("postlint: the header " + name + " for " + key + " holds a control "
                        + "character once its ${env:...} is expanded; it is not sent");
            } else {
                byOrigin.computeIfAbsent(origin, o -> new LinkedHashMap<>()).put(name, expanded);
                values.add(expanded);
            }
        })));
        originHeaders = byOrigin;
        secrets = new HeaderSecrets(values);
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

    private static Optional<Duration> retryAfter(Reply reply) {
        return reply.header("retry-after").flatMap(v -> {
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
        return e instanceof TimeoutException || e instanceof SocketTimeoutException
                || e instanceof ConnectTimeoutException
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
        if (e instanceof ResolvedHosts.RefusedAddressException) {
            return "not checked: " + e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            String host = e.getMessage() == null ? "" : e.getMessage().replaceFirst(":.*$", "");
            return "the host name " + host + " could not be found (DNS lookup failed)";
        }
        if (e instanceof ConnectTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof TimeoutException || e instanceof SocketTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof SSLException) {
            return "the secure connection failed (" + e.getMessage() + ")";
        }
        if (e instanceof ConnectionClosedException) {
            return "the server closed the connection without an answer";
        }
        return "the request failed (" + e.getClass().getSimpleName() + ")";
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
