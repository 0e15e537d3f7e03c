package dev.handbook.parse;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    @Test
    void noFrontMatter() {
        FrontMatter fm = FrontMatter.split("# Title\n");
        assertEquals(Optional.empty(), fm.yaml());
        assertEquals(0, fm.bodyStart());
    }

    @Test
    void blockBetweenFences() {
        String text = "---\ntitle: A\n---\nBody\n";
        FrontMatter fm = FrontMatter.split(text);
        assertEquals(Optional.of("title: A\n"), fm.yaml());
        assertEquals(2, fm.yamlLine());
        assertEquals("Body\n", text.substring(fm.bodyStart()));
    }

    @Test
    void dotsCloseTheBlockToo() {
        assertEquals(Optional.of("a: 1\n"), FrontMatter.split("---\na: 1\n...\n").yaml());
    }

    @Test
    void unclosedBlockIsReported() {
        assertTrue(FrontMatter.split("---\ntitle: A\nBody\n").unclosed());
    }

    @Test
    void aThematicBreakLaterIsNotFrontMatter() {
        assertEquals(Optional.empty(), FrontMatter.split("Text\n---\n").yaml());
    }

    @Test
    void blankingKeepsOffsetsAndLines() {
        String text = "---\nt: A\n---\nBody";
        String blank = FrontMatter.blankOut(text, FrontMatter.split(text).bodyStart());
        assertEquals(text.length(), blank.length());
        assertEquals("   \n    \n   \nBody", blank);
    }
}
