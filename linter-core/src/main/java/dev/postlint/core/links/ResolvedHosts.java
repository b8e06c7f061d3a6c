package dev.postlint.core.links;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Looks each host name up once per run and judges every address it resolved to; the HTTP client
 * connects through this resolver, so it reaches only addresses that were judged (a second DNS answer,
 * as in DNS rebinding, is never asked for). A refused host fails the connection before it is made.
 */
final class ResolvedHosts implements DnsResolver {
    /** A host name looked up, its addresses, and why they may not be requested, if they may not. */
    record Lookup(String host, InetAddress[] addresses, Optional<String> refusal) {
    }

    /** The connection was not made: the host resolved to an address the policy refuses. */
    static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String reason) {
            super(reason);
        }
    }

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    interface NameLookup {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    private final AddressPolicy policy;
    private final NameLookup names;
    private final Map<String, CompletableFuture<Lookup>> lookups = new ConcurrentHashMap<>();

    ResolvedHosts(AddressPolicy policy, NameLookup names) {
        this.policy = policy;
        this.names = names;
    }

    /** The lookup of a host, started once; it fails with the {@link UnknownHostException} of the name. */
    CompletableFuture<Lookup> lookup(String host) {
        String key = normalise(host);
        return lookups.computeIfAbsent(key, h -> CompletableFuture.supplyAsync(() -> {
            try {
                InetAddress[] addresses = names.lookup(h);
                return new Lookup(h, addresses, policy.refusal(h, addresses));
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** The hosts looked up so far and how each lookup ended. */
    Map<String, CompletableFuture<Lookup>> all() {
        return lookups;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Lookup l;
        try {
            l = lookup(host).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnknownHostException u) {
                throw u;
            }
            throw e;
        }
        if (l.refusal().isPresent()) {
            throw new RefusedAddressException(l.host() + " is " + l.refusal().get());
        }
        return l.addresses().clone();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    private static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
