package dev.postlint.core.links;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which hosts the link checker may request: none of the {@link SpecialAddresses} unless
 * {@code links.allowPrivateAddresses} is true, or names the host or a CIDR range holding the address.
 */
public final class AddressPolicy {
    private static final AddressPolicy STRICT = new AddressPolicy(false, Set.of(), List.of());
    private static final AddressPolicy OPEN = new AddressPolicy(true, Set.of(), List.of());

    private final boolean allowAll;
    private final Set<String> hosts;
    private final List<IpRange> ranges;

    private AddressPolicy(boolean allowAll, Set<String> hosts, List<IpRange> ranges) {
        this.allowAll = allowAll;
        this.hosts = hosts;
        this.ranges = ranges;
    }

    public static AddressPolicy strict() {
        return STRICT;
    }

    public static AddressPolicy allowAll() {
        return OPEN;
    }

    /**
     * Allows these host names and CIDR ranges (or single addresses) only.
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static AddressPolicy allowing(List<String> entries) {
        Set<String> hosts = new TreeSet<>();
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip();
            Optional<IpRange> range = IpRange.parse(e);
            if (range.isPresent()) {
                ranges.add(range.get());
            } else if (e.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?")) {
                hosts.add(e.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""));
            } else {
                throw new IllegalArgumentException(entry);
            }
        }
        return new AddressPolicy(false, Set.copyOf(hosts), List.copyOf(ranges));
    }

    /** Empty when {@code host}, which resolved to {@code addresses}, may be requested; else what it is, such as "a loopback address (127.0.0.1)". */
    public Optional<String> refusal(String host, InetAddress[] addresses) {
        if (allowAll || hosts.contains(host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""))) {
            return Optional.empty();
        }
        for (InetAddress a : addresses) {
            Optional<String> kind = SpecialAddresses.kind(a);
            if (kind.isPresent() && ranges.stream().noneMatch(r -> r.contains(a))) {
                boolean literal = IpRange.parse(host).isPresent();
                return Optional.of(kind.get() + " address" + (literal ? "" : " (" + a.getHostAddress() + ")"));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return allowAll ? "all addresses" : "public addresses and " + new TreeSet<>(hosts) + " " + ranges;
    }
}
