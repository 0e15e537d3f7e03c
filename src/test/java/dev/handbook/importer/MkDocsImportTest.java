package dev.handbook.importer;

import dev.handbook.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.handbook.importer.ImportTest.run;
import static dev.handbook.importer.ImportTest.strictBuild;
import static dev.handbook.importer.ImportTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code handbook import --from mkdocs} does with blocks MkDocs filled from elsewhere:
 * mkdocstrings and mkdocs-click blocks become notes, pymdownx snippets the file's text (issue 20.5),
 * and mkdocs-autorefs' cross-references links to the heading or note they name (issue 20).
 */
class MkDocsImportTest {
    @TempDir
    Path tmp;

    private static String body(Path root, String page) throws IOException {
        return PageText.split(Files.readString(root.resolve("content").resolve(page))).body();
    }

    private static List<String> placed(ImportReport r) {
        return r.placed().stream().map(p -> p.position() + ": " + p.text()).toList();
    }

    private static List<String> left(ImportReport r) {
        return r.left().stream().map(l -> l.position() + ": " + l.kind() + ": " + l.text()).toList();
    }

    @Test
    void mkdocstringsAndMkdocsClickBlocksBecomeNotesThatKeepTheBlockAndCodeIsLeftAlone() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", """
                site_name: Tools
                markdown_extensions:
                  - mkdocs-click
                plugins:
                  - mkdocstrings:
                      handlers: {python: {options: {show_source: false}}}
                """);
        write(src, "docs/api.md", """
                # API

                ::: tools.Config
                    options:
                      show_root_heading: true

                Between.

                ## ::: tools.run

                ```markdown
                ::: tools.Shown
                    options:
                      members: false
                ```

                ::: mkdocs-click
                    :module: tools.cli
                    :command: main
                    :prog_name: tools
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # API

                !!! note "API reference of tools.Config"
                    The API reference of `tools.Config` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs: {: id="tools.Config"}

                    ```markdown
                    ::: tools.Config
                        options:
                          show_root_heading: true
                    ```

                Between.

                ## tools.run {: id="tools.run"}

                !!! note "API reference of tools.run"
                    The API reference of `tools.run` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ## ::: tools.run
                    ```

                ```markdown
                ::: tools.Shown
                    options:
                      members: false
                ```

                !!! note "Command reference of tools"
                    The command-line reference of `tools` (`main` in `tools.cli`) was generated here from code by mkdocs-click; Handbook does not generate it. The block as written for MkDocs:

                    ```markdown
                    ::: mkdocs-click
                        :module: tools.cli
                        :command: main
                        :prog_name: tools
                    ```
                """, body(root, "api.md"));
        assertEquals(List.of("content/api.md:3:1: ::: tools.Config", "content/api.md:16:1: ## ::: tools.run",
                "content/api.md:29:1: ::: mkdocs-click"), placed(r));
        assertEquals(2, r.rewritten().get(GeneratedReference.MKDOCSTRINGS));
        assertEquals(1, r.rewritten().get(GeneratedReference.MKDOCS_CLICK));
        assertEquals(List.of(), left(r));
        assertEquals(List.of(), TestSite.headlines(strictBuild(root)));
    }

    @Test
    void optionsOneBlankLineBelowTheIdentifierAreTheBlocksAndABlockInAQuoteIsRead() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [mkdocstrings]\n");
        write(src, "docs/index.md", """
                ::: tools.Config

                    options:
                      heading_level: 3

                > New in 2.0:
                >
                > ::: tools.Event
                >     options:
                >       show_root_heading: false

                ::: tools.Alone

                Text after a blank line is the page's.
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        String page = body(root, "index.md");
        assertEquals(List.of("content/index.md:1:1: ::: tools.Config", "content/index.md:13:3: ::: tools.Event",
                "content/index.md:23:1: ::: tools.Alone"), placed(r));
        assertEquals(true, page.startsWith("""
                !!! note "API reference of tools.Config"
                    The API reference of `tools.Config` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs: {: id="tools.Config"}

                    ```markdown
                    ::: tools.Config

                        options:
                          heading_level: 3
                    ```
                """), page);
        assertEquals(true, page.contains("""
                > !!! note "API reference of tools.Event"
                >     The API reference of `tools.Event` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs: {: id="tools.Event"}
                >
                >     ```markdown
                >     ::: tools.Event
                >         options:
                >           show_root_heading: false
                >     ```
                """), page);
        assertEquals(true, page.endsWith("""
                    ::: tools.Alone
                    ```

