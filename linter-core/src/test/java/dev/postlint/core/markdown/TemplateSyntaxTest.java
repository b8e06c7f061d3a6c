package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSyntaxTest {
    private static String shown(String text) {
        return TemplateSyntax.of(text, 0).masked().replace(TemplateSyntax.MASK, '#');
    }

    /** What a tag looks like masked: one # for every character, line breaks kept. */
    private static String hashes(String tag) {
        return tag.replaceAll("[^\\n]", "#");
    }

    @Test
    void tagsAreMaskedInPlaceAndLineBreaksKept() {
        String figure = "{{< figure\n  src=\"/x.png\" >}}";
        String text = "a {{ site.url }} b {% if x %}c{% endif %}\n" + figure + " d {# note #}";
        assertEquals(text.length(), TemplateSyntax.of(text, 0).masked().length());
        assertEquals("a " + hashes("{{ site.url }}") + " b " + hashes("{% if x %}") + "c" + hashes("{% endif %}") + "\n"
                + hashes(figure) + " d " + hashes("{# note #}"), shown(text));
    }

    @Test
    void markdownShortcodeBodiesAndRawTextStayButHugoShortcodeBodiesGo() {
        assertEquals(hashes("{{% note %}}") + "\n## Inside\n" + hashes("{{% /note %}}"),
                shown("{{% note %}}\n## Inside\n{{% /note %}}"));
        assertEquals(hashes("{% raw %}") + "{{ kept }}" + hashes("{% endraw %}"), shown("{% raw %}{{ kept }}{% endraw %}"));
        String tab = "{{< tab header=\"x\" lang=\"toml\" >}}\n# not a heading\n{{< /tab >}}";
        assertEquals(hashes(tab), shown(tab));
        assertEquals(hashes("{{< icon name=\"x\" />}}") + " text", shown("{{< icon name=\"x\" />}} text"));
    }

    @Test
    void textBeforeTheBodyIsLeftAloneAndUnclosedBracesAreText() {
        assertEquals("{{ front }}\n" + hashes("{{ x }}"), TemplateSyntax.of("{{ front }}\n{{ x }}", 12).masked()
                .replace(TemplateSyntax.MASK, '#'));
        assertEquals("a {{ b and { c }", shown("a {{ b and { c }"));
    }

    @Test
    void shortcodeImagesKeepTheirLiteralPathAndWhereItIs() {
        TemplateSyntax t = TemplateSyntax.of("x {{< figure src=\"/a b.png\" >}}\n{{ resize_image(path=\"img/c.png\") }}", 0);
        assertEquals(List.of(new TemplateSyntax.TemplateImage("/a b.png", 18),
                new TemplateSyntax.TemplateImage("@/img/c.png", 54)), t.images());
    }

    @Test
    void computedLinksNameTheirLiteralAndItsOffset() {
        assertEquals(new ComputedLink(ComputedLink.Kind.SOURCE_FILE, "about.md", 8),
                ComputedLink.parse("{% link about.md %}").orElseThrow());
        assertEquals(new ComputedLink(ComputedLink.Kind.POST_NAME, "2024-01-05-x", 12),
                ComputedLink.parse("{% post_url 2024-01-05-x %}").orElseThrow());
        assertEquals(new ComputedLink(ComputedLink.Kind.CONTENT_REF, "b.md#intro", 12),
                ComputedLink.parse("{{< relref \"b.md#intro\" >}}").orElseThrow());
        assertEquals(new ComputedLink(ComputedLink.Kind.CONTENT_PATH, "blog/a.md", 2),
                ComputedLink.parse("@/blog/a.md").orElseThrow());
        assertEquals(new ComputedLink(ComputedLink.Kind.CONTENT_PATH, "blog/_index.md", 19),
                ComputedLink.parse("{{ get_url(path=\"@/blog/_index.md\") }}").orElseThrow());
        assertEquals(java.util.Optional.empty(), ComputedLink.parse("{{ site.url }}/about/"));
    }
}
