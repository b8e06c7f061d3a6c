package dev.postlint.core.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Just enough JSON writing for reports: RFC 8259 strings, and maps, lists, numbers and booleans. */
final class Json {
    private Json() {
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Writes a tree of {@link Map}s (in their order), {@link List}s, strings, numbers and booleans. */
    static void write(Object value, Appendable out, String indent) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String sep = "\n";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep).append(indent).append("  ").append(string(String.valueOf(e.getKey()))).append(": ");
                write(e.getValue(), out, indent + "  ");
                sep = ",\n";
            }
            out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
        } else if (value instanceof List<?> list) {
            out.append('[');
            String sep = "\n";
            for (Object item : list) {
                out.append(sep).append(indent).append("  ");
                write(item, out, indent + "  ");
                sep = ",\n";
            }
            out.append(list.isEmpty() ? "]" : "\n" + indent + "]");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(String.valueOf(value));
        } else if (value == null) {
            out.append("null");
        } else {
            out.append(string(String.valueOf(value)));
        }
    }
}
