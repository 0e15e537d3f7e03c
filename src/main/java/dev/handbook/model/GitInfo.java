package dev.handbook.model;

import java.time.LocalDate;

/** When a source file last changed in git and who changed it. */
public record GitInfo(LocalDate date, String author) {
}
