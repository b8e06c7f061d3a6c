package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.Link;
import dev.postlint.core.markdown.MarkdownText;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Link text that says nothing about the target: "click here", "mehr", "weiterlesen", or a web address
 * other than the one the link leads to. An address shown as itself ({@code [https://x](https://x)},
 * {@code <https://x>}, or bare where GFM and goldmark link it) is the author's choice to show it and is
 * not reported, in any of these forms alike.
 */
@AutoService(Rule.class)
public final class LinkTextRule extends RuleDefinition implements PostRule {
    static final RuleOption<List<String>> PHRASES = RuleOption.strings("phrases", List.of(
            "click here", "here", "click", "more", "read more", "this", "link", "this link", "learn more", "continue",
            "hier", "hier klicken", "klicken sie hier", "klick hier", "mehr", "weiterlesen", "mehr lesen", "link",
            "dieser link", "mehr erfahren"), "Link texts that count as non-descriptive (English and German by default).");
    static final RuleOption<Boolean> BARE_URLS = RuleOption.bool("bareUrls", true,
            "Also report links whose text is a web address other than the one they lead to ([https://a](https://b)).");

    private static final Pattern LOCAL = Pattern.compile("(https?://)?(localhost|127\\.0\\.0\\.1|\\[::1])([:/].*)?");
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    public LinkTextRule() {
        super("link-text", Severity.WARNING, Category.SEO, "A link's text does not say where it leads (\"click here\", \"mehr\", another address).",
                PHRASES, BARE_URLS);
    }

    /**
     * An address on the reader's own machine (a local preview server): there the address is what the
     * reader must type, so it is the right text.
     */
    private static boolean isLocal(String text) {
        return LOCAL.matcher(text).matches();
    }

    /**
     * Whether a link's text is the address it leads to, as an autolink shows it: scheme, a leading
     * {@code www.}, a trailing slash and the host's case aside. Such a link shows its address as itself,
     * the author's choice whichever way it is written.
     */
    private static boolean sameAddress(String text, String target) {
        return bare(text).equals(bare(target.toLowerCase(Locale.ROOT)));
    }

    private static String bare(String address) {
        String host = SCHEME.matcher(address).replaceFirst("");
        return TRAILING_SLASHES.matcher(WWW.matcher(host).replaceFirst("")).replaceFirst("");
    }

    /**
     * The words of a link text without what does not change its meaning: quotes and brackets around it,
     * punctuation after it ("here!!!", "more…", "mehr »"), and hyphens or underscores between its words
     * ("click-here"). Emphasis and code marks are already gone from the text readers see.
     */
    static String phrase(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && opens(text.charAt(from))) {
            from++;
        }
        while (to > from && closes(text.charAt(to - 1))) {
            to--;
        }
        StringBuilder words = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isJoinerOrSpace(c)) {
                words.append(c);
            } else if (i == from || !isJoinerOrSpace(text.charAt(i - 1))) {
                words.append(' ');
            }
        }
        return words.toString().strip();
    }

    /** Hyphens, underscores and dashes between words, and white space as the pattern {@code \s} sees it. */
    private static boolean isJoinerOrSpace(char c) {
        return c == '-' || c == '_' || c == '–' || c == '—' || MarkdownText.isSpace(c);
    }

    static boolean opens(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || "\"'«‹„‚".indexOf(c) >= 0;
    }

    static boolean closes(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || "\"'»›“‘.:,;!?…> \t\n\u000B\f\r".indexOf(c) >= 0;
    }

    @Override
    public void check(Post post, RuleContext context) {
        List<String> phrases = context.option(PHRASES).stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        for (Link link : post.body().links()) {
            if (link.url().startsWith("mailto:") || link.url().startsWith("#")) {
                continue;
            }
            String text = MarkdownText.singleSpaced(link.text()).strip();
            String normal = text.toLowerCase(Locale.ROOT).strip();
            if (phrases.contains(phrase(normal))) {
                context.report(post, link.position(), "The link text \"" + text + "\" does not say where the link "
                        + "leads; screen-reader users hear links on their own and search engines use the text to "
                        + "understand the target. Describe the target instead.");
            } else if (context.option(BARE_URLS) && link.kind() != Link.Kind.AUTOLINK
                    && (normal.startsWith("http://") || normal.startsWith("https://") || normal.startsWith("www."))
                    && !isLocal(normal) && !sameAddress(normal, link.url())) {
                context.report(post, link.position(), "The link text is the address " + text + ", but the link "
                        + "leads to " + link.url() + "; readers are shown one place and taken to another. Show the "
                        + "address the link leads to, or describe the target in words.");
            }
        }
    }
}
