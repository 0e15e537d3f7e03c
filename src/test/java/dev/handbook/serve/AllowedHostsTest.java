package dev.handbook.serve;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23.14: the Host header a request may give, on loopback and beyond. */
class AllowedHostsTest {
    @Test
    void onLoopbackOnlyLoopbackNamesAndAllowedOnes() throws Exception {
        AllowedHosts hosts = AllowedHosts.of(InetAddress.getByName("127.0.0.1"), List.of("Proxy.Example."));
        for (String ok : List.of("localhost", "localhost:4000", "127.0.0.1:4000", "127.1.2.3", "[::1]:4000",
                "proxy.example:8080", "PROXY.example")) {
            assertTrue(hosts.allows(ok), ok);
        }
        for (String no : List.of("evil.example", "127.0.0.1.evil.example", "localhost:4000x", "[::1]x", "",
                "localhost.evil.example:4000")) {
            assertFalse(hosts.allows(no), no);
        }
        assertFalse(hosts.allows(null));
    }

    @Test
    void onEveryAddressAlsoThisMachinesNamesAndAddressesInAnySpelling() throws Exception {
        AllowedHosts hosts = AllowedHosts.of(InetAddress.getByName("0.0.0.0"), List.of());
        assertTrue(hosts.allows(InetAddress.getLocalHost().getHostName()));
        assertFalse(hosts.allows("evil.example"));
        for (String name : hosts.names()) {
            if (!name.contains(":")) continue;
            // an IPv6 address as a browser writes it: shortened, in brackets
            String shortForm = InetAddress.getByName(name).getHostAddress().replaceAll("(^|:)(0:)+", "::")
                    .replaceFirst("^::", "::");
            assertTrue(hosts.allows("[" + name + "]:4000"), name);
            assertTrue(hosts.allows("[" + shortForm.replace(":::", "::") + "]"), shortForm);
        }
    }
}
