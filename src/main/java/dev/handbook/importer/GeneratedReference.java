package dev.handbook.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mkdocstrings and mkdocs-click blocks, outside code: {@code ::: identifier} with its indented YAML
 * options, and {@code ::: mkdocs-click} with its {@code :module:} / {@code :command:} lines. MkDocs
 * filled them with a reference it generated from code; Handbook generates none, so each becomes a
 * note that names what was generated there and by what, and keeps the block as written in a code
 * block inside it. Converted only when mkdocs.yml enables the plugin or the extension (otherwise
 * MkDocs showed the line as text, and it is left for a person); each note is counted and placed.
 * A note takes its object's identifier as its id, as mkdocstrings gave the object (see
 * {@link #anchor}), so links to the object, {@link AutoRefs}' and other sites', lead to the note.
 */
final class GeneratedReference {
    static final String MKDOCSTRINGS = "mkdocstrings block to a note naming it (Handbook does not generate API references)";
    static final String MKDOCS_CLICK = "mkdocs-click block to a note naming it (Handbook does not generate command references)";
    /** mkdocstrings' block: an identifier after {@code :::}, optionally after a heading's hashes. */
    private static final Pattern AUTODOC = Pattern.compile("(#{1,6} *)?::: ?(\\S.*?) *");
    private static final Pattern CLICK = Pattern.compile(":::[ \\t]*mkdocs-click[ \\t]*");
    private static final Pattern CLICK_OPTION = Pattern.compile("\\s+:(.+):(?:\\s+(\\S+))?.*");
    /** Options mkdocstrings reads after a blank line, when the identifier's line has none under it. */
    private static final Pattern QUOTE = Pattern.compile("(?: {0,3}> ?)+");
    private static final Pattern DETACHED_OPTIONS = Pattern.compile(" {4}(handler|options):.*");
    /** What an id may hold to be written in the page as it is, and be linked to as it is. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

    private GeneratedReference() {
    }

    /** The body with each block a note; {@code left} places each note. */
    static String convert(String body, Plan plan, Tally tally, Leftovers left) {
        List<Block> blocks = blocks(body, plan);
        if (blocks.isEmpty()) return body;
        List<String> lines = List.of(body.split("\n", -1));
        List<String> out = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        int next = 0;
        for (Block b : blocks) {
            out.addAll(lines.subList(next, b.first()));
            // Only the first note of an identifier on the page takes its id: ids are unique.
            Optional<String> id = b.identifier().flatMap(GeneratedReference::anchor).filter(anchored::add);
            String note = note(b.lines(), b.click(), id);
            emit(note, b.quote(), out);
            String kind = b.click() ? MKDOCS_CLICK : MKDOCSTRINGS;
            tally.rewrote(kind);
            left.placeRewrite(note.lines().filter(l -> l.startsWith("!!! ")).findFirst().orElseThrow(), kind, b.lines().get(0));
            next = b.first() + b.lines().size();
        }
        out.addAll(lines.subList(next, lines.size()));
        // A note last in the page leaves the blank line it ends with: the page ends with one line break.
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty() && out.get(out.size() - 2).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** The identifiers of the mkdocstrings blocks {@link #convert} makes notes of, in page order. */
    static List<String> identifiers(String body, Plan plan) {
        return blocks(body, plan).stream().flatMap(b -> b.identifier().stream()).toList();
    }

    /**
     * The id the note for {@code identifier} gets, as mkdocstrings gave its object: the identifier,
     * when it is dotted ({@code mkdocs.structure.files.File}) and safe as an id. The ids the build gives
     * headings hold no dot, so such an id never takes a heading's; an identifier without a dot gets no
     * id, and links to its object lead to the note's page.
     */
    static Optional<String> anchor(String identifier) {
        return PLAIN_ID.matcher(identifier).matches() && identifier.contains(".") ? Optional.of(identifier) : Optional.empty();
    }

    /**
     * A block of the page: its first line's index, the quote it lies in, its lines without that
     * quote's markers, and whether it is mkdocs-click's.
     */
    private record Block(int first, String quote, List<String> lines, boolean click) {
        /** The identifier an mkdocstrings block names. */
        Optional<String> identifier() {
            Matcher m = AUTODOC.matcher(lines.get(0));
            return click || !m.matches() ? Optional.empty() : Optional.of(m.group(2));
        }
    }

    /** The blocks outside code, when mkdocs.yml enables the plugin or the extension that reads them. */
    private static List<Block> blocks(String body, Plan plan) {
        if (!plan.mkdocstrings && !plan.mkdocsClick || !body.contains(":::")) return List.of();
        Code code = Code.of(body);
        List<String> lines = List.of(body.split("\n", -1));
        List<Block> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            // In a quote (mkdocstrings reads blocks there too), the block is the lines under the quote's '>'.
            Matcher q = QUOTE.matcher(line);
            String quote = q.lookingAt() ? q.group() : "";
            boolean candidate = line.contains(":::") && !code.at(offset);
            List<String> unquoted = candidate ? unquoted(lines.subList(i, lines.size()), quote) : List.of();
            int length = candidate ? blockEnd(unquoted, plan) : 0;
            if (length == 0) {
                offset += line.length() + 1;
                i++;
                continue;
            }
            List<String> block = unquoted.subList(0, length);
            out.add(new Block(i, quote, List.copyOf(block), plan.mkdocsClick && CLICK.matcher(block.get(0)).matches()));
            for (String l : lines.subList(i, i + length)) offset += l.length() + 1;
            i += length;
        }
        return out;
    }

    /** The note's lines, in the quote the block was in, without a blank line after another (or first). */
    private static void emit(String note, String quote, List<String> out) {
        String blankLine = quote.stripTrailing();
        for (String l : note.split("\n", -1)) {
            boolean blank = l.isEmpty();
            if (blank && (out.isEmpty() || out.get(out.size() - 1).equals(blankLine))) continue;
            out.add(blank ? blankLine : quote + l);
        }
    }

    /** The lines from the first on that lie in the same quote, without its {@code >} markers. */
    private static List<String> unquoted(List<String> lines, String quote) {
        if (quote.isEmpty()) return lines;
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(quote)) out.add(l.substring(quote.length()));
            else if (l.equals(quote.stripTrailing())) out.add("");
            else break;
        }
        return out;
    }

    /** How many lines the block that starts the list has: mkdocs-click's, or mkdocstrings' with its options; 0 for none. */
    private static int blockEnd(List<String> lines, Plan plan) {
        String line = lines.get(0);
        int end = 1;
        if (plan.mkdocsClick && CLICK.matcher(line).matches()) {
            while (end < lines.size() && CLICK_OPTION.matcher(lines.get(end)).matches()) end++;
            return end;
        }
        if (!plan.mkdocstrings || !AUTODOC.matcher(line).matches()) return 0;
        while (end < lines.size() && indented(lines.get(end))) end++;
        if (end > 1) return end;
        // Python-Markdown splits blocks at a blank line: options one blank line below are read when they start so.
        if (end + 1 < lines.size() && lines.get(end).isBlank() && DETACHED_OPTIONS.matcher(lines.get(end + 1)).matches()) {
            end += 1;
            while (end < lines.size() && !lines.get(end).isBlank()) end++;
        }
        return end;
    }

    private static boolean indented(String line) {
        return !line.isBlank() && (line.startsWith("    ") || line.startsWith("\t"));
    }

    /**
     * The note for a block: what was generated there and by what, and the block as written; after
     * the heading the block asked for, if it did.
     */
    private static String note(List<String> block, boolean click, Optional<String> id) {
        String written = String.join("\n", block);
        String text;
        String title;
        String heading = "";
        String marker = "";
        if (click) {
            Optional<String> module = clickOption(block, "module");
            Optional<String> command = clickOption(block, "command");
            Optional<String> program = clickOption(block, "prog_name").or(() -> command);
            String source = command.map(c -> "`" + c + "`" + module.map(m -> " in `" + m + "`").orElse(""))
                    .or(() -> module.map(m -> "`" + m + "`")).map(s -> " (" + s + ")").orElse("");
            title = "Command reference" + program.map(p -> " of " + p).orElse("");
            text = "The command-line reference" + program.map(p -> " of `" + p + "`").orElse("") + source
                    + " was generated here from code by mkdocs-click; Handbook does not generate it.";
        } else {
            Matcher m = AUTODOC.matcher(block.get(0));
            if (!m.matches()) throw new IllegalStateException("not an mkdocstrings block: " + block.get(0));
            String identifier = m.group(2);
            // '#### ::: x' asked for x's heading at that level, in the page's outline: it stays.
            // The id goes where mkdocstrings put it: on the object's heading, or here on the note's text.
            String attributes = id.map(i -> " {: id=\"" + i + "\"}").orElse("");
            heading = m.group(1) == null ? "" : "\n" + m.group(1).strip() + " " + identifier + attributes + "\n";
            marker = heading.isEmpty() ? attributes : "";
            title = "API reference of " + identifier;
            text = "The API reference of `" + identifier + "` was generated here from code by mkdocstrings; "
                    + "Handbook does not generate it.";
        }
        String fence = "`".repeat(Math.max(3, longestRun(written, '`') + 1));
        return heading + Admonitions.block("note", title, text + " The block as written for MkDocs:" + marker + "\n\n"
                + fence + "markdown\n" + written.stripTrailing() + "\n" + fence);
    }

    private static Optional<String> clickOption(List<String> block, String key) {
        for (String line : block) {
            Matcher m = CLICK_OPTION.matcher(line);
            if (m.matches() && m.group(1).strip().equals(key) && m.group(2) != null) return Optional.of(m.group(2));
        }
        return Optional.empty();
    }

    private static int longestRun(String text, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
