package dev.handbook.importer;

import dev.handbook.TestSite;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code handbook import} on the real trees of src/test/resources/import/corpora (see its README)
 * and on the Jekyll and Middleman handbooks written for these tests (issue 20.5).
 */
class ImportTest {
    static final Path RESOURCES = Path.of("src/test/resources/import");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path tmp;

    static ImportReport run(Source from, Path src, Path root, Optional<String> sourceUrl) {
        Staged<Optional<ImportReport>> r = Importer.run(from, src, root, sourceUrl);
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::headline).toList());
        return r.value().orElseThrow();
    }

    static BuildResult strictBuild(Path root) {
        return Pipeline.build(BuildOptions.defaults(root).withStrict(true), Progress.NONE);
    }

    /**
     * Each corpus imports, and the new handbook builds with --strict, or fails only where the report
     * lists a construct a person must decide (the figures docs/content/maintainers/moving-to-handbook.md gives).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GITHUB, thoughtbot-guides, https://github.com/thoughtbot/guides/blob/main/, 0, 0",
            "GITHUB, thoughtbot-guides, '', 20, 20",
            "HUGO, google-docsy-example, '', 5, 6",
            "MKDOCS, mkdocs-mkdocs, '', 2, 12"})
    void eachCorpusImportsAndBuilds(Source from, String corpus, String sourceUrl, int left, int buildErrors) { // issue 20.5
        Path root = tmp.resolve("handbook");
        ImportReport r = run(from, RESOURCES.resolve("corpora").resolve(corpus), root,
                Optional.of(sourceUrl).filter(s -> !s.isEmpty()));
        assertEquals(left, r.left().size(), () -> String.join("\n", r.left().stream().map(l -> l.position() + " "
                + l.kind() + " " + l.text()).toList()));
        BuildResult built = strictBuild(root);
        assertEquals(buildErrors, built.errors(), () -> String.join("\n", TestSite.headlines(built)));
        assertEquals(buildErrors == 0, built.written());
        // MkDocs' docs link to headings of the two pages whose text the import could not bring (see the docs).
        if (from != Source.MKDOCS) assertBuildFailsOnlyWhereTheReportSays(r, built);
    }

    @Test
    void theMkDocsNavAndRedirectsBecomeHandbookYmlsAndTheSidebarFollowsThem() throws IOException { // issue 20.3, 20.5
        Path root = tmp.resolve("handbook");
        run(Source.MKDOCS, RESOURCES.resolve("corpora/mkdocs-mkdocs"), root, Optional.empty());
        String yml = Files.readString(root.resolve("handbook.yml"));
        assertTrue(yml.contains("""
                nav:
                  - Home: index.md
                  - Getting Started: getting-started.md
                  - User Guide:
                      - user-guide/README.md
                      - Installation: user-guide/installation.md
                """), yml);
        assertTrue(yml.contains("  user-guide/plugins.md: dev-guide/plugins.md\n"), yml);
        BuildResult built = Pipeline.build(BuildOptions.defaults(root), Progress.NONE);
        List<String> navWarnings = built.diagnostics().stream().filter(d -> d.rule().equals("nav"))
                .map(Diagnostic::headline).toList();
        assertEquals(List.of(), navWarnings);
    }

    /**
     * MkDocs' own docs: every mkdocstrings and mkdocs-click block becomes a placed note, every
     * autorefs cross-reference a placed link to one, what is left is what README.md and the docs
     * say, and each strict-build error is a link to a heading (or a file) the copy lacks or that was
     * generated from code, or raw HTML the sanitizer trims.
     */
    @Test
    void theMkDocsCorpusLeavesWhatTheReadmeAndTheDocsSay() throws IOException { // issue 20.5
        Path src = RESOURCES.resolve("corpora/mkdocs-mkdocs");
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        long blocks;
        try (Stream<Path> pages = Files.walk(src.resolve("docs"))) {
            Pattern block = Pattern.compile("(?m)^(> ?)*(#{1,6} *)?::: ?\\S");
            blocks = pages.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> {
                try {
                    return block.matcher(Files.readString(p)).results().count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
        assertEquals(72, blocks);
        int notes = r.placed(GeneratedReference.MKDOCSTRINGS).size() + r.placed(GeneratedReference.MKDOCS_CLICK).size();
        assertEquals(blocks, notes);
        // Every mkdocs-autorefs cross-reference (a reference without definition) leads to the note of its object.
        assertEquals(12, r.placed(AutoRefs.TO_OBJECT).size());
        assertEquals(notes + 12, r.placed().size());
        assertEquals(List.of("content/about/contributing.md:1:1: --8<-- \"CONTRIBUTING.md\"",
                "content/getting-started.md:138:19: img/favicon.ico"),
                r.left().stream().map(l -> l.position() + ": " + l.text()).toList());
        Matcher readme = Pattern.compile("MkDocs' own docs (\\d+)")
                .matcher(Files.readString(Path.of("README.md")));
        assertTrue(readme.find(), "README.md gives the figure for MkDocs' own docs");
        assertEquals(r.left().size(), Integer.parseInt(readme.group(1)));
        String row = "| MkDocs' own docs, `--from mkdocs` | " + r.pages() + " | " + r.rewrittenTotal() + ", "
                + notes + " of them notes for mkdocstrings and mkdocs-click blocks, " + r.placed(AutoRefs.TO_OBJECT).size()
                + " autorefs cross-references to links to those notes | " + r.left().size() + ": ";
        assertTrue(Files.readString(Path.of("docs/content/maintainers/moving-to-handbook.md")).contains(row), row);
        Pattern what = Pattern.compile(
                ".*(?:: (\\S+) (has no heading)|(no page or file) (\\S+)|raw HTML .*(attribute) '([^']+)').*");
        Map<String, Long> errors = new TreeMap<>(TestSite.headlines(strictBuild(root)).stream().collect(
                Collectors.groupingBy(h -> {
                    Matcher m = what.matcher(h);
                    assertTrue(m.matches(), h);
                    return m.group(1) != null ? m.group(2) + " " + m.group(1) : m.group(3) != null
                            ? m.group(3) + " " + m.group(4) : m.group(5) + " " + m.group(6);
                }, Collectors.counting())));
        assertEquals(Map.of("has no heading content/about/contributing.md", 9L,
                "has no heading content/user-guide/cli.md", 1L,
                "no page or file content/img/favicon.ico", 1L,
                "attribute data-bs-ride", 1L), errors);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"JEKYLL, jekyll", "MIDDLEMAN, middleman"})
    void aSmallHandbookOfEachGeneratorImportsAsRecorded(Source from, String fixture) throws IOException { // issue 20.5
        Path root = tmp.resolve("handbook");
        ImportReport r = run(from, RESOURCES.resolve(fixture), root, Optional.empty());
        Map<String, String> actual = new TreeMap<>(textFiles(root));
        actual.put("report.txt", describe(r));
        Path expected = RESOURCES.resolve("expected").resolve(fixture);
        if (UPDATE) {
            for (Map.Entry<String, String> f : actual.entrySet()) {
                Files.createDirectories(expected.resolve(f.getKey()).getParent());
                Files.writeString(expected.resolve(f.getKey()), f.getValue());
            }
        }
        assertEquals(textFiles(expected), actual);
        assertBuildFailsOnlyWhereTheReportSays(r, strictBuild(root));
    }

    /**
     * The strict build of an imported handbook reports problems only on lines where the report left
     * a construct for a person, and the template syntax left (Liquid, ERB, shortcodes) is reported
     * by the build too, at the same place: the author sees each one twice, never none.
     */
    static void assertBuildFailsOnlyWhereTheReportSays(ImportReport r, BuildResult built) {
        java.util.Set<String> reportLines = new java.util.TreeSet<>();
        java.util.Set<String> templateLines = new java.util.TreeSet<>();
        for (ImportReport.Left l : r.left()) {
            reportLines.add(l.file() + ":" + l.line());
            if (l.kind().matches("(Liquid|ERB|Hugo shortcode) .*")) templateLines.add(l.file() + ":" + l.line());
        }
        java.util.Set<String> buildLines = new java.util.TreeSet<>();
        for (String h : TestSite.headlines(built)) buildLines.add(h.substring(0, h.indexOf(':', h.indexOf(':') + 1)));
        assertTrue(reportLines.containsAll(buildLines), () -> "build: " + TestSite.headlines(built) + "\nreport: "
                + describe(r));
        assertTrue(buildLines.containsAll(templateLines), () -> "build: " + TestSite.headlines(built));
    }

    @Test
    void importNeverWritesIntoSrcEvenWhenItIsReadOnly() throws IOException { // issue 20.5
        Path src = tmp.resolve("src");
        copy(RESOURCES.resolve("middleman"), src);
        copy(RESOURCES.resolve("corpora/google-docsy-example"), src.resolve("docsy"));
        Map<String, String> before = fingerprint(src);
        readOnly(src, true);
        try {
            run(Source.MIDDLEMAN, src, tmp.resolve("a"), Optional.empty());
            run(Source.HUGO, src.resolve("docsy"), tmp.resolve("b"), Optional.empty());
            run(Source.GITHUB, src, tmp.resolve("c"), Optional.of("https://example.com/repo/"));
        } finally {
            readOnly(src, false);
        }
        assertEquals(before, fingerprint(src));
        assertTrue(Files.exists(tmp.resolve("a/content/runbooks/deploy.md")));
    }

    @Test
    void rootInsideSrcOrAnExistingHandbookIsRefusedAndNothingIsWritten() throws IOException { // issue 20.5
        Path src = tmp.resolve("src");
        copy(RESOURCES.resolve("jekyll"), src);
        Map<String, String> before = fingerprint(src);
        Staged<Optional<ImportReport>> inside = Importer.run(Source.JEKYLL, src, src.resolve("handbook"), Optional.empty());
        assertTrue(inside.value().isEmpty());
        assertTrue(inside.diagnostics().get(0).message().contains("is inside SRC"), inside.diagnostics().toString());
        assertEquals(before, fingerprint(src));
        Staged<Optional<ImportReport>> same = Importer.run(Source.JEKYLL, src.resolve("."), src, Optional.empty());
        assertTrue(same.value().isEmpty());
        Path existing = tmp.resolve("existing");
        Files.createDirectories(existing.resolve("content"));
        Files.writeString(existing.resolve("content/index.md"), "# Ours\n");
        Staged<Optional<ImportReport>> taken = Importer.run(Source.JEKYLL, src, existing, Optional.empty());
        assertTrue(taken.value().isEmpty());
        assertEquals("# Ours\n", Files.readString(existing.resolve("content/index.md")));
        assertFalse(Files.exists(existing.resolve("handbook.yml")));
    }

    @Test
    void hugoTomlFrontMatterRefsAndParamsBecomeYamlLinksAndValues() throws IOException { // issue 20.5
        Path src = tmp.resolve("hugo");
        write(src, "hugo.toml", """
                title = "Ops handbook"
                [params]
                team = "Platform"
                """);
        write(src, "content/_index.md", "+++\ntitle = \"Ops handbook\"\n+++\nStart at [the docs]({{< ref \"docs\" >}}).\n");
        write(src, "content/docs/_index.md", "---\ntitle: Docs\n---\n");
        write(src, "content/docs/a.md", """
                +++
                title = "A"
                weight = 2
                date = 2024-01-01T10:00:00Z
                tags = ["x", "y"]
                [menu.main]
                weight = 3
                +++
                See [B]({{< ref "b" >}}), [its setup]({{< relref "/docs/b.md#setup" >}}) and [home]({{< ref "/" >}}).

                {{< tabpane >}}
                unknown
                {{< /tabpane >}}

                The team is {{< param team >}}.

                {{< figure src="/img/x.png" alt="An x" caption="The x" >}}

                {{< comment >}}For editors only.{{< /comment >}}
                """);
        write(src, "content/docs/b.md", "---\ntitle: B\n---\n## Setup\n");
        Files.createDirectories(src.resolve("static/img"));
        Files.write(src.resolve("static/img/x.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.HUGO, src, root, Optional.empty());
        assertEquals("""
                ---
                title: A
                weight: 2
                tags: [x, "y"]
                # Fields Handbook does not use, kept as comments by handbook import:
                # date: 2024-01-01T10:00:00Z
                # menu: {main: {weight: 3}}
                ---
                See [B](b.md), [its setup](b.md#setup) and [home](../_index.md).

                {{< tabpane >}}
                unknown
                {{< /tabpane >}}

                The team is Platform.

                ![An x](/img/x.png)

                *The x*

                <!--For editors only.-->
                """, Files.readString(root.resolve("content/docs/a.md")));
        assertEquals(List.of("content/docs/a.md:11:1: Hugo shortcode 'tabpane': {{< tabpane >}}"),
                r.left().stream().map(l -> l.position() + ": " + l.kind() + ": " + l.text()).toList());
        assertEquals("Start at [the docs](docs/_index.md).\n",
                PageText.split(Files.readString(root.resolve("content/_index.md"))).body());
        assertEquals(List.of("content/docs/a.md:11:1: error: '{{< tabpane >}}' is a Hugo shortcode, which a handbook "
                        + "does not run: it is shown as text",
                "content/docs/a.md:13:1: error: '{{< /tabpane >}}' is a Hugo shortcode, which a handbook does not run: it "
                        + "is shown as text"),
                TestSite.headlines(strictBuild(root)));
    }

    static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    /** The report as the command prints it, minus the build. */
    static String describe(ImportReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.pages()).append(" pages, ").append(r.files()).append(" files\n-- rewritten --\n");
        r.rewritten().forEach((k, v) -> {
            sb.append(v).append(' ').append(k).append('\n');
            for (ImportReport.Rewrite w : r.placed(k)) sb.append("  ").append(w.position()).append(": ").append(w.text()).append('\n');
        });
        sb.append("-- left --\n");
        for (ImportReport.Left l : r.left()) sb.append(l.position()).append(": ").append(l.kind()).append(": ")
                .append(l.text()).append('\n');
        sb.append("-- notes --\n");
        for (String n : r.notes()) sb.append(n).append('\n');
        return sb.toString();
    }

    /** Every text file under a folder but the built site, by relative path. */
    private static Map<String, String> textFiles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("site/") || rel.endsWith(".png")) continue;
                out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Every file and folder under {@code dir} with its bytes' hash and its modification time. */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                String hash = Files.isRegularFile(p) ? Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p)))
                        : "dir";
                out.put(dir.relativize(p).toString(), hash + " " + t.toMillis());
            }
        }
        return out;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void readOnly(Path dir, boolean readOnly) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) p.toFile().setWritable(!readOnly, false);
        }
    }
}
