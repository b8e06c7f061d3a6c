package dev.postlint.core.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which addresses the link checker refuses by default, and what a list in allowPrivateAddresses opens. */
class AddressPolicyTest {
    private static Optional<String> refusal(AddressPolicy policy, String host, String address) throws Exception {
        return policy.refusal(host, new InetAddress[] {InetAddress.getByName(address)});
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1 | a loopback address",
        "127.8.9.10 | a loopback address",
        "10.20.30.40 | a private address",
        "172.31.255.255 | a private address",
        "192.168.1.1 | a private address",
        "100.64.0.1 | a carrier-grade NAT address",
        "100.127.255.254 | a carrier-grade NAT address",
        "169.254.169.254 | a link-local address",
        "0.0.0.0 | an unspecified address",
        "224.0.0.251 | a multicast address",
        "192.0.2.7 | a documentation address",
        "198.18.0.1 | a benchmarking address",
        "240.1.2.3 | a reserved address",
        "255.255.255.255 | a reserved address",
        "::1 | a loopback address",
        ":: | an unspecified address",
        "fe80::1 | a link-local address",
        "fd12:3456::1 | a private address",
        "ff02::1 | a multicast address",
        "2001:db8::1 | a documentation address",
        "::ffff:127.0.0.1 | a loopback address",
        "::ffff:10.0.0.1 | a private address",
        "64:ff9b::a9fe:a9fe | a link-local address",
        "2002:c0a8:0101::1 | a private address",
    })
    void specialUseAddressesAreRefusedByDefault(String address, String kind) throws Exception {
        assertEquals(Optional.of(kind), refusal(AddressPolicy.strict(), address, address));
    }

    @ParameterizedTest
    @CsvSource({"93.184.215.14", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "64:ff9b::5db8:d70e", "2002:5db8:d70e::1"})
    void publicAddressesAreRequested(String address) throws Exception {
        assertEquals(Optional.empty(), refusal(AddressPolicy.strict(), address, address));
    }

    @Test
    void aHostNameIsRefusedWhenAnyOfItsAddressesIsPrivateAndTheMessageNamesTheAddress() throws Exception {
        InetAddress[] both = {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5")};
        assertEquals(Optional.of("a private address (10.0.0.5)"), AddressPolicy.strict().refusal("mixed.test", both));
    }

    @Test
    void aListAllowsOnlyTheHostsAndRangesItNames() throws Exception {
        AddressPolicy policy = AddressPolicy.allowing(List.of("wiki.internal.test", "10.1.0.0/16", "fd00::7"));
        assertEquals(Optional.empty(), refusal(policy, "WIKI.internal.test.", "10.99.0.1"));
        assertEquals(Optional.empty(), refusal(policy, "build.test", "10.1.200.3"));
        assertEquals(Optional.empty(), refusal(policy, "fd00::7", "fd00::7"));
        assertEquals(Optional.of("a private address (10.2.0.1)"), refusal(policy, "build.test", "10.2.0.1"));
        assertEquals(Optional.of("a loopback address"), refusal(policy, "127.0.0.1", "127.0.0.1"));
        assertEquals(Optional.of("a private address"), refusal(policy, "fd00::8", "fd00::8"));
    }

    @Test
    void trueAllowsEverything() throws Exception {
        assertEquals(Optional.empty(), refusal(AddressPolicy.allowAll(), "127.0.0.1", "127.0.0.1"));
    }

    @Test
    void aListEntryThatIsNeitherHostNorRangeIsRefused() {
        assertEquals("10.0.0.0/33", assertThrows(IllegalArgumentException.class,
                () -> AddressPolicy.allowing(List.of("10.0.0.0/33"))).getMessage());
        assertEquals("http://x", assertThrows(IllegalArgumentException.class,
                () -> AddressPolicy.allowing(List.of("http://x"))).getMessage());
    }
}
