package dev.handbook.importer;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code handbook import}: a new handbook at ROOT from the source tree of another generator's site
 * at SRC. SRC is only read; ROOT must not lie inside it and must not hold a handbook already.
 *
 * <pre>{@code
 * Staged<Optional<ImportReport>> r = Importer.run(Source.MKDOCS, Path.of("mkdocs-site"), Path.of("handbook"),
 *         Optional.empty());
 * }</pre>
 */
public final class Importer {
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)|(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)"
            + "|(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");

    private Importer() {
    }

    /**
     * @param sourceUrl where the source's files are on the web ({@code https://github.com/o/r/blob/main/}):
     *                  links to files the import does not hold lead there
     */
    public static Staged<Optional<ImportReport>> run(Source from, Path src, Path root, Optional<String> sourceUrl) {
        List<Diagnostic> diags = new ArrayList<>();
        Optional<String> refused = refuse(src, root);
        if (refused.isPresent()) {
            diags.add(Diagnostic.error(SourcePos.file(root.toString()), "%s", refused.get()).withRule("import"));
            return new Staged<>(Optional.empty(), diags);
        }
        Tally tally = new Tally();
        SrcTree tree;
        try {
            tree = SrcTree.read(src);
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file(src.toString()), "cannot read: %s", e.getMessage()).withRule("import"));
            return new Staged<>(Optional.empty(), diags);
        }
        Plan plan = Layouts.plan(from, tree, tally);
        Map<String, String> pages = new TreeMap<>();
        List<ImportReport.Left> left = new ArrayList<>();
        List<ImportReport.Rewrite> placed = new ArrayList<>();
        Set<String> written = new TreeSet<>();
        for (Plan.Entry page : plan.pages) {
            if (!written.add(page.content().toLowerCase(java.util.Locale.ROOT))) {
                tally.note(page.src() + ": another page already became content/" + page.content() + "; not imported");
                continue;
            }
            Optional<String> text = tree.text(page.src());
            if (text.isEmpty()) {
                tally.note(page.src() + ": cannot be read as text (or is larger than 8 MB); not imported");
                continue;
            }
            PageConverter.Converted c = PageConverter.convert(from, page, text.get(), plan, tree, sourceUrl, tally);
            pages.put(page.content(), c.text());
            left.addAll(c.left());
            placed.addAll(c.placed());
        }
        List<Plan.Entry> files = filesToCopy(plan, pages, tally);
        try {
            HandbookWriter.write(root, from, src, plan, pages, files, tree, left);
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file(root.toString()), "cannot write the handbook: %s", e.getMessage())
                    .withRule("import"));
            return new Staged<>(Optional.empty(), diags);
        }
        left.sort(java.util.Comparator.comparing(ImportReport.Left::file).thenComparingInt(ImportReport.Left::line)
                .thenComparingInt(ImportReport.Left::column));
        placed.sort(java.util.Comparator.comparing(ImportReport.Rewrite::file).thenComparingInt(ImportReport.Rewrite::line)
                .thenComparingInt(ImportReport.Rewrite::column));
        return new Staged<>(Optional.of(new ImportReport(pages.size(), files.size(), tally.rewritten(), placed, left,
                tally.notes())), diags);
    }

    /** Why ROOT cannot receive the import, if it cannot: inside SRC, or already a handbook. */
    static Optional<String> refuse(Path src, Path root) {
        if (!Files.isDirectory(src)) return Optional.of("SRC is not a folder: " + src);
        try {
            Path srcReal = src.toRealPath();
            Path rootReal = realOrPlanned(root);
            if (rootReal.equals(srcReal) || rootReal.startsWith(srcReal)) {
                return Optional.of("ROOT " + root + " is inside SRC " + src + ": import never writes into the source; "
                        + "give a ROOT outside it");
            }
            if (srcReal.startsWith(rootReal.resolve("content"))) {
                return Optional.of("SRC lies inside ROOT's content/ folder; give a ROOT elsewhere");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + src + ": " + e.getMessage());
        }
        Path content = root.resolve("content");
        try {
            if (Files.exists(root.resolve("handbook.yml"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(root.resolve("handbook.yml") + " exists: import writes a new handbook and never "
                        + "overwrites one; give an empty or new ROOT");
            }
            if (Files.isDirectory(content) && Files.list(content).findAny().isPresent()) {
                return Optional.of(content + " is not empty: import writes a new handbook; give an empty or new ROOT");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + root + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The real path ROOT has, or will have once its missing folders are made. */
    private static Path realOrPlanned(Path root) throws IOException {
        Path abs = root.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    /** Every file of the plan, or, for a repository, the files its pages link to or show. */
    private static List<Plan.Entry> filesToCopy(Plan plan, Map<String, String> pages, Tally tally) {
        if (!plan.onlyLinkedFiles) return plan.files;
        Set<String> wanted = new TreeSet<>();
        Map<String, String> srcOfPage = new TreeMap<>();
        for (Plan.Entry e : plan.pages) srcOfPage.put(e.content(), e.src());
        pages.forEach((content, text) -> {
            String folder = Layouts.folderOf(srcOfPage.getOrDefault(content, content));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (url.contains(":") || url.startsWith("#")) continue;
                String path = url.replaceAll("[#?].*$", "").replace("%20", " ");
                Paths.resolve(plan.contentRoot, folder, path).ifPresent(wanted::add);
            }
        });
        List<Plan.Entry> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Plan.Entry f : plan.files) {
            if (wanted.contains(f.src())) out.add(f);
            else skipped.add(f.src());
        }
        if (!skipped.isEmpty()) {
            tally.note(skipped.size() + " files no page links to were not copied ("
                    + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                    + (skipped.size() > 5 ? ", ..." : "") + ")");
        }
        return out;
    }
}
