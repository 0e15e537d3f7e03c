package dev.handbook.cli;

import dev.handbook.diag.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnostics a run prints, within limits: at most {@link #PER_FILE} for one file and
 * {@link #TOTAL} in all, so that a line holding 200,000 broken references prints a few hundred
 * kilobytes and the summary line, not gigabytes. The counts in the summary stay whole.
 *
 * @param diagnostics the ones to print, in the order given
 * @param omitted     for each file with more, how many are not printed, in the order of the files
 * @param omittedTotal how many are not printed in all
 */
record Shown(List<Diagnostic> diagnostics, Map<String, Integer> omitted, int omittedTotal) {
    static final int PER_FILE = 100;
    static final int TOTAL = 1000;

    Shown {
        diagnostics = List.copyOf(diagnostics);
        omitted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(omitted));
    }

    static Shown of(List<Diagnostic> all) {
        return of(all, PER_FILE, TOTAL);
    }

    static Shown of(List<Diagnostic> all, int perFile, int total) {
        List<Diagnostic> shown = new ArrayList<>(Math.min(all.size(), total));
        Map<String, Integer> perFileCount = new LinkedHashMap<>();
        Map<String, Integer> omitted = new LinkedHashMap<>();
        int left = 0;
        for (Diagnostic d : all) {
            String file = d.pos().file();
            int n = perFileCount.merge(file, 1, Integer::sum);
            if (n <= perFile && shown.size() < total) {
                shown.add(d);
            } else {
                omitted.merge(file, 1, Integer::sum);
                left++;
            }
        }
        return new Shown(shown, omitted, left);
    }

    /** The line saying what a file's printed problems leave out, e.g. "... and 4,900 more in content/a.md". */
    static String more(int count, String file) {
        return "... and " + String.format(java.util.Locale.ROOT, "%,d", count) + " more in " + file;
    }
}
