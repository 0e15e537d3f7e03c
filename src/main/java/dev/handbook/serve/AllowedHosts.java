package dev.handbook.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a request's {@code Host} header may give, so that a web page cannot read the handbook
 * through DNS rebinding (its own name pointed at this machine): always {@code localhost},
 * {@code 127.x.x.x} and {@code [::1]}; when serve listens beyond loopback, also this machine's own
 * names and addresses; and every name given with {@code --allow-host} (a name people use for this
 * machine, a proxy's name).
 */
final class AllowedHosts {
    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = Collections.unmodifiableSet(new TreeSet<>(names));
    }

    /**
     * The hosts for a server listening on {@code bound}: loopback names only when it listens on
     * loopback, else the machine's names and addresses too; plus {@code extra} in either case.
     */
    static AllowedHosts of(InetAddress bound, Collection<String> extra) {
        Set<String> names = new TreeSet<>();
        for (String e : extra) names.add(normalise(e));
        if (!bound.isLoopbackAddress()) names.addAll(machine(bound));
        return new AllowedHosts(names);
    }

    /** This machine's host name (short and canonical) and the address of every interface that is up. */
    private static Set<String> machine(InetAddress bound) {
        Set<String> names = new TreeSet<>();
        if (!bound.isAnyLocalAddress()) names.add(literal(bound));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(normalise(local.getHostName()));
            names.add(normalise(local.getCanonicalHostName()));
            names.add(literal(local));
        } catch (IOException e) {
            // A machine without a resolvable name is still reached by its addresses.
        }
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (!a.isLoopbackAddress()) names.add(literal(a));
                }
            }
        } catch (IOException e) {
            // Without the interface list, only the names above and --allow-host are accepted.
        }
        names.removeIf(n -> n.isEmpty() || isLoopback(n));
        return names;
    }

    private static String literal(InetAddress a) {
        String s = a.getHostAddress();
        int zone = s.indexOf('%');
        if (zone >= 0) s = s.substring(0, zone);
        return normalise(s);
    }

    /** Lower case, without a final dot. */
    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** Whether a request with this {@code Host} header (with or without a port) is answered. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0 || !(end + 1 == h.length() || isPort(h.substring(end + 1)))) return false;
            host = ipv6(h.substring(1, end));
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0 && !isPort(h.substring(colon))) return false;
            host = colon >= 0 ? h.substring(0, colon) : h;
        }
        host = normalise(host);
        return isLoopback(host) || names.contains(host);
    }

    /** An IPv6 literal in the form the JDK writes ({@code fd00:0:0:0:0:0:0:2} for {@code fd00::2}). */
    private static String ipv6(String literal) {
        if (!literal.matches("[0-9a-f:.]+")) return literal; // not an address: never looked up
        try {
            return literal(InetAddress.getByName(literal));
        } catch (IOException e) {
            return literal;
        }
    }

    private static boolean isPort(String s) {
        return s.length() > 1 && s.charAt(0) == ':' && s.substring(1).chars().allMatch(Character::isDigit);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The names besides loopback's, for the warning serve prints. */
    List<String> names() {
        return List.copyOf(names);
    }
}
