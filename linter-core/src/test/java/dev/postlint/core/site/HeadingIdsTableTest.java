package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tricky headings and the ids each generator makes of them, worked out by hand from the documented
 * algorithms: GitHub's (the rendered text content in lower case, every character but letters, marks,
 * digits, '_', '-' and space dropped, spaces to '-', nothing trimmed; goldmark's "github" type is the
 * same of the trimmed text), kramdown's (ASCII letters, digits, spaces and '-' kept, leading non-letters dropped, spaces to
 * '-', "section" when nothing is left) and Zola's (transliterated to ASCII, lower case, every run of
 * other characters one '-', none at either end; Zola spells arrows and emoji in words, which postlint
 * leaves unknown). A repeated id gets "-1".
 */
class HeadingIdsTableTest {
    /** heading text, GitHub id, kramdown id, Zola id. */
    private static final String[][] TABLE = {
        {"Hello World", "hello-world", "hello-world", "hello-world"},
        {"Hello, World!", "hello-world-1", "hello-world-1", "hello-world-1"},
        {"API & SDK", "api--sdk", "api--sdk", "api-sdk"},
        {"a <!-- b --> c", "a--c", "a--c", "a-c"},
        {"![logo](l.png) Title", "-title", "title", "title"},
        {"<span>x</span> y", "x-y", "x-y", "x-y"},
        {"The `foo()` call", "the-foo-call", "the-foo-call", "the-foo-call"},
        {"*Emph* and **strong**", "emph-and-strong", "emph-and-strong", "emph-and-strong"},
        {"[Link](http://a.com) text", "link-text", "link-text", "link-text"},
        {"A &amp; B", "a--b", "a--b", "a-b"},
        {"Escaped \\* star", "escaped--star", "escaped--star", "escaped-star"},
        {"Größe und Maße", "größe-und-maße", "gre-und-mae", "grosse-und-masse"},
        {"Café Crème", "café-crème", "caf-crme", "cafe-creme"},
        {"1. Introduction", "1-introduction", "introduction", "1-introduction"},
        {"2024 Roadmap", "2024-roadmap", "roadmap", "2024-roadmap"},
        {"snake_case_name", "snake_case_name", "snakecasename", "snake-case-name"},
        {"kebab-case-name", "kebab-case-name", "kebab-case-name", "kebab-case-name"},
        {"Trailing punctuation?!", "trailing-punctuation", "trailing-punctuation", "trailing-punctuation"},
        {"Multiple   spaces", "multiple---spaces", "multiple---spaces", "multiple-spaces"},
        {"Arrows → and ←", "arrows--and-", "arrows--and-", Anchors.UNKNOWN_SLUGS},
        {"C++ & C#", "c--c", "c--c", "c-c"},
        {"What's new in v2.0?", "whats-new-in-v20", "whats-new-in-v20", "what-s-new-in-v2-0"},
        {"🚀 Features", "-features", "features", Anchors.UNKNOWN_SLUGS},
        {":smile: Hello", "smile-hello", "smile-hello", "smile-hello"},
        {"Heading with `code` and *emph*", "heading-with-code-and-emph", "heading-with-code-and-emph",
            "heading-with-code-and-emph"},
        {"ÄÖÜ äöü", "äöü-äöü", "section", "aou-aou"},
        {"Hello World", "hello-world-2", "hello-world-2", "hello-world-2"},
        {"Step 1: Install", "step-1-install", "step-1-install", "step-1-install"},
        {"A/B testing", "ab-testing", "ab-testing", "a-b-testing"},
        {"foo_bar-baz qux", "foo_bar-baz-qux", "foobar-baz-qux", "foo-bar-baz-qux"},
        {"Über uns", "über-uns", "ber-uns", "uber-uns"},
        {"«Quoted» words", "quoted-words", "quoted-words", "quoted-words"},
        {"Version 1.2.3", "version-123", "version-123", "version-1-2-3"},
        {"-leading dash", "-leading-dash", "leading-dash", "leading-dash"},
        {"Ends with dash -", "ends-with-dash--", "ends-with-dash--", "ends-with-dash"},
        {"<em>HTML</em> emphasis", "html-emphasis", "html-emphasis", "html-emphasis"},
        {"Link to [`code`](x) here", "link-to-code-here", "link-to-code-here", "link-to-code-here"},
        {"100% sure", "100-sure", "sure", "100-sure"},
        {"Ñandú & Co.", "ñandú--co", "and--co", "nandu-co"},
        {"Don’t panic", "dont-panic", "dont-panic", "don-t-panic"},
        {"Custom id {#my-id}", "my-id", "my-id", "my-id"},
    };

    private static List<String> ids(SlugStyle style) {
        StringBuilder text = new StringBuilder("---\ntitle: Ids\n---\n");
        for (String[] row : TABLE) {
            text.append("## ").append(row[0]).append("\n\n");
        }
        Post post = new PostParser(List.of()).parse("p.md", Path.of("p.md"), text.toString().getBytes(StandardCharsets.UTF_8));
        return new ArrayList<>(Anchors.of(post.body(), style));
    }

    private static List<String> column(int index) {
        List<String> ids = new ArrayList<>();
        for (String[] row : TABLE) {
            ids.add(row[index]);
        }
        return ids;
    }

    @Test
    void githubAndGoldmark() {
        assertEquals(column(1), ids(SlugStyle.GITHUB));
        // goldmark takes the text without white space at either end; only the image heading has some.
        List<String> goldmark = column(1);
        goldmark.set(4, "title");
        assertEquals(goldmark, ids(SlugStyle.GOLDMARK));
    }

    @Test
    void kramdown() {
        assertEquals(column(2), ids(SlugStyle.KRAMDOWN));
    }

    @Test
    void zola() {
        assertEquals(column(3).stream().distinct().toList(), ids(SlugStyle.ZOLA));
    }
}
