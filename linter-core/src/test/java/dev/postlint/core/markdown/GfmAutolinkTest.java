package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bare addresses as GFM's autolink extension reads them: where they start ({@code www.}, {@code http://},
 * {@code https://}) and where they end (trailing punctuation, an unbalanced closing parenthesis, an entity
 * reference and {@code <} are not part of them). Cases after the examples of the GFM spec's section
 * "Autolinks (extension)", written anew.
 */
class GfmAutolinkTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "www.example.org                                   | http://www.example.org",
        "Visit www.example.org/help for more.              | http://www.example.org/help",
        "Visit www.example.org.                            | http://www.example.org",
        "Visit www.example.org/a.b.                        | http://www.example.org/a.b",
        "www.example.com/search?q=Markup+(business)        | http://www.example.com/search?q=Markup+(business)",
        "www.example.com/search?q=Markup+(business)))      | http://www.example.com/search?q=Markup+(business)",
        "(www.example.com/search?q=Markup+(business))      | http://www.example.com/search?q=Markup+(business)",
        "(www.example.com/search?q=Markup+(business)       | http://www.example.com/search?q=Markup+(business)",
        "www.example.com/search?q=(business))+ok           | http://www.example.com/search?q=(business))+ok",
        "www.example.com/search?q=markup&hl=en             | http://www.example.com/search?q=markup&hl=en",
        "www.example.com/search?q=markup&hl;               | http://www.example.com/search?q=markup",
        "www.example.org/he<lp                             | http://www.example.org/he",
        "https://example.org/a_b_c, then more              | https://example.org/a_b_c",
        "(Visit https://example.org/search?q=x+(y))        | https://example.org/search?q=x+(y)",
    })
    void aBareAddressEndsWhereGfmEndsIt(String text, String url) {
        Post post = new PostParser(List.of()).parse("p.md", Path.of("p.md"), (text + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(url), post.body().bareUrls().stream().map(Link::url).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "`https://example.org/code`",
        "[text](https://example.org/linked)",
        "<https://example.org/auto>",
        "<a href=\"https://example.org/html\">https://example.org/html</a>",
        "user@www.example.org",
        "path/www.example.org",
    })
    void noBareAddressInCodeLinksHtmlOrOtherWords(String text) {
        Post post = new PostParser(List.of()).parse("p.md", Path.of("p.md"), (text + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), post.body().bareUrls());
    }
}
