package dev.postlint.core.links;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a link checker must not request unless told to: loopback, private, shared (carrier-grade
 * NAT), link-local, multicast, unspecified, documentation, benchmarking and the other ranges of IANA's
 * IPv4 and IPv6 special-purpose registries that are not globally reachable. An IPv6 address that
 * carries an IPv4 address (mapped, compatible, NAT64, 6to4) is judged by the address it carries.
 */
final class SpecialAddresses {
    private record Kind(IpRange range, String name) {
    }

    private static final List<Kind> IPV4 = List.of(
            kind("0.0.0.0/8", "an unspecified"),
            kind("10.0.0.0/8", "a private"),
            kind("100.64.0.0/10", "a carrier-grade NAT"),
            kind("127.0.0.0/8", "a loopback"),
            kind("169.254.0.0/16", "a link-local"),
            kind("172.16.0.0/12", "a private"),
            kind("192.0.0.0/24", "a special-use"),
            kind("192.0.2.0/24", "a documentation"),
            kind("192.88.99.0/24", "a special-use"),
            kind("192.168.0.0/16", "a private"),
            kind("198.18.0.0/15", "a benchmarking"),
            kind("198.51.100.0/24", "a documentation"),
            kind("203.0.113.0/24", "a documentation"),
            kind("224.0.0.0/4", "a multicast"),
            kind("240.0.0.0/4", "a reserved"));

    private static final List<Kind> IPV6 = List.of(
            kind("::/128", "an unspecified"),
            kind("::1/128", "a loopback"),
            kind("64:ff9b:1::/48", "a special-use"),
            kind("100::/64", "a special-use"),
            kind("2001::/23", "a special-use"),
            kind("2001:db8::/32", "a documentation"),
            kind("3fff::/20", "a documentation"),
            kind("5f00::/16", "a special-use"),
            kind("fc00::/7", "a private"),
            kind("fe80::/10", "a link-local"),
            kind("fec0::/10", "a site-local"),
            kind("ff00::/8", "a multicast"));

    /** IPv6 prefixes whose addresses carry an IPv4 address, and where it starts. */
    private static final List<IpRange> CARRY_AT_12 = List.of(IpRange.of("::ffff:0:0/96"), IpRange.of("::/96"),
            IpRange.of("64:ff9b::/96"));
    private static final IpRange SIX_TO_FOUR = IpRange.of("2002::/16");

    private SpecialAddresses() {
    }

    private static Kind kind(String range, String name) {
        return new Kind(IpRange.of(range), name);
    }

    /** What kind of address it is, such as "a private", when it is one not to be requested. */
    static Optional<String> kind(InetAddress address) {
        return kind(address.getAddress());
    }

    private static Optional<String> kind(byte[] bytes) {
        if (bytes.length == 4) {
            return IPV4.stream().filter(k -> k.range().contains(bytes)).map(Kind::name).findFirst();
        }
        for (Kind k : IPV6) {
            if (k.range().contains(bytes)) {
                return Optional.of(k.name());
            }
        }
        for (IpRange carrier : CARRY_AT_12) {
            if (carrier.contains(bytes)) {
                return kind(Arrays.copyOfRange(bytes, 12, 16));
            }
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return kind(Arrays.copyOfRange(bytes, 2, 6));
        }
        return Optional.empty();
    }
}
