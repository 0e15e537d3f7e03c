package dev.handbook.check;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What earlier runs of {@code handbook check --external} learnt about links to other sites, so a
 * run does not ask again about a link that answered recently. Only definite answers are kept
 * (the page is there, or it is gone); a timeout or a server error is asked about every run.
 *
 * <p>The pipeline reads and writes the text: one line per URL, tab-separated, sorted by URL:
 * {@code url, checked-at (ISO-8601), OK|BROKEN, status code, message}. A file it cannot read is
 * treated as empty, never as an error.
 */
public final class LinkCache {
    static final String HEADER = "# handbook external-link cache v1: url\tchecked at\tverdict\tstatus\tmessage";

    /** One answer and when it was given. */
    record Entry(Instant checkedAt, ExternalChecker.Verdict verdict, int status, String message) {
    }

    private final Map<String, Entry> entries = new ConcurrentSkipListMap<>();

    private LinkCache() {
    }

    public static LinkCache empty() {
        return new LinkCache();
    }

    public static LinkCache parse(String text) {
        LinkCache cache = new LinkCache();
        if (!text.startsWith(HEADER)) return cache;
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length != 5) continue;
            try {
                ExternalChecker.Verdict v = ExternalChecker.Verdict.valueOf(f[2]);
                if (v == ExternalChecker.Verdict.UNSURE) continue;
                cache.entries.put(f[0], new Entry(Instant.parse(f[1]), v, Integer.parseInt(f[3]), f[4]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // A damaged line is forgotten; the URL is simply checked again.
            }
        }
        return cache;
    }

    /** The text to save: answers still fresh at {@code now}, sorted by URL. */
    public String format(Instant now, Duration maxAge) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        entries.forEach((url, e) -> {
            if (!fresh(e, now, maxAge)) return;
            sb.append(url).append('\t').append(e.checkedAt()).append('\t').append(e.verdict()).append('\t')
                    .append(e.status()).append('\t').append(e.message()).append('\n');
        });
        return sb.toString();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    Optional<Entry> fresh(String url, Instant now, Duration maxAge) {
        Entry e = entries.get(url);
        return e != null && fresh(e, now, maxAge) ? Optional.of(e) : Optional.empty();
    }

    void put(String url, Entry entry) {
        if (entry.verdict() == ExternalChecker.Verdict.UNSURE || !storable(url) || !storable(entry.message())) return;
        entries.put(url, entry);
    }

    private static boolean fresh(Entry e, Instant now, Duration maxAge) {
        return !e.checkedAt().isAfter(now) && e.checkedAt().plus(maxAge).isAfter(now);
    }

    private static boolean storable(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }
}