                Text after a blank line is the page's.
                """), page);
    }

    @Test
    void withoutMkdocstringsInMkdocsYmlABlockIsLeftForAPersonAsMkDocsShowedIt() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\n");
        write(src, "docs/index.md", "# Tools\n\n::: tools.Config\n");
        ImportReport r = run(Source.MKDOCS, src, tmp.resolve("handbook"), Optional.empty());
        assertEquals(List.of("content/index.md:3:1: '::: ' line that neither mkdocstrings nor mkdocs-click reads here "
                + "(shown as text): ::: tools.Config"), left(r));
        assertEquals(List.of(), placed(r));
    }

    @Test
    void snippetsOfFilesSrcHoldsBecomeTheirTextAndAMissingOneIsLeftWithItsPosition() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", """
                site_name: Tools
                markdown_extensions:
                  - pymdownx.snippets:
                      base_path: [includes, .]
                """);
        write(src, "includes/abbreviations.md", "*[API]: Application programming interface\n");
        write(src, "includes/example.py", """
                import tools
                # --8<-- [start:call]
                tools.run()
                # --8<-- [end:call]
                print("done")
                """);
        write(src, "includes/nested.md", "Nested:\n--8<-- \"abbreviations.md\"\n");
        write(src, "CONTRIBUTING.md", "## Pull requests\n\nWelcome.\n");
        write(src, "docs/index.md", """
                # Tools

                --8<-- "CONTRIBUTING.md"

                ```python
                --8<-- "example.py:call"
                ```

                - Lines 1 to 2:

                    --8<-- "example.py:1:2"

                --8<--
                nested.md
                ;commented-out.md
                gone.md
                --8<--

                ;--8<-- "shown-as-written.md"

                --8<-- "../outside.md"
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # Tools

                ## Pull requests

                Welcome.

                ```python
                tools.run()
                ```

                - Lines 1 to 2:

                    import tools
                    # --8<-- [start:call]

                Nested:
                *[API]: Application programming interface
                --8<-- "gone.md"

                --8<-- "shown-as-written.md"

                --8<-- "../outside.md"
                """, body(root, "index.md"));
        assertEquals(List.of("content/index.md:18:1: MkDocs snippet of a file SRC does not hold: --8<-- \"gone.md\"",
                "content/index.md:22:1: MkDocs snippet of a file SRC does not hold: --8<-- \"../outside.md\""), left(r));
        assertEquals(5, r.rewritten().get("MkDocs snippet to its text"));
        assertEquals(1, r.rewritten().get("MkDocs snippet marker escaped with ';', written as MkDocs showed it"));
        assertEquals(1, r.rewritten().get("MkDocs snippet name commented out with ';' in a block, dropped as MkDocs "
                + "ignored it"));
    }

    @Test
    void withoutPymdownxSnippetsInMkdocsYmlTheMarkerIsTextAsMkDocsShowedIt() throws IOException {
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\n");
        write(src, "README.md", "Read me.\n");
        write(src, "docs/index.md", "--8<-- \"README.md\"\n");
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("--8<-- \"README.md\"\n", body(root, "index.md"));
        assertEquals(List.of(), left(r));
    }

    @Test
    void anAutorefsReferenceToAHeadingOfAnotherPageBecomesALinkToItPlacedInTheReport() throws IOException { // issue 20
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins:\n  - search\n  - autorefs\n");
        write(src, "docs/index.md", """
                # Tools

                ## Install & run

                ## The *fast* `run` path!

                ## Install & run

                ## Options {: #opts }
                """);
        write(src, "docs/guide/setup.md", """
                # Setup

                First [install it][install-run], then [again][install-run_1]; [the *fast* one][the-fast-run-path]
                and [install-run][], with [its options][opts].
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # Setup

