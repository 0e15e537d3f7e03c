package dev.handbook.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParseBudgetTest {
    private static final Duration SHORT = Duration.ofMillis(100);

    @Test
    void aTaskOverBudgetIsGivenUpAndTheOthersStillRun() {
        for (int threads : new int[]{1, 2}) {
            List<String> out = ParseBudget.map(List.of(1, 2, 3, 4), threads, SHORT, i -> {
                while (i == 2) {
                    Math.sqrt(Math.random()); // a parser that never ends and ignores interrupts
                }
                return "parsed " + i;
            }, i -> "gave up " + i);
            assertEquals(List.of("parsed 1", "gave up 2", "parsed 3", "parsed 4"), out, threads + " threads");
        }
    }

    @Test
    void resultsComeInTheItemsOrderWhateverTheThreadCount() {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        List<Integer> expected = items.stream().map(i -> i * i).toList();
        for (int threads : new int[]{1, 3, 8}) {
            assertEquals(expected, ParseBudget.map(items, threads, Duration.ofSeconds(10), i -> i * i, i -> -1));
        }
    }

    @Test
    void failuresOfATaskReachTheCaller() {
        assertThrows(StackOverflowError.class, () -> ParseBudget.map(List.of(1, 2, 3), 2, Duration.ofSeconds(5), i -> {
            if (i == 2) throw new StackOverflowError();
            return i;
        }, i -> -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParseBudget.map(List.of(1),
                1, Duration.ofSeconds(5), i -> {
                    throw new IllegalArgumentException("bad " + i);
                }, i -> -1));
        assertEquals("bad 1", e.getMessage());
    }

    @Test
    void noItemsNeedNoThreads() {
        assertEquals(List.of(), ParseBudget.map(List.<Integer>of(), 4, SHORT, i -> i, i -> -1));
    }
}
