package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the whole pipeline (issue 9): generated and mutated Markdown and front matter must end,
 * within a budget per input, in either a site or diagnostics, never an uncaught exception.
 */
class FuzzTest {
    private static final List<String> TOKENS = List.of("# ", "## ", "> ", ">>>>", "- ", "* ", "1. ", "  ", "    ", "\n",
            "\n\n", "[", "]", "(", ")", "[[", "]]", "role:", "](x.md)", "](../", "#a", "`", "```", "~~~", "**", "_",
            "!!! note \"T\"\n    ", "::: audience everyone\n", "::: audience managers\n", ":::\n", "---\n", "|", "| a |",
            "|---|", "<div>", "</div>", "<script>", "<!--", "-->", "&amp;", "&#x1;", "\u0001", "javascript:", "[^1]",
            "[^1]: x\n", "Term\n: def\n", "[x]: http://e.org\n", "word", "é", "\uD83D\uDE00", "\\", "&", "<", "*a*");

    private static final List<String> YAML = List.of("title: ", "type: ", "role", "ritual", "audience: ", "managers",
            "cascade: ", "{", "}", "[", "]", ": ", "- ", "\n", "  ", "&a ", "*a ", "!!str ", "!!python/object ", "'", "\"",
            "NO", "2024-13-45", "draft: ", "true", "weight: ", "99999999999999999999", "tags: ", "owner: ", "@h", "#", "?",
            "|\n", ">\n", "~", "summary: ", "reports_to: ", "x");

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        return Arbitraries.of(YAML).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 150)
    void anyInputEndsInASiteOrDiagnostics(@ForAll("frontMatter") String yaml, @ForAll("markdown") String body,
                                         @ForAll("markdown") String other) throws Exception {
        TestSite site = TestSite.of("");
        site.file("handbook.yml", "audiences: [everyone, managers]\n");
        site.file("content/index.md", body);
        site.file("content/a/page.md", "---\n" + yaml + "\n---\n" + other);
        site.file("content/a/_index.md", "---\n" + yaml + "\n---\n");
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<BuildResult> f = pool.submit(() -> site.build());
            BuildResult r = f.get(30, TimeUnit.SECONDS); // throws on an uncaught exception or a hang
            assertTrue(r.written() || r.errors() > 0 || r.usageError(), "a site or diagnostics: " + r.diagnostics());
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 10)
    void deepNestingEndsInAnErrorNotAStackOverflow(@ForAll("depth") int depth, @ForAll("nester") String nester)
            throws Exception {
        TestSite site = TestSite.of("");
        site.file("content/deep.md", nester.repeat(depth) + "text\n");
        site.file("content/ok.md", "# Fine\n");
        BuildResult r = site.build();
        assertTrue(r.written() || r.errors() > 0, r.diagnostics().toString());
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.integers().between(500, 5000);
    }

    @Provide
    Arbitrary<String> nester() {
        return Arbitraries.of(">", "> ", "- ", "* ", "1. ", "[", "*", "_", "`", "<div>", "::: audience everyone\n");
    }
}
