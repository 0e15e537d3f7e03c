package dev.handbook.importer;

import dev.handbook.config.YamlReader;
import dev.handbook.diag.Staged;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter another generator wrote, as Handbook reads it. Fields Handbook has keep their line;
 * fields that mean one of Handbook's under another name are renamed ({@code last_reviewed_on} to
 * {@code reviewed}, {@code nav_order} to {@code weight}, {@code linkTitle} to {@code nav_title}...);
 * old addresses ({@code redirect_from}, {@code old_paths}, a {@code permalink} or {@code url} that
 * differs from the new one) become {@code aliases}; {@code review_in: 6 months} becomes
 * {@code review_every: 180}. Every other field stays in the file as a YAML comment, so nothing is
 * lost and nothing is read as a Handbook field it is not. A value that cannot be converted is kept
 * as a comment and listed for a person.
 */
final class FrontMatterConverter {
    static final String HEADER = "# Fields Handbook does not use, kept as comments by handbook import:";
    private static final Set<String> KEEP = Set.of("title", "description", "draft", "audience", "nav_title");
    private static final Map<String, String> RENAME = Map.ofEntries(
            Map.entry("last_reviewed_on", "reviewed"), Map.entry("last_reviewed_at", "reviewed"),
            Map.entry("last_reviewed", "reviewed"), Map.entry("reviewed", "reviewed"),
            Map.entry("nav_order", "weight"), Map.entry("sidebar_position", "weight"), Map.entry("weight", "weight"),
            Map.entry("linkTitle", "nav_title"), Map.entry("sidebar_label", "nav_title"),
            Map.entry("short_title", "nav_title"));
    private static final Set<String> ADDRESSES = Set.of("aliases", "redirect_from", "old_paths");
    private static final Pattern PERIOD = Pattern.compile("(\\d+)\\s*(day|week|month|year)s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt ].*)?");

    /** The converted front matter, and the lines (1-based, in it) of what a person must decide. */
    record Result(String yaml, List<Marked> left) {
    }

    /** A line of the result a person must look at. */
    record Marked(int line, String kind, String text) {
    }

    private final Source from;
    private final String newUrl;
    private final Tally tally;
    private final List<String> out = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final List<Marked> left = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    private FrontMatterConverter(Source from, String newUrl, Tally tally) {
        this.from = from;
        this.newUrl = newUrl;
        this.tally = tally;
    }

    /**
     * @param newUrl the page's address in the new handbook ({@code /docs/overview/}), so an old
     *               {@code permalink} that differs from it becomes an alias
     */
    static Result convert(String yaml, Source from, String newUrl, Tally tally) {
        return new FrontMatterConverter(from, newUrl, tally).run(yaml);
    }

    private Result run(String yaml) {
        Staged<Optional<Value>> read = YamlReader.read("front matter", yaml, 1);
        if (read.hasErrors() || read.value().isEmpty() || !(read.value().get() instanceof Value.Dict dict)) {
            left.add(new Marked(1, "front matter that is not a YAML mapping", firstLine(yaml)));
            return new Result(yaml, left);
        }
        String[] lines = yaml.split("\n", -1);
        List<Value.Entry> entries = new ArrayList<>(dict.entries().values());
        for (int k = 0; k < entries.size(); k++) {
            Value.Entry e = entries.get(k);
            int first = e.keyPos().line() - 1;
            int end = k + 1 < entries.size() ? entries.get(k + 1).keyPos().line() - 1 : trimmedEnd(lines);
            List<String> own = List.of(lines).subList(first, Math.max(first + 1, end));
            field(e, own);
        }
        if (!tags.isEmpty()) out.add("tags: " + YamlText.flow(new ArrayList<>(new LinkedHashSet<>(tags))));
        if (!addresses.isEmpty()) out.add("aliases: " + YamlText.flow(new ArrayList<>(new LinkedHashSet<>(addresses))));
        StringBuilder sb = new StringBuilder();
        for (String l : out) sb.append(l).append('\n');
        if (!comments.isEmpty()) {
            int base = out.size() + 1;
            sb.append(HEADER).append('\n');
            for (int c = 0; c < comments.size(); c++) sb.append(comments.get(c)).append('\n');
            List<Marked> shifted = new ArrayList<>();
            for (Marked m : left) shifted.add(m.line() < 0 ? new Marked(base - m.line(), m.kind(), m.text()) : m);
            return new Result(sb.toString(), shifted);
        }
        return new Result(sb.toString(), left);
    }

