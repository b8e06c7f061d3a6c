package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.source.SourceText;
import org.junit.jupiter.api.Test;

class PermalinksTest {
    private static UrlFields fm(String yaml) {
        return UrlFields.of(FrontMatterReader.read(new SourceText("---\n" + yaml + "---\n")));
    }

    @Test
    void jekyllPatternsAndNamedStyles() {
        UrlFields f = fm("date: 2021-03-29 21:00:00 +0000\ncategories: [Sales, tips]\n");
        String name = "2021-03-29-die-ziele.md";
        assertEquals("/sales/tips/2021/03/29/die-ziele/", Permalinks.expand("pretty", f, name, "posts", ""));
        assertEquals("/sales/tips/2021/03/29/die-ziele.html", Permalinks.expand("date", f, name, "posts", ""));
        assertEquals("/2021/3/29/die-ziele/", Permalinks.expand("/:year/:i_month/:i_day/:title/", f, name, "posts", ""));
        assertEquals("/docs/plugins/hooks/", Permalinks.expand("/:collection/:path/", f, "hooks.md", "docs", "plugins/hooks"));
    }

    @Test
    void hugoSlugAndDatesFromTheFileName() {
        assertEquals("/posts/custom-slug/", Permalinks.expand("/posts/:slug/", fm("slug: custom-slug\n"), "x.md", "posts", ""));
        assertEquals("/posts/x/", Permalinks.expand("/posts/:slug/", fm("title: X\n"), "x.md", "posts", ""));
        assertEquals("/2020/01/02/a/", Permalinks.expand("/:categories/:year/:month/:day/:title/", fm("title: t\n"),
                "2020-01-02-a.md", "posts", ""));
    }

    @Test
    void numbersArePaddedWithAsciiZerosAsPercentZeroDWritesThem() {
        assertEquals("05", ZeroPadded.of(5, 2));
        assertEquals("12", ZeroPadded.of(12, 2));
        assertEquals("007", ZeroPadded.of(7, 3));
        assertEquals("365", ZeroPadded.of(365, 3));
        assertEquals(String.format(java.util.Locale.ROOT, "%03d", -5), ZeroPadded.of(-5, 3));
        assertEquals(String.format(java.util.Locale.ROOT, "%02d", -5), ZeroPadded.of(-5, 2));
    }
}
