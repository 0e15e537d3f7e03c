package dev.handbook.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sidebar spliced from pieces the theme's {@code partials/nav.peb} rendered once per site
 * (issue 24.2). Rendering {@code nav.peb} for every page took more than half of the render stage at
 * 10,000 pages, although a page's sidebar differs from its neighbour's only in which items are
 * marked current or open. So each distinct {@link Views.NavItem} (its title, link and marks) is
 * rendered once, and a page's sidebar is the concatenation of its items' pieces.
 *
 * <p>This holds for a {@code nav.peb} that writes one level as a head, then each item on its own,
 * then a tail, and an open item's children where it includes itself (the default theme's, and any
 * that does not look at an item's neighbours or position). Before use that is checked by rendering
 * marker items in several orders; a template that fails the check, needs more than {@code items}
 * (such as {@code page}), or fails on an item leaves the page's sidebar empty, and the layout then
 * includes {@code nav.peb} as before.
 *
 * <pre>{@code
 * NavPieces pieces = NavPieces.probe(engine);
 * Optional<String> html = pieces.html(NavBuilder.sidebar(site, i, root));
 * }</pre>
 */
final class NavPieces {
    static final String TEMPLATE = "partials/nav.peb";
    private static final Views.NavItem MARK_A = marker("hbnavmarkera");
    private static final Views.NavItem MARK_B = marker("hbnavmarkerb");

    private final PebbleEngine engine;
    private final boolean usable;
    private final String head;
    private final String tail;
    /** A closed item's whole piece; an open one's (its children left out) as the text before and after them. */
    private final Map<Views.NavItem, String> closed = new ConcurrentHashMap<>();
    private final Map<Views.NavItem, Around> open = new ConcurrentHashMap<>();
    /** The last sidebar's length, so the next one's buffer rarely grows (a page's sidebar is about its neighbours' size). */
    private volatile int lastLength = 4096;

    private record Around(String before, String after) {
    }

    private NavPieces(PebbleEngine engine, boolean usable, String head, String tail) {
        this.engine = engine;
        this.usable = usable;
        this.head = head;
        this.tail = tail;
    }

    /** Finds the head and tail {@code nav.peb} writes around a level, or a splicer that always declines. */
    /** Whether {@link #html} splices (false: every page includes {@code nav.peb} itself). */
    boolean splices() {
        return usable;
    }

    static NavPieces probe(PebbleEngine engine) {
        NavPieces unusable = new NavPieces(engine, false, "", "");
        try {
            String empty = unusable.render(List.of());
            String a = unusable.render(List.of(MARK_A));
            String b = unusable.render(List.of(MARK_B));
            String ab = unusable.render(List.of(MARK_A, MARK_B));
            String ba = unusable.render(List.of(MARK_B, MARK_A));
            for (int k = 0; k <= empty.length(); k++) {
                String h = empty.substring(0, k);
                String t = empty.substring(k);
                Optional<String> pa = strip(a, h, t);
                Optional<String> pb = strip(b, h, t);
                if (pa.isPresent() && pb.isPresent() && !pa.get().isEmpty()
                        && ab.equals(h + pa.get() + pb.get() + t) && ba.equals(h + pb.get() + pa.get() + t)) {
                    return new NavPieces(engine, true, h, t);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // nav.peb needs more than the items (or fails on markers): pages include it themselves.
        }
        return unusable;
    }

    /**
     * This splicer if it gives what {@code nav.peb} itself writes for {@code sample} (a real page's
     * items, with open levels), else one that declines: the markers cannot show everything a theme may do.
     */
    NavPieces checkedWith(List<Views.NavItem> sample) {
        if (!usable) return this;
        try {
            if (html(sample).equals(Optional.of(whole(sample)))) return this;
        } catch (RuntimeException | StackOverflowError e) {
            // as below: the pages include nav.peb themselves
        }
        return new NavPieces(engine, false, "", "");
    }

    /** The sidebar HTML {@code nav.peb} writes for {@code items}, or empty when the page must include it itself. */
    Optional<String> html(List<Views.NavItem> items) {
        if (!usable) return Optional.empty();
        StringBuilder out = new StringBuilder(lastLength + 1024);
        try {
            level(items, out);
        } catch (RuntimeException | StackOverflowError e) {
            // The page's own include then reports the template error with its position.
            return Optional.empty();
        }
        lastLength = out.length();
        return Optional.of(out.toString());
    }

    private void level(List<Views.NavItem> items, StringBuilder out) {
        out.append(head);
        for (Views.NavItem item : items) {
            if (!item.open()) {
                String piece = closed.get(item);
                if (piece == null) piece = cache(closed, item, piece(item));
                out.append(piece);
                continue;
            }
            Views.NavItem key = withChildren(item, List.of());
            Around around = open.get(key);
            if (around == null) around = cache(open, key, around(key));
            out.append(around.before());
            level(item.children(), out);
            out.append(around.after());
        }
        out.append(tail);
    }

    private static <V> V cache(Map<Views.NavItem, V> map, Views.NavItem key, V value) {
        V earlier = map.putIfAbsent(key, value);
        return earlier == null ? value : earlier;
    }

    private String piece(Views.NavItem item) {
        return strip(render(List.of(item)), head, tail)
                .orElseThrow(() -> new IllegalStateException("nav.peb wrote no head or tail around " + item.title()));
    }

    /**
     * An open item's text around its children: where one marker child stands, and checked with two
     * (an item that shows how many children it has is not spliced).
     */
    private Around around(Views.NavItem item) {
        String one = piece(withChildren(item, List.of(MARK_A)));
        String slot = head + piece(MARK_A) + tail;
        int at = one.indexOf(slot);
        if (at < 0 || one.indexOf(slot, at + 1) >= 0) {
            throw new IllegalStateException("nav.peb shows no single place for the children of " + item.title());
        }
        Around around = new Around(one.substring(0, at), one.substring(at + slot.length()));
        String two = piece(withChildren(item, List.of(MARK_A, MARK_B)));
        if (!two.equals(around.before() + head + piece(MARK_A) + piece(MARK_B) + tail + around.after())) {
            throw new IllegalStateException("nav.peb writes an open item's children in a way that cannot be spliced");
        }
        return around;
    }

    /** What {@code nav.peb} writes for {@code items} when it renders them all itself, as a page's include does. */
    String whole(List<Views.NavItem> items) {
        return render(items);
    }

    private String render(List<Views.NavItem> items) {
        StringWriter w = new StringWriter(256);
        TemplateBudget.start(TemplateBudget.PAGE_BUDGET_MILLIS);
        try {
            PebbleTemplate t = engine.getTemplate(TEMPLATE);
            t.evaluate(w, Map.of("items", items));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        } finally {
            TemplateBudget.stop();
        }
        return w.toString();
    }

    private static Optional<String> strip(String s, String head, String tail) {
        if (s.length() < head.length() + tail.length() || !s.startsWith(head) || !s.endsWith(tail)) return Optional.empty();
        return Optional.of(s.substring(head.length(), s.length() - tail.length()));
    }

    private static Views.NavItem withChildren(Views.NavItem item, List<Views.NavItem> children) {
        return new Views.NavItem(item.title(), item.href(), item.current(), true, children, item.more(), item.moreHref());
    }

    private static Views.NavItem marker(String name) {
        return new Views.NavItem(name, "#" + name, false, false, List.of(), 0, null);
    }
}
