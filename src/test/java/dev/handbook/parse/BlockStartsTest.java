package dev.handbook.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 24.1: {@link BlockStarts} asks Flexmark's block parsers through one factory and skips those
 * that cannot start a block on a line; every document must parse to the same tree as with
 * Flexmark's own loop over the factories.
 */
class BlockStartsTest {
    private static final Parser FLEXMARK = MarkdownConverter.parser(Parser.builder(MarkdownConverter.options()));
    private static final Parser OURS = MarkdownConverter.parser(BlockStarts.builder(MarkdownConverter.options()));

    @Test
    void lineTestsTurnAwayNoLineThatStartsABlock() {
        List<String> docs = List.of(
                "Title\n===\n", "Title\n--- \t\n", "Title\n-\n", "Title\n- x\n", "Title\n==x\n", "Title\n= =\n",
                "# a\n#\n####### seven\n#x\n", " ## a ##\n   ###### b\n",
                "***\n* * *\n*\t*\t*\n**\n_ _ _ _\n- - -\n-- -\n- -x-\n---a\n",
                "```\ncode\n```\n~~~ java\nx\n~~~\n``\n`` ` ``\n~~\n", "- a\n- b\n\n  ---\n  c\n",
                "text[^1]\n\n[^1]: note\n [^x]:\n[x]: /url\n[ ^1]: no\n",
                "> # q\n> ---\n> ```\n> x\n", "a\r\n---\r\n# b\r\n```\r\nc\r\n```\r\n", "Term\n: definition\n",
                "!!! note \"T\"\n    body\n\n=== \"Tab\"\n    x\n\n*[HTML]: Hyper\n\n::: managers\nx\n:::\n");
        for (String doc : docs) assertEquals(tree(FLEXMARK, doc), tree(OURS, doc), doc);
    }

    @Test
    void theSpecsParseAsWithFlexmarksOwnLoop() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String spec : List.of("commonmark-spec-0.31.2.txt", "gfm-spec-0.29.txt")) {
            String text = Files.readString(Path.of("src/test/resources/specs", spec), StandardCharsets.UTF_8);
            docs.add(text); // the whole file is a Markdown document too
            docs.addAll(examples(text));
        }
        assertFalse(docs.size() < 1300, "the spec files hold every example: " + docs.size());
        for (String doc : docs) assertEquals(tree(FLEXMARK, doc), tree(OURS, doc), doc);
    }

    /** Each example's Markdown: between a line of 32 backticks and "example", and a line ".". */
    private static List<String> examples(String spec) {
        List<String> out = new ArrayList<>();
        String fence = "`".repeat(32) + " example";
        StringBuilder md = null;
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith(fence)) {
                md = new StringBuilder();
            } else if (md != null && line.equals(".")) {
                out.add(md.toString().replace('→', '\t'));
                md = null;
            } else if (md != null) {
                md.append(line).append('\n');
            }
        }
        return out;
    }

    /** Every node of the parsed document with its offsets and the parts Flexmark records, one a line. */
    private static String tree(Parser parser, String markdown) {
        StringBuilder sb = new StringBuilder();
        Node doc = parser.parse(markdown);
        for (Node n = doc; n != null; n = MarkdownConverter.next(n, doc, true)) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) sb.append("  ");
            sb.append(n).append('\n');
        }
        return sb.toString();
    }
}
