package dev.postlint.core.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What a link or image path in a post points to. */
public sealed interface Resolution {
    /** A web address outside the site, to be checked over HTTP. */
    record External(URI uri) implements Resolution {
    }

    /** A file or page of the site; {@code fragment} is the part after {@code #}, if any. */
    record Found(Path source, boolean markdown, Optional<String> fragment) implements Resolution {
    }

    /** A {@code #fragment} in the same post. */
    record SameDocument(String fragment) implements Resolution {
    }

    /** An internal target that does not exist; {@code reason} says what was looked for. */
    record Missing(String reason) implements Resolution {
    }

    /** Exists only with different letter case, which breaks on case-sensitive servers. */
    record CaseMismatch(String actual) implements Resolution {
    }

    /** A {@code mailto:} address. */
    record Mail(String address) implements Resolution {
    }

    /** A {@code javascript:} link. */
    record Script() implements Resolution {
    }

    /** Not checked: other schemes, template tags, site-root paths without a known site. */
    record Skipped(String reason) implements Resolution {
    }
}
