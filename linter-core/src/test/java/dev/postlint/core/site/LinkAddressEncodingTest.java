package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Web addresses as browsers send them (WHATWG URL), before they are parsed and checked. */
class LinkAddressEncodingTest {
    @Test
    void anAddressThatNeedsNothingIsTakenAsItIs() {
        String plain = "https://example.org/a/b-c_d.html?x=1&y=%20#part";
        assertSame(plain, LinkResolver.encodeLikeBrowsers(plain));
        String ipv6 = "http://[::1]:8080/status";
        assertSame(ipv6, LinkResolver.encodeLikeBrowsers(ipv6));
    }

    @Test
    void spacesQuotesAndLettersBeyondAsciiAreEncoded() {
        assertEquals("https://example.org/a%20b%22c%7Cd",
                LinkResolver.encodeLikeBrowsers("https://example.org/a b\"c|d"));
        assertEquals("https://example.org/gr%C3%BC%C3%9Fe?q=%C3%A4",
                LinkResolver.encodeLikeBrowsers("https://example.org/grüße?q=ä"));
    }

    @Test
    void bracketsAreKeptInTheHostAndEncodedAfterIt() {
        assertEquals("http://[::1]/a%5B1%5D", LinkResolver.encodeLikeBrowsers("http://[::1]/a[1]"));
        assertEquals("https://example.org/?tags%5B%5D=x",
                LinkResolver.encodeLikeBrowsers("https://example.org/?tags[]=x"));
    }
}
