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
        if (!hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Read as ISO-8859-1 bytes, which the JDK copies in one go for most text: every control character is
     * below U+00A0 and keeps its value, every character above U+00FF becomes '?'. Reports escape each
     * message and file name, and text almost never holds one.
     */
    private static boolean hasControl(String text) {
        byte[] latin1 = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (byte b : latin1) {
            if (isControl(b & 0xff)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(int c) {
        return c < 0x20 ? c != '\t' : c >= 0x7f && c <= 0x9f;
    }
}
