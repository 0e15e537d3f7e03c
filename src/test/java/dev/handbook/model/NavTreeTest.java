package dev.handbook.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NavTreeTest {
    //      0
    //    /   \
    //   1     4
    //  / \
    // 2   3
    private static final NavTree TREE = new NavTree(new int[]{-1, 0, 1, 1, 0},
            new int[][]{{1, 4}, {2, 3}, {}, {}, {}});

    @Test
    void positionsComeFromTheParentsChildOrder() {
        assertEquals(-1, TREE.positionInParent(0));
        assertEquals(0, TREE.positionInParent(1));
        assertEquals(1, TREE.positionInParent(4));
        assertEquals(1, TREE.positionInParent(3));
        assertEquals(List.of(0, 1), TREE.ancestors(3));
    }

    @Test
    void aPageMissingFromItsParentsChildrenIsABug() {
        NavTree broken = new NavTree(new int[]{-1, 0, 0}, new int[][]{{1}, {}, {}});
        assertThrows(IllegalStateException.class, () -> broken.positionInParent(2));
    }
}
