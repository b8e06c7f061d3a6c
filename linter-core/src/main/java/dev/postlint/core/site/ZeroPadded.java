package dev.postlint.core.site;

/**
 * A number in ASCII digits, zero-padded to a width, as {@code %0Nd} writes it under an English locale. URLs need
 * these digits whatever the system's locale: Java's {@code String.format} writes Persian or Arabic-Indic digits
 * under those locales.
 */
final class ZeroPadded {
    private ZeroPadded() {
    }

    static String of(int value, int width) {
        if (value < 0) {
            return "-" + of(-value, width - 1);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
