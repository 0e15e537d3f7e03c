package dev.handbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What one import did: constructs rewritten, counted by kind, and constructs left for a person, each with its position. */
final class Tally {
    private final SortedMap<String, Integer> rewritten = new TreeMap<>();
    private final List<ImportReport.Left> left = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void rewrote(String kind) {
        rewrote(kind, 1);
    }

    void rewrote(String kind, int times) {
        if (times > 0) rewritten.merge(kind, times, Integer::sum);
    }

    /** Adds what a conversion of part of a page counted on its own. */
    void add(Tally other) {
        other.rewritten.forEach(this::rewrote);
        left.addAll(other.left);
        notes.addAll(other.notes);
    }

    void left(String file, int line, int column, String kind, String text) {
        left.add(new ImportReport.Left(file, line, column, kind, text));
    }

    void note(String note) {
        notes.add(note);
    }

    SortedMap<String, Integer> rewritten() {
        return rewritten;
    }

    List<ImportReport.Left> left() {
        return left;
    }

    List<String> notes() {
        return notes;
    }
}
