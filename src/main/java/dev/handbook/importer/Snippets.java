package dev.handbook.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.snippets as MkDocs ran it, on the page's lines before any other Markdown, inside code
 * blocks too: a line {@code --8<-- "file"}, or each name in a block between two {@code --8<--}
 * lines, becomes the file's lines, indented as the marker was; {@code file:3:5} takes lines 3 to 5,
 * {@code file:name} the lines between {@code --8<-- [start:name]} and {@code [end:name]}, and the
 * lines taken are read for snippets in turn. A name is looked for under each {@code base_path} in
 * order, from SRC (where MkDocs runs), and must stay inside its base unless
 * {@code restrict_base_path} is false. A snippet of an image the pages use becomes that image.
 * MkDocs dropped a snippet whose file it could not find without a word: here it stays as written
 * and is listed for a person, as is one of a URL (the import downloads nothing).
 */
final class Snippets {
    /** A marker line: {@code --8<-- "file"} (group 3) or a block's {@code --8<--}; group 2 is the ';' escape. */
    private static final Pattern MARKER = Pattern.compile(
            "([ \\t]*)(;*)(?:-+8<-+[ \\t]+(\"(?:\\\\\"|[^\"\\n])+?\"|'(?:\\\\'|[^'\\n])+?')|-+8<-+)");
    /** A snippet's name, then lines ({@code :3:5}, either side empty) or a section ({@code :name}). */
    private static final Pattern NAME = Pattern.compile("(?i)(.*?)(?:(:[0-9]*)?(:[0-9]*)?|(:[a-z][-_0-9a-z]*)?)");
    private static final Pattern SECTION = Pattern.compile(
            "(?i)(.*?)(;*)(-+8<-+[ \\t]+)(\\[[ \\t]*(start|end)[ \\t]*:[ \\t]*([a-z][-_0-9a-z]*)[ \\t]*\\])(.*)");
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(svg|png|jpe?g|gif|webp)");

    private final PageContext ctx;
    private final Tally tally;
    private final Leftovers left;
    /** The files being included, innermost first: pymdownx skips a file that would include itself. */
    private final Deque<String> including = new ArrayDeque<>();

    private Snippets(PageContext ctx, Tally tally, Leftovers left) {
        this.ctx = ctx;
        this.tally = tally;
        this.left = left;
    }

    /** The body with its snippets in place, when mkdocs.yml enables pymdownx.snippets; otherwise as it is. */
    static String expand(String body, PageContext ctx, Tally tally, Leftovers left) {
        if (ctx.plan().snippetBases.isEmpty() || !body.contains("8<")) return body;
        List<String> out = new ArrayList<>();
        new Snippets(ctx, tally, left).expand(List.of(body.split("\n", -1)), out);
        return String.join("\n", out);
    }