    private void field(Value.Entry e, List<String> lines) {
        String key = e.key();
        Value v = e.value();
        if (KEEP.contains(key)) {
            out.addAll(lines);
        } else if (ADDRESSES.contains(key)) {
            addressesOf(e, lines);
        } else if (key.equals("tags") || key.equals("categories")) {
            textsOf(v).ifPresentOrElse(tags::addAll, () -> comment(lines, "a " + key + " value that is not a list of words"));
            if (!key.equals("tags")) tally.rewrote("front matter: " + key + " to tags");
        } else if (key.equals("review_in") || key.equals("review_every")) {
            review(e, lines);
        } else if (key.equals("owner") && v instanceof Value.Scalar s && s.text().startsWith("@")) {
            out.addAll(lines);
        } else if (key.equals("permalink") || key.equals("url") && from == Source.HUGO) {
            permalink(e, lines);
        } else if (RENAME.containsKey(key)) {
            rename(e, lines, RENAME.get(key));
        } else {
            comment(lines, "");
            tally.rewrote("front matter: field kept as a comment (" + key + ")");
        }
    }

    private void rename(Value.Entry e, List<String> lines, String to) {
        Value v = e.value();
        boolean ok = switch (to) {
            case "weight" -> v instanceof Value.Scalar s && s.text().strip().matches("-?\\d{1,9}");
            case "reviewed" -> v instanceof Value.Scalar s && DATE.matcher(s.text().strip()).matches();
            default -> v instanceof Value.Scalar;
        };
        if (!ok) {
            comment(lines, "'" + e.key() + "' whose value Handbook's '" + to + "' cannot take");
            return;
        }
        if (!e.key().equals(to)) tally.rewrote("front matter: " + e.key() + " to " + to);
        out.add(to + ":" + afterKey(lines.get(0)));
        out.addAll(lines.subList(1, lines.size()));
    }

    private void review(Value.Entry e, List<String> lines) {
        String text = e.value() instanceof Value.Scalar s ? s.text().strip() : "";
        Optional<Integer> days = days(text);
        if (days.isEmpty()) {
            comment(lines, "'" + e.key() + "' that is no number of days, weeks, months or years");
            return;
        }
        if (e.key().equals("review_every") && text.matches("\\d+")) {
            out.addAll(lines);
            return;
        }
        out.add("review_every: " + days.get() + "  # " + e.key() + ": " + text);
        tally.rewrote("front matter: " + e.key() + " to review_every in days");
    }

    static Optional<Integer> days(String text) {
        if (text.matches("\\d{1,5}")) return Optional.of(Integer.parseInt(text));
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) return Optional.empty();
        int n = Integer.parseInt(m.group(1));
        return Optional.of(n * switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "week" -> 7;
            case "month" -> 30;
            case "year" -> 365;
            default -> 1;
        });
    }

    private void addressesOf(Value.Entry e, List<String> lines) {
        List<Value> items = e.value() instanceof Value.Seq seq ? seq.items() : List.of(e.value());
        boolean changed = !e.key().equals("aliases");
        for (Value item : items) {
            if (!(item instanceof Value.Scalar s) || s.isNull()) continue;
            String a = s.text().strip();
            if (a.contains("*")) {
                comments.add("# " + e.key() + ": " + a);
                left.add(new Marked(-comments.size(), "an old address with '*', which no static page can serve: "
                        + "set it up on your web server", a));
                continue;
            }
            addresses.add(a);
        }
        if (changed) tally.rewrote("front matter: " + e.key() + " to aliases");
        if (!(e.value() instanceof Value.Seq || e.value() instanceof Value.Scalar)) {
            comment(lines, "'" + e.key() + "' that is not a list of addresses");
        }
    }

    private void permalink(Value.Entry e, List<String> lines) {
        comment(lines, "");
        if (!(e.value() instanceof Value.Scalar s) || s.text().isBlank()) return;
        String old = s.text().strip();
        if (old.contains(":")) { // a pattern such as /:year/:title/, not an address
            tally.rewrote("front matter: field kept as a comment (" + e.key() + ")");
            return;
        }
        String normal = (old.startsWith("/") ? old : "/" + old);
        if (!normal.equals(newUrl) && !(normal + "/").equals(newUrl)) {
            addresses.add(normal);
            tally.rewrote("front matter: " + e.key() + " kept as an alias");
        } else {
            tally.rewrote("front matter: field kept as a comment (" + e.key() + ")");
        }
    }

    private static Optional<List<String>> textsOf(Value v) {
        if (v instanceof Value.Scalar s) return Optional.of(s.isNull() ? List.of() : List.of(s.text().strip()));
        if (!(v instanceof Value.Seq seq)) return Optional.empty();
        List<String> out = new ArrayList<>();
        for (Value item : seq.items()) {
            if (!(item instanceof Value.Scalar s)) return Optional.empty();
            if (!s.isNull()) out.add(s.text().strip());
        }
        return Optional.of(out);
    }

    /** Keeps a field's lines as comments; a non-empty {@code problem} also lists it for a person. */
    private void comment(List<String> lines, String problem) {
        for (int k = 0; k < lines.size(); k++) {
            comments.add(lines.get(k).isEmpty() ? "#" : "# " + lines.get(k));
            if (k == 0 && !problem.isEmpty()) left.add(new Marked(-comments.size(), problem, lines.get(0).strip()));
        }
    }

    private static String afterKey(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(colon + 1);
    }

    private static int trimmedEnd(String[] lines) {
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) end--;
        return end;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
