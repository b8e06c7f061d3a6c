package dev.postlint.core.links;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of configured headers, kept out of everything postlint writes: a server may reflect them
 * into a redirect target, an error or a page's ids. Whole values count, and each word of eight or more
 * characters in them (the token of {@code Bearer <token>}), raw or percent-encoded.
 */
final class HeaderSecrets {
    private static final int MIN_WORD = 8;
    private static final String WITHHELD = "details withheld: they hold a configured header value";
    private static final String HIDDEN = "[a configured header value]";
    private final Set<String> secrets;

    HeaderSecrets(Collection<String> values) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : values) {
            if (!v.isBlank()) {
                s.add(v.strip());
            }
            for (String word : v.split("\\s+")) {
                if (word.length() >= MIN_WORD) {
                    s.add(word);
                }
            }
        }
        this.secrets = Set.copyOf(s);
    }

    boolean revealedIn(String text) {
        if (secrets.isEmpty() || text == null) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = text;
        }
        for (String secret : secrets) {
            if (text.contains(secret) || decoded.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    /** The status with nothing that reveals a secret: a redirect target loses its query, or is dropped. */
    UrlStatus redact(UrlStatus status) {
        if (secrets.isEmpty()) {
            return status;
        }
        String detail = redact(status.detail());
        Optional<URI> target = status.finalUrl().flatMap(this::safeTarget);
        UrlStatus.State state = status.state() == UrlStatus.State.REDIRECTED && target.isEmpty()
                ? UrlStatus.State.OK : status.state();
        UrlStatus result = new UrlStatus(state, detail, target);
        return status.anchors().map(ids -> result.withAnchors(ids.stream().filter(id -> !revealedIn(id))
                .collect(Collectors.toSet()))).orElse(result);
    }

    /** The text with each secret that appears as is replaced; withheld whole when one still shows encoded. */
    String redact(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, HIDDEN);
        }
        return revealedIn(result) ? WITHHELD : result;
    }

    private Optional<URI> safeTarget(URI target) {
        if (!revealedIn(target.toString())) {
            return Optional.of(target);
        }
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        URI bare = URI.create(target.getScheme() + "://" + target.getRawAuthority() + path);
        return revealedIn(bare.toString()) ? Optional.empty() : Optional.of(bare);
    }
}
