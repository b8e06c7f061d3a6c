package dev.postlint.core.links;

import dev.postlint.core.io.RecordText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP status codes accepted as success: {@code 200-299}, or a single code such as {@code 403}. */
public record StatusRange(int from, int to) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{3})\\s*(?:-\\s*(\\d{3})\\s*)?");

    public static Optional<StatusRange> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return from <= to ? Optional.of(new StatusRange(from, to)) : Optional.empty();
    }

    public boolean contains(int status) {
        return status >= from && status <= to;
    }
}
