package dev.handbook.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParseBudgetTest {
    @Test
    void aTaskOverBudgetIsGivenUpAndTheCallerMovesOn() {
        try (ParseBudget budget = new ParseBudget(Duration.ofMillis(100))) {
            Optional<String> r = budget.run(() -> {
                while (true) {
                    Math.sqrt(Math.random()); // a parser that never ends and ignores interrupts
                }
            });
            assertEquals(Optional.empty(), r);
            assertEquals(Optional.of("fine"), budget.run(() -> "fine"));
        }
    }

    @Test
    void failuresOfTheTaskReachTheCaller() {
        try (ParseBudget budget = new ParseBudget(Duration.ofSeconds(5))) {
            assertThrows(StackOverflowError.class, () -> budget.run(() -> {
                throw new StackOverflowError();
            }));
        }
    }
}
