package dev.postlint.core.links;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Status, headers (first value of each, names in lower case) and, when asked for, the start of the body. */
record Reply(int status, Map<String, String> headers, Optional<String> body) {
    Reply {
        headers = Map.copyOf(headers);
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The headers a link checker reads; the rest of a response is never kept. */
    static final List<String> READ = List.of("location", "retry-after", "cf-mitigated");
}
