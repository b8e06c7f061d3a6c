package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTitlesTest {
    @Test
    void ownTitlesAreTemplatesWhoseWholeChainNeverNamesThePagesTitle() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("base.html", "<title>{% block title %}{{ config.title }}{% endblock title %}</title>");
        templates.put("themes.html", "{% extends \"base.html\" %}{% block title %}Themes | {{ super() }}{% endblock %}");
        templates.put("page.html", "{% extends 'base.html' %}{% block title %}{{ page.title }}{% endblock %}");
        templates.put("list.html", "{%- extends \"base.html\" -%}{% import \"macros/heads.html\" as heads %}");
        templates.put("macros/heads.html", "{% macro h() %}<h1>{{ section.title }}</h1>{% endmacro %}");
        templates.put("theme-owned.html", "{% extends \"theme-base.html\" %}{% block title %}Tags{% endblock %}");
        templates.put("no-title.html", "<h1>Hello</h1>");
        templates.put("loop-a.html", "{% extends \"loop-b.html\" %}");
        templates.put("loop-b.html", "{% extends \"loop-a.html\" %}<title>Fixed</title>");
        assertEquals(Set.of("base.html", "themes.html", "loop-a.html", "loop-b.html"),
                TemplateTitles.zolaOwnTitles(templates));
    }
}
