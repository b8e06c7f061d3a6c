package dev.postlint.rules;

import com.google.auto.service.AutoService;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.postlint.core.Fix;
import dev.postlint.core.Post;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.MarkdownText;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.source.Position;
import dev.postlint.rules.support.NumberedHeadings;
import dev.postlint.rules.support.NumberedHeadings.Numbered;
import dev.postlint.rules.support.NumberedLabel;
import dev.postlint.rules.support.WordDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A numbered summary (an ordered list, or a run of paragraphs such as {@code \#1: ...}) whose item N
 * says something other than numbered heading N. A list counts as the summary of the headings when
 * most of its items resemble their headings; then every difference, however small, is reported.
 */
@AutoService(Rule.class)
public final class HeadingSummaryMismatchRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MIN_SIMILARITY = RuleOption.integer("minSimilarity", 50,
            "Percentage of shared words from which a list item is taken to announce its heading.");

    static final RuleOption<String> FIX = RuleOption.string("fix", "none",
            "What check --fix changes when a summary item and its heading differ: none, summary (the item takes the "
                    + "heading's words) or headings (the heading takes the item's); set by --fix-summary.");

    /** One numbered line of a candidate summary. */
    private record Item(int number, String text, Position position) {
    }

    public HeadingSummaryMismatchRule() {
        super("heading-summary-mismatch", Severity.WARNING, Category.HEADINGS,
                "An item of a numbered summary differs from the numbered heading it announces.", MIN_SIMILARITY, FIX);
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<List<Numbered>> sections = NumberedHeadings.main(post.body().headings());
        if (sections.isEmpty()) {
            return;
        }
        Map<Integer, Numbered> byNumber = new HashMap<>();
        sections.get().forEach(n -> byNumber.putIfAbsent(n.label().number(), n));
        double threshold = context.option(MIN_SIMILARITY) / 100.0;
        List<Item> summary = null;
        int bestScore = 0;
        for (List<Item> candidate : candidates(post)) {
            int pairs = 0;
            int similar = 0;
            for (Item item : candidate) {
                Numbered heading = byNumber.get(item.number());
                if (heading != null) {
                    pairs++;
                    if (WordDiff.similarity(item.text(), heading.label().rest()) >= threshold) {
                        similar++;
                    }
                }
            }
            if (similar >= 2 && similar * 2 >= pairs && similar > bestScore) {
                summary = candidate;
                bestScore = similar;
            }
        }
        if (summary != null) {
            report(post, summary, byNumber, context);
        }
    }

    private void report(Post post, List<Item> summary, Map<Integer, Numbered> byNumber, RuleContext context) {
        for (Item item : summary) {
            Numbered heading = byNumber.get(item.number());
            if (heading == null) {
                continue;
            }
            String headingText = normalize(heading.label().rest());
            String itemText = normalize(item.text());
            if (headingText.equals(itemText)) {
                continue;
            }
            List<WordDiff.Hunk> hunks = WordDiff.hunks(itemText, headingText);
            String message = "Heading #" + item.number() + " \"" + headingText + "\" differs from item #"
                    + item.number() + " of the summary on line " + item.position().line() + ", \"" + itemText + "\": "
                    + describe(hunks) + ". Make them the same so readers find what the summary promised.";
            Position at = firstDifference(post, heading, hunks.get(0).secondIndex());
            List<RelatedLocation> related = List.of(context.related(post, item.position(), "summary item #"
                    + item.number()));
            Optional<Fix> fix = switch (context.option(FIX)) {
                case "summary" -> replace(post, item.position(), itemText, headingText, "summary item #"
                        + item.number() + " now says what its heading says");
                case "headings" -> replace(post, heading.heading().textPosition(), headingText, itemText, "heading #"
                        + item.number() + " now says what the summary says");
                default -> Optional.empty();
            };
            if (fix.isPresent()) {
                context.report(post, at, message, related, fix.get());
            } else {
                context.report(post, at, message, related);
            }
        }
    }

    /** A fix replacing {@code expected}, written as it is on the line from {@code from} on, with {@code replacement}. */
    private static Optional<Fix> replace(Post post, Position from, String expected, String replacement,
                                         String description) {
        String line = post.source().line(from.line());
        int at = line.indexOf(expected, from.column() - 1);
        return at < 0 ? Optional.empty()
                : Optional.of(Fix.replace(description, new Position(from.line(), at + 1), expected, replacement));
    }

    /** Where the heading's first differing word is in the file, or where its text starts. */
    private static Position firstDifference(Post post, Numbered heading, int wordIndex) {
        Position start = heading.heading().textPosition();
        String line = post.source().line(start.line());
        List<String> words = WordDiff.words(heading.label().rest());
        int at = line.indexOf(words.isEmpty() ? "" : words.get(0), start.column() - 1);
        for (int i = 0; i < Math.min(wordIndex, words.size()) && at >= 0; i++) {
            at = line.indexOf(words.get(i), at);
            if (at >= 0) {
                at += words.get(i).length();
            }
        }
        if (at < 0) {
            return start;
        }
        if (wordIndex < words.size()) {
            at = line.indexOf(words.get(wordIndex), at);
        }
        return at < 0 ? start : new Position(start.line(), at + 1);
    }

    private static String describe(List<WordDiff.Hunk> hunks) {
        List<String> parts = new ArrayList<>();
        for (WordDiff.Hunk hunk : hunks) {
            String summaryWords = String.join(" ", hunk.onlyInFirst());
            String headingWords = String.join(" ", hunk.onlyInSecond());
            if (summaryWords.isEmpty()) {
                parts.add("the heading adds \"" + headingWords + "\"");
            } else if (headingWords.isEmpty()) {
                parts.add("the summary adds \"" + summaryWords + "\"");
            } else {
                parts.add("the summary says \"" + summaryWords + "\" where the heading says \"" + headingWords + "\"");
            }
        }
        return String.join("; ", parts);
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("[\\s.:;,!?]+$", "");
    }

    private static List<List<Item>> candidates(Post post) {
        List<List<Item>> candidates = new ArrayList<>();
        collect(post, post.body().document(), candidates);
        return candidates;
    }

    private static void collect(Post post, Node parent, List<List<Item>> candidates) {
        List<Item> run = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Optional<Item> numbered = node instanceof Paragraph ? labelled(post, node) : Optional.empty();
            if (numbered.isPresent()) {
                run.add(numbered.get());
                continue;
            }
            addRun(run, candidates);
            run = new ArrayList<>();
            if (node instanceof ListBlock list) {
                listItems(post, list).ifPresent(candidates::add);
            }
            if (node.hasChildren()) {
                collect(post, node, candidates);
            }
        }
        addRun(run, candidates);
    }

    private static void addRun(List<Item> run, List<List<Item>> candidates) {
        if (run.size() >= 2) {
            candidates.add(run);
        }
    }

    private static Optional<Item> labelled(Post post, Node block) {
        return NumberedLabel.parse(MarkdownText.plain(block))
                .map(label -> new Item(label.number(), label.rest(), post.body().position(block)));
    }

    private static Optional<List<Item>> listItems(Post post, ListBlock list) {
        List<Item> items = new ArrayList<>();
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext(), number++) {
            if (!(child instanceof ListItem item) || item.getFirstChild() == null) {
                continue;
            }
            Node firstBlock = item.getFirstChild();
            String text = MarkdownText.plain(firstBlock);
            Optional<NumberedLabel> label = NumberedLabel.parse(text);
            if (label.isPresent()) {
                items.add(new Item(label.get().number(), label.get().rest(), post.body().position(item)));
            } else if (list instanceof BulletList) {
                return Optional.empty();
            } else {
                items.add(new Item(number, text, post.body().position(item)));
            }
        }
        return items.size() >= 2 ? Optional.of(items) : Optional.empty();
    }
}
