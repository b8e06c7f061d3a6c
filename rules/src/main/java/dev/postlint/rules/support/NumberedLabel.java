package dev.postlint.rules.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that starts a heading or a summary line: {@code #1: Foo}, {@code 1. Foo}, {@code 1) Foo},
 * {@code Step 1: Foo}, {@code Schritt 1 – Foo}. Four-digit numbers are years, not labels.
 * {@code rest} is the text after the label.
 */
public record NumberedLabel(int number, String rest) {
    private static final String SEPARATOR = "[:.)\\-\u2013\u2014]";
    private static final Pattern HASH = Pattern.compile("^#\\s?(\\d{1,3})(?:\\s*" + SEPARATOR + ")?\\s+(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^(\\d{1,3})\\s*" + SEPARATOR + "(?:\\s+(.*))?$");
    private static final Pattern WORD = Pattern.compile("^(?iu)(?:step|schritt|tip|tipp|part|teil|chapter|kapitel"
            + "|phase|stufe|day|tag|lesson|lektion|rule|regel|reason|grund|idea|idee|no\\.?|nr\\.?|number|nummer"
            + "|point|punkt|goal|ziel|way|weg|method|methode|option|question|frage|mistake|fehler|level|ebene)"
            + "\\s*#?(\\d{1,3})\\b(?:\\s*" + SEPARATOR + ")?\\s*(.*)$");

    public static Optional<NumberedLabel> parse(String text) {
        String t = text.strip();
        for (Pattern p : new Pattern[] {HASH, PLAIN, WORD}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                return Optional.of(new NumberedLabel(Integer.parseInt(m.group(1)), rest));
            }
        }
        return Optional.empty();
    }
}
