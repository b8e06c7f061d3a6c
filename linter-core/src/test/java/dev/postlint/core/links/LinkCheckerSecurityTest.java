package dev.postlint.core.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker as an attacker meets it, with real servers on loopback addresses: 127.0.0.2 stands for a
 * public host (the policy allows it), 127.0.0.3 for an internal service that must never be reached.
 */
class LinkCheckerSecurityTest {
    private static final String ALLOWED = "127.0.0.2";
    private static final String INTERNAL = "127.0.0.3";

    @TempDir
    Path dir;

    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    private LinkSettings settings() {
        return LinkSettings.defaults(dir.resolve("cache"), "test").toBuilder()
                .addressPolicy(AddressPolicy.allowing(List.of(ALLOWED + "/32")))
                .retries(0).timeout(Duration.ofSeconds(5)).build();
    }

    private UrlStatus check(LinkSettings settings, String url, ResolvedHosts.NameLookup names) {
        ExternalLinkChecker checker = new ExternalLinkChecker(settings, ProgressListener.NONE, name -> null, host -> {
            lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            return names.lookup(host);
        });
        return checker.check(List.of(URI.create(url))).get(URI.create(url));
    }

    private static InetAddress[] at(String... addresses) throws UnknownHostException {
        InetAddress[] result = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            result[i] = InetAddress.getByName(addresses[i]);
        }
        return result;
    }

    @Test
    void aRedirectToAnInternalAddressIsNeverFollowed() throws Exception {
        try (LoopbackServer internal = new LoopbackServer(INTERNAL, 0);
             LoopbackServer outside = new LoopbackServer(ALLOWED, 0)) {
            outside.answer("/go", LoopbackServer.Answer.redirect(301, internal.base() + "/internal-admin"));
            UrlStatus status = check(settings(), outside.base() + "/go", InetAddress::getAllByName);
            assertEquals(UrlStatus.State.UNVERIFIED, status.state());
            assertEquals("not checked: it redirects to a private address: 127.0.0.3 is a loopback address",
                    status.detail());
            assertEquals(List.of(), internal.requests());
            assertEquals(1, outside.requests().size());
        }
    }

    @Test
    void aSecondDnsAnswerCannotMoveTheConnectionToAnotherAddress() throws Exception {
        try (LoopbackServer outside = new LoopbackServer(ALLOWED, 0).answer("/ok", LoopbackServer.Answer.ok());
             LoopbackServer internal = new LoopbackServer(INTERNAL, outside.port())
                     .answer("/ok", LoopbackServer.Answer.ok())) {
            AtomicInteger answers = new AtomicInteger();
            // The first answer passes the policy; every later one would point inside.
            ResolvedHosts.NameLookup rebinding = host -> at(answers.getAndIncrement() == 0 ? ALLOWED : INTERNAL);
            UrlStatus status = check(settings(), "http://rebind.test:" + outside.port() + "/ok", rebinding);
            assertEquals(UrlStatus.State.OK, status.state(), status.detail());
            assertEquals(1, outside.requests().size());
            assertEquals(List.of(), internal.requests());
            assertEquals(1, lookups.get("rebind.test").get(), "one lookup: the address checked is the one connected to");
        }
    }

    @Test
    void everyAddressOfAHostIsJudged() throws Exception {
        try (LoopbackServer outside = new LoopbackServer(ALLOWED, 0).answer("/ok", LoopbackServer.Answer.ok());
             LoopbackServer internal = new LoopbackServer(INTERNAL, outside.port())) {
            UrlStatus status = check(settings(), "http://two-faced.test:" + outside.port() + "/ok",
                    host -> at(ALLOWED, INTERNAL));
            assertEquals(UrlStatus.State.SKIPPED, status.state());
            assertEquals("not checked: two-faced.test is a loopback address (127.0.0.3)", status.detail());
            assertEquals(List.of(), outside.requests());
            assertEquals(List.of(), internal.requests());
        }
    }

    @Test
    void aHeaderGoesToItsOwnOriginOnlyNotToAnotherPortAfterARedirect() throws Exception {
        try (LoopbackServer origin = new LoopbackServer(ALLOWED, 0);
             LoopbackServer otherPort = new LoopbackServer(ALLOWED, 0).answer("/ok", LoopbackServer.Answer.ok())) {
            origin.answer("/same", LoopbackServer.Answer.redirect(302, "/ok"))
                    .answer("/ok", LoopbackServer.Answer.ok())
                    .answer("/away", LoopbackServer.Answer.redirect(302, otherPort.base() + "/ok"));
            LinkSettings withHeader = settings().toBuilder().hosts(Map.of(origin.base(),
                    new HostSettings(OptionalInt.empty(), Map.of("Authorization", "Bearer origin-only-token")))).build();
            assertEquals(UrlStatus.State.OK, check(withHeader, origin.base() + "/same", InetAddress::getAllByName).state());
            assertEquals(UrlStatus.State.OK, check(withHeader, origin.base() + "/away", InetAddress::getAllByName).state());
            assertEquals(List.of(new LoopbackServer.Request("HEAD", "/same", "Bearer origin-only-token"),
                    new LoopbackServer.Request("HEAD", "/ok", "Bearer origin-only-token"),
                    new LoopbackServer.Request("HEAD", "/away", "Bearer origin-only-token")), origin.requests());
            assertEquals(List.of(new LoopbackServer.Request("HEAD", "/ok", null)), otherPort.requests());
        }
    }

    @Test
    void aHeaderConfiguredForABareHostNameIsSentOverHttpsOnlyNeverOverPlainHttp() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ALLOWED, 0).answer("/ok", LoopbackServer.Answer.ok())) {
            LinkSettings withHeader = settings().toBuilder().hosts(Map.of(ALLOWED,
                    new HostSettings(OptionalInt.empty(), Map.of("Authorization", "Bearer https-only-token")))).build();
            assertEquals(UrlStatus.State.OK, check(withHeader, server.base() + "/ok", InetAddress::getAllByName).state());
            assertNull(server.requests().get(0).authorization());
        }
    }

    @Test
    void originsOfHostKeys() {
        assertEquals(Optional.of(new Origin("https", "example.org", 443)), Origin.ofKey("Example.org"));
        assertEquals(Optional.of(new Origin("http", "wiki.test", 8080)), Origin.ofKey("http://wiki.test:8080/"));
        assertEquals(Optional.of(new Origin("https", "api.test", 8443)), Origin.ofKey("api.test:8443"));
        assertEquals(Optional.empty(), Origin.ofKey("https://api.test/v1"));
        assertEquals(Optional.empty(), Origin.ofKey("ftp://files.test"));
        assertEquals(Optional.empty(), Origin.ofKey("https://user@api.test"));
    }
}
