package dev.postlint.core.links;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of checking one external URL. {@code detail} says why in words; {@code finalUrl} is
 * where a permanent redirect ends; {@code anchors} are the page's ids when they were asked for.
 */
public record UrlStatus(State state, String detail, Optional<URI> finalUrl, Optional<Set<String>> anchors) {
    public enum State {
        /** The URL answered with an accepted status. */
        OK,
        /** It works, but only after a permanent redirect to {@code finalUrl}. */
        REDIRECTED,
        /** It fails: 4xx, 5xx after retries, DNS, connection, TLS, timeout after retries, redirect loop. */
        BROKEN,
        /** Bot protection answered (999, Cloudflare challenge): neither good nor bad is known. */
        UNVERIFIED,
        /** Not requested: excluded by config, or a private address. */
        SKIPPED
    }

    public UrlStatus(State state, String detail, Optional<URI> finalUrl) {
        this(state, detail, finalUrl, Optional.empty());
    }

    public UrlStatus withAnchors(Set<String> pageAnchors) {
        return new UrlStatus(state, detail, finalUrl, Optional.of(Set.copyOf(pageAnchors)));
    }

    public static UrlStatus ok() {
        return new UrlStatus(State.OK, "ok", Optional.empty());
    }

    public static UrlStatus broken(String detail) {
        return new UrlStatus(State.BROKEN, detail, Optional.empty());
    }

    public static UrlStatus unverified(String detail) {
        return new UrlStatus(State.UNVERIFIED, detail, Optional.empty());
    }

    public static UrlStatus skipped(String detail) {
        return new UrlStatus(State.SKIPPED, detail, Optional.empty());
    }

    public static UrlStatus redirected(URI finalUrl) {
        return new UrlStatus(State.REDIRECTED, "moved permanently", Optional.of(finalUrl));
    }

    public boolean isSuccess() {
        return state == State.OK || state == State.REDIRECTED;
    }
}
