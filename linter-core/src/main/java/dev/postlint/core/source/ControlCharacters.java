package dev.postlint.core.source;

/**
 * Text from posts and file names made safe for a terminal: control characters (C0 but tab, C1, DEL)
 * are written as escapes such as {@code \x1b}, as git and ls do, so a post cannot retitle, clear or
 * recolour the terminal of whoever reads the report.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\x%02x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
