package dev.postlint.core.suppress;

import dev.postlint.core.Post;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.markdown.HtmlComment;
import dev.postlint.core.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a post's directives: its {@code postlint-*} comments and the front matter's {@code postlint.disable}. */
public final class Directives {
    /** The keyword of a comment that speaks to postlint, and what follows it. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(postlint-[a-z-]*)(?=\\s|$)");
    private static final Pattern NAME = Pattern.compile("[^\\s,]+");

    private Directives() {
    }

    public static List<Directive> of(Post post) {
        List<Directive> found = new ArrayList<>();
        frontMatter(post).ifPresent(found::add);
        SourceText source = post.source();
        for (HtmlComment comment : post.body().comments()) {
            Matcher m = DIRECTIVE.matcher(comment.text());
            if (!m.find()) {
                continue;
            }
            Optional<Directive.Kind> kind = kindOf(m.group(1));
            List<Directive.Name> names = new ArrayList<>();
            if (kind.isEmpty()) {
                names.add(new Directive.Name(m.group(1), source.position(comment.offset() + m.start(1))));
            } else {
                Matcher name = NAME.matcher(comment.text());
                name.region(m.end(), comment.text().length());
                while (name.find()) {
                    names.add(new Directive.Name(name.group(), source.position(comment.offset() + name.start())));
                }
            }
            int lastLine = source.position(comment.offset() + comment.text().length()).line();
            found.add(new Directive(kind.orElse(Directive.Kind.UNKNOWN), names,
                    source.position(comment.offset() + m.start(1)), lastLine, false));
        }
        found.sort(Comparator.comparing(Directive::at));
        return found;
    }

    private static Optional<Directive.Kind> kindOf(String keyword) {
        for (Directive.Kind kind : Directive.Kind.values()) {
            if (kind != Directive.Kind.UNKNOWN && kind.keyword().equals(keyword)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@code postlint: {disable: [rule-id, ...]}} in YAML, TOML or JSON front matter: the whole file. */
    private static Optional<Directive> frontMatter(Post post) {
        Optional<FrontMatterValue> disable = post.frontMatter().get("postlint.disable");
        if (disable.isEmpty()) {
            return Optional.empty();
        }
        List<FrontMatterValue> items = disable.get().isSequence() ? disable.get().items() : List.of(disable.get());
        List<Directive.Name> names = new ArrayList<>();
        for (FrontMatterValue item : items) {
            item.text().map(String::strip).filter(t -> !t.isEmpty())
                    .ifPresent(t -> names.add(new Directive.Name(t, item.contentStart())));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Directive(Directive.Kind.DISABLE_FILE, names, disable.get().keyPosition(),
                disable.get().keyPosition().line(), true));
    }
}
