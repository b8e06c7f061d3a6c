package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How srcset values are split; the rule's findings are tested by the fixtures. */
class ImagePathSpacesRuleTest {
    @Test
    void srcsetDescriptorsAreNotSpacesInPaths() {
        assertEquals(false, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png 480w, b.png 1.5x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("my pic.png 2x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png, my pic.png"));
    }
}
