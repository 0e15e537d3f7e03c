package dev.handbook.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: every example of CommonMark 0.31.2 and GFM 0.29 (src/test/resources/specs) through the
 * real pipeline, once with {@code raw_html: sanitize} (the default) and once with {@code trusted}
 * (see {@link SpecSite}). A page's HTML must be the spec's after {@link SpecHtml}'s normalisation (the
 * spec runner's own) and without the markup Handbook adds ({@link HandbookMarkup}), unless the
 * example is listed in {@code specs/differences.txt} with the kind of its difference:
 * <ul>
 *   <li>{@code flexmark}: Flexmark 0.64.8 itself, with the Flexmark extensions Handbook uses
 *       ({@link PlainFlexmark}), renders the example differently from the spec; Handbook's page must
 *       then be what Flexmark renders (nothing else may differ);</li>
 *   <li>{@code sanitize}: only {@code raw_html: sanitize} makes the difference: the trusted page is right;</li>
 *   <li>{@code comment}: the page is the spec's without its HTML comments, which never reach a site;</li>
 *   <li>{@code link-scheme}: a bare URL with a scheme a handbook does not allow stays text, with a
 *       warning; the page is the spec's with such links as their text;</li>
 *   <li>{@code error:RULE}: the page is refused with an error of that rule, so nothing is published.</li>
 * </ul>
 * The test fails on an unlisted difference and on a listed kind that no longer applies. It prints
 * how many examples of each section are as the spec says. {@code -Dspec.suggest=true} writes what
 * the list would need to {@code target/spec-differences-suggested.txt}.
 */
class SpecConformanceTest {
    private static final Pattern COMMENT = Pattern.compile("<!---?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>", Pattern.DOTALL);
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** What one example became. */
    private record Outcome(SpecExamples.Example example, String spec, String flexmark, Optional<String> sanitized,
                           Optional<String> trusted, Set<String> errors, Set<String> warnings) {
    }

    @Test
    void everyExampleIsAsTheSpecSaysOrListedWithItsReason() throws IOException {
        List<SpecExamples.Example> all = new ArrayList<>(SpecExamples.commonMark());
        all.addAll(SpecExamples.gfm());
        SpecSite.Built sanitize = SpecSite.build(all, "sanitize");
        SpecSite.Built trusted = SpecSite.build(all, "trusted");
        Map<String, Differences.Entry> listed = Differences.read();
        List<String> problems = new ArrayList<>();
        StringBuilder suggested = new StringBuilder();
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (SpecExamples.Example e : all) {
            Outcome o = outcome(e, sanitize, trusted);
            Differences.Entry entry = listed.remove(e.id());
            Set<String> kinds = entry == null ? Set.of() : entry.kinds();
            List<String> mine = check(o, kinds);
            mine.forEach(p -> problems.add(e.id() + " (" + e.section() + "): " + p));
            Set<String> needed = suggest(o);
            if (!needed.isEmpty()) {
                suggested.append(String.format("%-16s%-30s%s%n", e.id(), String.join(", ", needed),
                        entry == null ? "" : entry.reason()));
            }
            int[] c = sections.computeIfAbsent(e.spec() + " | " + e.section(), k -> new int[3]);
            c[0]++;
            if (o.errors().isEmpty() && o.sanitized().get().equals(o.spec())) c[1]++;
            if (o.errors().isEmpty() && o.trusted().get().equals(o.spec())) c[2]++;
        }
        listed.values().forEach(x -> problems.add(Differences.FILE + ":" + x.line() + ": " + x.id() + " is no example"));
        print(sections);
        if (Boolean.getBoolean("spec.suggest")) {
            Files.writeString(Path.of("target/spec-differences-suggested.txt"), suggested);
        }
        assertTrue(problems.isEmpty(), problems.size() + " findings: examples that differ from the spec and from "
                + Differences.FILE + ", or entries of it that no longer apply (-Dspec.suggest=true writes what it would need):\n" + String.join("\n", problems));
    }

    private static Outcome outcome(SpecExamples.Example e, SpecSite.Built sanitize, SpecSite.Built trusted) {
        Set<String> errors = new TreeSet<>();
        Set<String> warnings = new TreeSet<>();
        for (String d : sanitize.diagnostics().get(e.id())) {
            String rule = d.substring(d.indexOf(' ') + 1, d.indexOf(':'));
            (d.startsWith("error ") ? errors : warnings).add(rule);
        }
        HandbookMarkup markup = new HandbookMarkup(e.html());
        return new Outcome(e, SpecHtml.normalise(e.html()), SpecHtml.normalise(PlainFlexmark.render(e.markdown())),
                Optional.ofNullable(sanitize.html().get(e.id())).map(h -> SpecHtml.normalise(h, markup)),
                Optional.ofNullable(trusted.html().get(e.id())).map(h -> SpecHtml.normalise(h, markup)),
                errors, warnings);
    }

