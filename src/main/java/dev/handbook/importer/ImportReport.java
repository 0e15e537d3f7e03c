package dev.handbook.importer;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code handbook import} did, for its report.
 *
 * @param pages     Markdown pages written
 * @param files     other files copied (images, attachments)
 * @param rewritten constructs converted, by kind ("Hugo alert shortcode to an admonition")
 * @param placed    the rewrites of the kinds a person may want to revisit (a note standing for a
 *                  reference generated from code), each with its position, in file order
 * @param left      constructs left as they were written, for a person to decide, in file order
 * @param notes     what was not imported and why (another language, templates, the old config)
 */
public record ImportReport(int pages, int files, SortedMap<String, Integer> rewritten, List<Rewrite> placed,
                           List<Left> left, List<String> notes) {
    public ImportReport {
        rewritten = Collections.unmodifiableSortedMap(new TreeMap<>(rewritten));
        placed = List.copyOf(placed);
        left = List.copyOf(left);
        notes = List.copyOf(notes);
    }

    /** A construct the importer left as written: where it is in the new handbook, what it is, and its text. */
    public record Left(String file, int line, int column, String kind, String text) {
        public Left {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        /** {@code content/site.md:13:1} */
        public String position() {
            return file + ":" + line + ":" + column;
        }
    }

    /** A rewrite with its place in the new handbook: what it is (a kind of {@code rewritten}) and what the source had. */
    public record Rewrite(String file, int line, int column, String kind, String text) {
        public Rewrite {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        /** {@code content/dev-guide/api.md:6:1} */
        public String position() {
            return file + ":" + line + ":" + column;
        }
    }

    /** The placed rewrites of one kind, in file order. */
    public List<Rewrite> placed(String kind) {
        return placed.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    public int rewrittenTotal() {
        return rewritten.values().stream().mapToInt(Integer::intValue).sum();
    }
}