                First [install it](../index.md#install-run), then [again](../index.md#install-run_1); [the *fast* one](../index.md#the-fast-run-path)
                and [install-run](../index.md#install-run), with [its options](../index.md#opts).
                """, body(root, "guide/setup.md"));
        assertEquals(List.of("content/guide/setup.md:3:7: [install it][install-run]",
                "content/guide/setup.md:3:51: [again][install-run_1]",
                "content/guide/setup.md:3:87: [the *fast* one][the-fast-run-path]",
                "content/guide/setup.md:4:5: [install-run][]", "content/guide/setup.md:4:50: [its options][opts]"),
                placed(r));
        assertEquals(5, r.rewritten().get(AutoRefs.TO_HEADING));
        assertEquals(List.of(), left(r));
        // The build reads the ids as MkDocs wrote them: each link leads to its heading's id here.
        assertEquals(List.of(), TestSite.headlines(strictBuild(root)));
        String html = Files.readString(root.resolve("site/guide/setup/index.html"));
        assertEquals(List.of("../../index.html#install--run", "../../index.html#install--run-1",
                "../../index.html#the-fast-run-path", "../../index.html#install--run", "../../index.html#opts"),
                java.util.regex.Pattern.compile("href=\"(\\.\\./\\.\\./index\\.html#[^\"]*)\"").matcher(html).results()
                        .map(m -> m.group(1)).toList());
    }

    @Test
    void anAutorefsReferenceToAnObjectUnderAnMkdocstringsBlockLinksToItsNoteWhichTakesTheIdentifierAsItsId()
            throws IOException { // issue 20
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [mkdocstrings]\n");
        write(src, "docs/api.md", """
                # API

                ::: tools.files

                > #### ::: tools.Config

                Raises [`tools.Error`][], documented [below][tools.Error.code].

                ::: tools.Error
                """);
        write(src, "docs/changes.md", """
                # Changes

                [`File.src_uri`][tools.files.File.src_uri] is new, and so is [`Config`][tools.Config].
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("""
                # Changes

                [`File.src_uri`](api.md#tools.files) is new, and so is [`Config`](api.md#tools.Config).
                """, body(root, "changes.md"));
        String api = body(root, "api.md");
        assertEquals(true, api.contains("""
                    The API reference of `tools.files` was generated here from code by mkdocstrings; Handbook does not generate it. The block as written for MkDocs: {: id="tools.files"}
                """), api);
        assertEquals(true, api.contains("> #### tools.Config {: id=\"tools.Config\"}\n"), api);
        assertEquals(true, api.contains("Raises [`tools.Error`](#tools.Error), documented [below](#tools.Error).\n"), api);
        assertEquals(List.of("content/api.md:3:1: ::: tools.files", "content/api.md:13:3: #### ::: tools.Config",
                "content/api.md:21:8: [`tools.Error`][]", "content/api.md:21:50: [below][tools.Error.code]",
                "content/api.md:23:1: ::: tools.Error",
                "content/changes.md:3:1: [`File.src_uri`][tools.files.File.src_uri]",
                "content/changes.md:3:56: [`Config`][tools.Config]"), placed(r));
        assertEquals(4, r.placed(AutoRefs.TO_OBJECT).size());
        assertEquals(4, r.rewritten().get(AutoRefs.TO_OBJECT));
        assertEquals(List.of(), left(r));
        assertEquals(List.of(), TestSite.headlines(strictBuild(root)));
        String html = Files.readString(root.resolve("site/api/index.html"));
        assertEquals(true, html.contains("<p id=\"tools.files\">") && html.contains("id=\"tools.Config\""), html);
    }

    @Test
    void anAutorefsReferenceToNothingOrToAHeadingOfSeveralPagesStaysAsWrittenForAPerson() throws IOException { // issue 20
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [autorefs]\n");
        write(src, "docs/a.md", "# A\n\n## Usage\n");
        write(src, "docs/b.md", "# B\n\n## Usage\n");
        write(src, "docs/index.md", """
                # Tools

                See [`tools.gone`][] and [usage][usage].
                """);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("# Tools\n\nSee [`tools.gone`][] and [usage][usage].\n", body(root, "index.md"));
        assertEquals(List.of("content/index.md:3:5: " + AutoRefs.UNKNOWN + ": [`tools.gone`][]",
                "content/index.md:3:26: " + AutoRefs.AMBIGUOUS + ": [usage][usage]"), left(r));
        assertEquals(List.of(), placed(r));
    }

    @Test
    void aReferenceWithItsDefinitionAndOneInCodeAreLeftAlone() throws IOException { // issue 20
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [autorefs]\n");
        String page = """
                # Tools

                ## Usage

                [Read this][Usage] and `[usage][usage]` and `[usage][]`.

                ```markdown
                [usage][]
                ```

                > [usage]: https://example.org/usage
                """;
        write(src, "docs/index.md", page);
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals(page, body(root, "index.md"));
        assertEquals(List.of(), placed(r));
        assertEquals(List.of(), left(r));
    }

    @Test
    void withoutAutorefsInMkdocsYmlAReferenceWithoutDefinitionIsLeftAsWritten() throws IOException { // issue 20
        Path src = tmp.resolve("src");
        write(src, "mkdocs.yml", "site_name: Tools\nplugins: [search]\n");
        write(src, "docs/index.md", "# Tools\n\n## Usage\n\nSee [usage][] and [x][nowhere].\n");
        Path root = tmp.resolve("handbook");
        ImportReport r = run(Source.MKDOCS, src, root, Optional.empty());
        assertEquals("# Tools\n\n## Usage\n\nSee [usage][] and [x][nowhere].\n", body(root, "index.md"));
        assertEquals(List.of(), placed(r));
        assertEquals(List.of(), left(r));
    }
}