    /** What is wrong with an example's outcome, given the kinds of difference listed for it. */
    private static List<String> check(Outcome o, Set<String> kinds) {
        List<String> problems = new ArrayList<>();
        Set<String> listedErrors = new TreeSet<>();
        for (String k : kinds) {
            if (k.startsWith("error:")) listedErrors.add(k.substring(6));
            else if (!Set.of("flexmark", "sanitize", "comment", "link-scheme").contains(k)) problems.add("unknown kind " + k);
        }
        if (!listedErrors.equals(o.errors())) {
            problems.add("the page has errors " + o.errors() + ", the list says " + listedErrors);
        }
        boolean flexmarkDiffers = !o.flexmark().equals(o.spec());
        if (kinds.contains("flexmark") && !flexmarkDiffers) {
            problems.add("plain Flexmark renders it as the spec says, so Handbook must too");
        }
        if (!o.errors().isEmpty()) return problems;
        String expected = expected(o.example().html(), kinds);
        String target = kinds.contains("flexmark") ? expected(PlainFlexmark.render(o.example().markdown()), kinds) : expected;
        if (!o.trusted().get().equals(target)) {
            problems.add((kinds.contains("flexmark") ? "differs from plain Flexmark too" : "differs") + " (raw_html: trusted):\n"
                    + "  spec:     " + o.spec() + "\n  handbook: " + o.trusted().get()
                    + (flexmarkDiffers ? "\n  flexmark: " + o.flexmark() : ""));
        }
        boolean sanitizedRight = o.sanitized().get().equals(target);
        if (kinds.contains("sanitize") == sanitizedRight) {
            problems.add(sanitizedRight ? "listed as changed by raw_html: sanitize, but is not"
                    : "differs (raw_html: sanitize):\n  spec:     " + o.spec() + "\n  handbook: " + o.sanitized().get());
        }
        if (kinds.contains("comment") && !COMMENT.matcher(o.example().html()).find()) problems.add("has no comment");
        if (kinds.contains("link-scheme") && !o.warnings().contains("link-scheme")) problems.add("has no link-scheme warning");
        if (kinds.contains("flexmark") && o.trusted().get().equals(o.spec())) problems.add("is as the spec says now");
        return problems;
    }

    /** The spec's HTML (or Flexmark's) as a handbook publishes it under the listed policies, normalised. */
    private static String expected(String html, Set<String> kinds) {
        if (kinds.contains("comment")) html = COMMENT.matcher(html).replaceAll("");
        if (kinds.contains("link-scheme")) {
            html = LINK.matcher(html).replaceAll(m -> allowed(m.group(1)) ? m.group() : m.group(2).replace("$", "\\$"));
        }
        return SpecHtml.normalise(html);
    }

    private static boolean allowed(String href) {
        int colon = href.indexOf(':');
        return colon < 0 || ALLOWED_SCHEMES.contains(href.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }

    /** The kinds an example's outcome needs listed (for -Dspec.suggest). */
    private static Set<String> suggest(Outcome o) {
        Set<String> kinds = new LinkedHashSet<>();
        boolean flexmark = !o.flexmark().equals(o.spec());
        if (!o.errors().isEmpty()) {
            if (flexmark) kinds.add("flexmark");
            o.errors().forEach(r -> kinds.add("error:" + r));
            return kinds;
        }
        if (o.trusted().get().equals(o.spec()) && o.sanitized().get().equals(o.spec())) return kinds;
        for (boolean viaFlexmark : flexmark ? List.of(false, true) : List.of(false)) {
            for (Set<String> policy : List.of(Set.<String>of(), Set.of("comment"), Set.of("link-scheme"))) {
                Set<String> k = new LinkedHashSet<>(policy);
                if (viaFlexmark) k.add("flexmark");
                String target = viaFlexmark ? expected(PlainFlexmark.render(o.example().markdown()), k)
                        : expected(o.example().html(), k);
                if (o.trusted().get().equals(target)) {
                    if (!o.sanitized().get().equals(target)) k.add("sanitize");
                    return k;
                }
            }
        }
        kinds.add("UNEXPLAINED");
        return kinds;
    }

    private static void print(Map<String, int[]> sections) {
        System.out.printf("%-62s %8s %9s %9s%n", "spec | section", "examples", "sanitize", "trusted");
        Map<String, int[]> totals = new LinkedHashMap<>();
        sections.forEach((name, c) -> {
            System.out.printf("%-62s %8d %9d %9d%n", name, c[0], c[1], c[2]);
            int[] t = totals.computeIfAbsent(name.substring(0, name.indexOf(" |")), k -> new int[3]);
            for (int i = 0; i < 3; i++) t[i] += c[i];
        });
        totals.forEach((name, t) -> System.out.printf("%-62s %8d %9d %9d%n", name + " (all)", t[0], t[1], t[2]));
    }
}