    private void expand(List<String> lines, List<String> out) {
        int unclosed = unclosedBlock(lines);
        boolean block = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == unclosed) {
                // pymdownx reads every later line as a file name and drops those it cannot find: the rest of the page.
                left.add(line.strip(), "MkDocs snippet block never closed (MkDocs read the rest of the page as file names)");
                out.addAll(lines.subList(i, lines.size()));
                return;
            }
            Matcher m = MARKER.matcher(line);
            boolean marker = m.matches();
            if (marker && !m.group(2).isEmpty()) {
                out.add(line.replaceFirst(";", ""));
                tally.rewrote("MkDocs snippet marker escaped with ';', written as MkDocs showed it");
            } else if (marker && m.group(3) != null) {
                if (block) {
                    tally.rewrote("MkDocs snippet marker inside a snippet block, dropped as MkDocs ignored it");
                } else {
                    String quoted = m.group(3);
                    include(quoted.substring(1, quoted.length() - 1).strip(), m.group(1), line, out);
                }
            } else if (marker) {
                block = !block;
            } else if (!block) {
                out.add(line);
            } else {
                blockLine(line, out);
            }
        }
    }

    /** A line between a block's markers: a file name, a blank line (kept), or one commented out with ';'. */
    private void blockLine(String line, List<String> out) {
        String name = line.strip();
        String indent = line.substring(0, line.indexOf(name.isEmpty() ? line : name));
        if (name.isEmpty()) {
            out.add("");
        } else if (name.startsWith(";")) {
            tally.rewrote("MkDocs snippet name commented out with ';' in a block, dropped as MkDocs ignored it");
        } else {
            String quote = name.contains("\"") ? "'" : "\"";
            include(name, indent, indent + "--8<-- " + quote + name + quote, out);
        }
    }

    /** The index of a block's opening marker that no marker closes, or -1. */
    private static int unclosedBlock(List<String> lines) {
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.matches() && m.group(2).isEmpty() && m.group(3) == null) open = open < 0 ? i : -1;
        }
        return open;
    }

    /** One snippet in place of {@code written}, the line that names it as the page will show it if it stays. */
    private void include(String name, String indent, String written, List<String> out) {
        Matcher n = NAME.matcher(name);
        if (!n.matches()) throw new IllegalStateException("NAME matches every text: " + name);
        String path = n.group(1).strip();
        if (path.matches("(?i)https?://.*")) {
            leave(written, "MkDocs snippet of a URL (the import downloads nothing)", out);
            return;
        }
        Optional<String> file = path.isEmpty() ? Optional.empty() : find(path, ctx.plan(), ctx.tree());
        if (file.isEmpty()) {
            leave(written, "MkDocs snippet of a file SRC does not hold", out);
        } else if (including.contains(file.get())) {
            tally.rewrote("MkDocs snippet of a file that includes it, dropped as MkDocs did");
        } else if (IMAGE.matcher(path).matches()) {
            image(file.get(), indent, written, out);
        } else {
            Optional<List<String>> lines = ctx.tree().text(file.get()).filter(t -> t.indexOf('\0') < 0)
                    .map(Snippets::lines).flatMap(l -> part(l, n));
            if (lines.isEmpty()) {
                leave(written, n.group(4) != null ? "MkDocs snippet of a section its file does not mark"
                        : "MkDocs snippet of a file that is not text", out);
                return;
            }
            List<String> inner = new ArrayList<>();
            including.push(file.get());
            expand(lines.get(), inner);
            including.pop();
            String pad = indent.replace("\t", "    ");
            for (String l : inner) out.add(l.isEmpty() ? "" : pad + l);
            tally.rewrote("MkDocs snippet to its text");
        }
    }

    private void image(String file, String indent, String written, List<String> out) {
        Optional<String> content = ctx.contentOf(file);
        if (content.isEmpty()) {
            leave(written, "MkDocs snippet of an image outside the pages' folder", out);
            return;
        }
        out.add(indent + "![](" + ctx.linkTo(content.get()) + ")");
        tally.rewrote("MkDocs snippet of an image to an image");
    }

    private void leave(String written, String kind, List<String> out) {
        out.add(written);
        left.add(written.strip(), kind);
    }

    /**
     * The file a snippet names, under SRC: the first base path (a folder, or one file that only
     * that name reaches) that holds it; never above SRC.
     */
    static Optional<String> find(String path, Plan plan, SrcTree tree) {
        if (path.startsWith("/") || path.matches("[A-Za-z]:.*")) return Optional.empty();
        for (String base : plan.snippetBases.orElse(List.of())) {
            if (base.startsWith("/") || base.matches("[A-Za-z]:.*")) continue; // outside SRC
            Optional<String> b = Paths.resolve("", "", base).map(s -> s.replaceAll("/$", ""));
            if (b.isEmpty()) continue;
            if (tree.isFolder(b.get())) {
                Optional<String> p = Paths.resolve("", b.get(), path);
                boolean inside = b.get().isEmpty() || p.isPresent() && p.get().startsWith(b.get() + "/");
                if (p.isPresent() && (inside || !plan.snippetsRestricted) && tree.exists(p.get())) return p;
            } else if (tree.exists(b.get())) {
                Optional<String> p = Paths.resolve("", Layouts.folderOf(b.get()), path);
                if (p.isPresent() && p.get().equals(b.get())) return p;
            }
        }
        return Optional.empty();
    }

    /** A file's lines as Python reads them: a last line break ends the last line, it does not start another. */
    private static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(t.split("\n", -1));
    }

    /** The lines a name asks for: a range of lines, a section, or all; empty for a section the file lacks. */
    private static Optional<List<String>> part(List<String> lines, Matcher name) {
        String from = name.group(2);
        String to = name.group(3);
        boolean ranged = from != null && from.length() > 1 || to != null && to.length() > 1;
        if (ranged) {
            int start = from != null && from.length() > 1 ? Math.max(0, Integer.parseInt(from.substring(1)) - 1) : 0;
            int end = to != null && to.length() > 1 ? Integer.parseInt(to.substring(1)) : lines.size();
            start = Math.min(start, lines.size());
            end = Math.min(end, lines.size());
            return Optional.of(end <= start ? List.of() : lines.subList(start, end));
        }
        return name.group(4) == null ? Optional.of(lines) : section(name.group(4).substring(1), lines);
    }

    /** The lines between {@code --8<-- [start:name]} and {@code [end:name]}, without other sections' markers. */
    private static Optional<List<String>> section(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        boolean found = false;
        for (String line : lines) {
            Matcher m = SECTION.matcher(line);
            boolean marker = m.matches();
            String l = line;
            if (marker && in && !m.group(2).isEmpty()) {
                l = m.group(1) + m.group(2).substring(1) + m.group(3) + m.group(4) + m.group(7);
            } else if (marker && m.group(6).equals(name)) {
                boolean start = m.group(5).equals("start");
                if (!in && start) {
                    in = true;
                    found = true;
                    continue;
                }
                if (in && start) continue;
                break;
            } else if (marker && in) {
                continue;
            }
            if (in) out.add(l);
        }
        return found ? Optional.of(out) : Optional.empty();
    }
}
