package dev.postlint.core.links;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Refuses requests to loopback, private and link-local addresses unless the config allows them. */
final class AddressPolicy {
    private AddressPolicy() {
    }

    /** Empty when the host may be requested, else why not; unknown hosts throw. */
    static Optional<String> refusal(String host, boolean allowPrivate) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress a : addresses) {
            boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || uniqueLocal) {
                return Optional.of("not checked: " + host + " is a private or local address ("
                        + a.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }
}
