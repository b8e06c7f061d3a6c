package dev.postlint.core.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Scheme, host and port: the unit a configured header is sent to, and only to. */
public record Origin(String scheme, String host, int port) {
    /**
     * The origin a {@code links.hosts} key names: {@code https://host[:port]} or {@code http://host[:port]},
     * or a bare {@code host[:port]}, which means HTTPS. Empty when the key is none of these.
     */
    public static Optional<Origin> ofKey(String key) {
        String text = key.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String path = uri.getRawPath();
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || path != null && !path.isEmpty() && !path.equals("/")) {
                return Optional.empty();
            }
            return of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin of an http or https URL. */
    public static Optional<Origin> of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
