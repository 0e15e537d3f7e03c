package dev.handbook.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Edits a handbook on disk the way its authors do, at random from a seed: page text, front matter
 * (titles, weights, tags, drafts, audiences, typed fields), links and references, new, deleted and
 * renamed pages and folders, the responsibility matrix, static files, theme templates and types,
 * handbook.yml, editors' temporary files, and going back to an earlier state. Each edit returns the
 * paths a file watcher would report (a renamed folder as its old and new path only).
 */
public final class RandomEdits {
    private static final String[] WORDS = {"team", "review", "owner", "sprint", "incident", "pager", "goal",
            "coach", "plan", "ship", "debt", "metric", "budget", "hire", "retro", "demo"};
    private static final String[] ROLES = {"engineering-manager", "tech-lead", "head-of-engineering",
            "engineering-manager", "tech-lead", "head-of-engineering", "designer"};
    private static final String[] DURATIONS = {"15m", "30m", "1h", "1h30m", "soon"};

    private final Path root;
    private final Random random;
    private final List<Map<String, byte[]>> history = new ArrayList<>();
    private Map<String, byte[]> lastGood;
    private int counter;
    /** What the last edit did, for failure messages. */
    public String lastEdit = "";

    public RandomEdits(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Remembers the files as they are now as a state that builds, for {@link #edit} to go back to. */
    public void builds() {
        lastGood = snapshot();
    }

    /**
     * One random edit; returns the changed paths, relative to the root. While the handbook has
     * errors ({@code failing}), an author usually fixes them next: half the time the edit puts back
     * the files of the last state that built.
     */
    public Set<String> edit(boolean failing) {
        history.add(snapshot());
        Set<String> touched = new TreeSet<>();
        if (failing && lastGood != null && random.nextBoolean()) {
            restore(lastGood, touched);
            lastEdit = "fix: go back to the last state that built";
            return touched;
        }
        int kind = random.nextInt(100);
        if (kind < 22) bodyText(touched);
        else if (kind < 30) field(touched);
        else if (kind < 36) link(touched);
        else if (kind < 41) addPage(touched);
        else if (kind < 45) deletePage(touched);
        else if (kind < 50) renamePage(touched);
        else if (kind < 53) renameFolder(touched);
        else if (kind < 56) matrix(touched);
        else if (kind < 60) staticFile(touched);
        else if (kind < 67) template(touched);
        else if (kind < 69) type(touched);
        else if (kind < 71) config(touched);
        else if (kind < 75) temporaryFile(touched);
        else if (kind < 79) heading(touched);
        else if (kind < 88) goBack(touched);
        else typedField(touched);
        return touched;
    }

    // ---- Pages ---------------------------------------------------------------------------------

    private void bodyText(Set<String> touched) {
        Path page = pick(pages());
        String text = read(page);
        int bodyStart = text.startsWith("---\n") && text.indexOf("\n---\n", 3) > 0 ? text.indexOf("\n---\n", 3) + 5 : 0;
        String front = text.substring(0, bodyStart);
        String body = text.substring(bodyStart);
        String sentence = " " + word() + " " + word() + " " + word() + ".";
        int choice = random.nextInt(3);
        if (choice == 0) body = body + "\n" + capital(word()) + sentence + "\n";
        else if (choice == 1 && body.contains(".")) body = body.replaceFirst("\\.", "," + sentence);
        else body = body.replace(" the ", " a ").replace(" and ", " or ");
        write(page, front + body, touched, "edit the text of");
    }

    private void field(Set<String> touched) {
        Path page = pick(pages());
        String key = pick(List.of("title", "weight", "tags", "draft", "audience", "description"));
        String value = switch (key) {
            case "title" -> capital(word()) + " " + word();
            case "weight" -> String.valueOf(random.nextInt(6));
            case "tags" -> "[" + word() + ", " + word() + "]";
            case "draft" -> random.nextBoolean() ? "true" : "false";
            case "audience" -> random.nextInt(4) == 0 ? "nobody" : random.nextBoolean() ? "managers" : "everyone";
            default -> capital(word()) + " " + word() + ".";
        };
        write(page, setField(read(page), key, random.nextInt(5) == 0 ? null : value), touched, "set " + key + " of");
    }

    private void typedField(Set<String> touched) {
        List<Path> roles = pagesUnder("roles");
        List<Path> rituals = pagesUnder("rituals");
        if (random.nextBoolean() && !roles.isEmpty()) {
            Path role = pick(roles);
            String value = random.nextInt(5) == 0 ? null : pick(List.of(ROLES));
            write(role, setField(read(role), "reports_to", value), touched, "set reports_to of");
        } else if (!rituals.isEmpty()) {
            Path ritual = pick(rituals);
            write(ritual, setField(read(ritual), "duration", pick(List.of(DURATIONS))), touched, "set duration of");
        }
    }

    private void link(Set<String> touched) {
        Path from = pick(pages());
        String link;
        if (random.nextBoolean()) {
            Path to = pick(pages());
            link = "[" + word() + "](" + from.getParent().relativize(to).toString().replace('\\', '/') + ")";
        } else {
            link = "[[role:" + pick(List.of(ROLES)) + "]]";
        }
        write(from, read(from) + "\nSee " + link + ".\n", touched, "add a link " + link + " to");
    }

    private void heading(Set<String> touched) {
        Path page = pick(pages());
        String text = read(page);
        String heading = "## " + capital(word()) + " " + word() + "\n\nAbout " + word() + ".\n";
        if (random.nextBoolean()) text = text + "\n" + heading;
        else text = insertAfterFrontMatter(text, heading + "\n"); // moves every later line down
        write(page, text, touched, "add a heading to");
    }

    private void addPage(Set<String> touched) {
        List<Path> folders = folders();
        Path folder = random.nextInt(4) == 0 ? content().resolve("new-" + (++counter)) : pick(folders);
        Path page = folder.resolve(word() + "-" + (++counter) + ".md");
        String body = "---\ntitle: " + capital(word()) + " " + word() + "\nweight: " + random.nextInt(5)
                + "\n---\nAbout " + word() + " and the [[role:tech-lead]].\n";
        if (folder.getFileName().toString().equals("roles")) {
            body = "---\ntitle: " + capital(word()) + "\nsummary: Does " + word() + ".\n---\n";
        }
        write(page, body, touched, "add");
    }

    private void deletePage(Set<String> touched) {
        Path page = pick(pages());
        delete(page, touched);
        lastEdit = "delete " + rel(page);
    }

    private void renamePage(Set<String> touched) {
        Path page = pick(pages());
        Path to = page.resolveSibling(word() + "-" + (++counter) + ".md");
        move(page, to, touched);
    }

    private void renameFolder(Set<String> touched) {
        List<Path> folders = new ArrayList<>(folders());
        folders.remove(content());
        if (folders.isEmpty()) return;
        Path folder = pick(folders);
        move(folder, folder.resolveSibling(folder.getFileName() + "-" + (++counter)), touched);
    }

    // ---- Data, files, theme, configuration -----------------------------------------------------

    private void matrix(Set<String> touched) {
        Path file = content().resolve("responsibilities.yml");
        String activity = "  - activity: " + capital(word()) + " " + (++counter) + "\n    responsible: ["
                + pick(List.of(ROLES)) + "]\n    accountable: " + pick(List.of(ROLES)) + "\n";
        String text = Files.exists(file) ? read(file) : "activities:\n";
        if (random.nextInt(4) == 0) text = "activities:\n";
        write(file, text + activity, touched, "edit the matrix");
    }

    private void staticFile(Set<String> touched) {
        Path file = content().resolve("roles").resolve("chart-" + random.nextInt(3) + ".png");
        if (Files.exists(file) && random.nextBoolean()) {
            delete(file, touched);
            lastEdit = "delete " + rel(file);
        } else if (Files.isDirectory(file.getParent())) {
            write(file, "PNG " + word() + "\n", touched, "write");
        }
    }

    private void template(Set<String> touched) {
        String name = pick(List.of("layouts/page.peb", "layouts/role.peb", "partials/footer.peb", "layouts/section.peb"));
        Path file = root.resolve("themes/default").resolve(name);
        if (Files.exists(file) && random.nextInt(3) == 0) {
            delete(file, touched);
            lastEdit = "delete " + rel(file);
            return;
        }
        String builtIn = name.equals("layouts/role.peb") && !Files.exists(file) && random.nextBoolean()
                ? read(Path.of("themes/default/layouts/page.peb")) // a role layout where there was none
                : Files.exists(file) ? read(file) : read(Path.of("themes/default").resolve(name));
        String marked = builtIn.replaceFirst("\n", "\n<!-- " + word() + " " + (++counter) + " -->\n");
        if (random.nextInt(8) == 0) marked = marked + "\n{{ page.nonexistent_field }}\n"; // strict variables: an error
        write(file, marked, touched, "override template");
    }

    private void type(Set<String> touched) {
        Path file = root.resolve("themes/default/types/okr.yml");
        if (Files.exists(file) && random.nextBoolean()) {
            delete(file, touched);
            lastEdit = "delete " + rel(file);
        } else {
            write(file, "label: Objective\nplural: Objectives\nfields:\n  objective: {kind: text, required: "
                    + random.nextBoolean() + "}\n", touched, "write type");
        }
    }

    private void config(Set<String> touched) {
        Path file = root.resolve("handbook.yml");
        String title = capital(word()) + " handbook";
        String text = "title: " + title + "\naudiences: [everyone, managers]\n";
        if (random.nextInt(3) == 0) text += "edit_url: https://example.com/edit/{path}\n";
        if (random.nextInt(6) == 0) text += "review_every: lots\n";
        write(file, text, touched, "edit the configuration");
    }

    private void temporaryFile(Set<String> touched) {
        Path folder = pick(folders());
        for (String name : List.of(".#" + word() + ".md", word() + ".md~", "4913")) {
            Path tmp = folder.resolve(name);
            write(tmp, "temporary", touched, "");
            delete(tmp, touched);
        }
        lastEdit = "temporary files in " + rel(folder);
    }

    /** Puts back the files as they were a few edits ago (what undo or git checkout does). */
    private void goBack(Set<String> touched) {
        if (history.size() < 2) return;
        restore(history.get(Math.max(0, history.size() - 2 - random.nextInt(3))), touched);
        lastEdit = "go back to an earlier state";
    }

    private void restore(Map<String, byte[]> target, Set<String> touched) {
        Map<String, byte[]> now = history.get(history.size() - 1);
        for (String path : now.keySet()) {
            if (!target.containsKey(path)) delete(root.resolve(path), touched);
        }
        target.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, now.get(path))) writeBytes(root.resolve(path), bytes, touched);
        });
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private static String setField(String text, String key, String value) {
        String line = value == null ? "" : key + ": " + value + "\n";
        if (!text.startsWith("---\n")) return value == null ? text : "---\n" + line + "---\n" + text;
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) return text;
        String front = text.substring(4, end + 1);
        String rest = text.substring(end + 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + key + ":.*\\n").matcher(front);
        front = m.find() ? front.substring(0, m.start()) + line + front.substring(m.end()) : front + line;
        return "---\n" + front + rest;
    }

    private static String insertAfterFrontMatter(String text, String insert) {
        if (!text.startsWith("---\n")) return insert + text;
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? insert + text : text.substring(0, end + 5) + insert + text.substring(end + 5);
    }

    private Path content() {
        return root.resolve("content");
    }

    private List<Path> pages() {
        List<Path> out = walk(content()).stream().filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                .toList();
        return out.isEmpty() ? List.of(content().resolve("index.md")) : out;
    }

    private List<Path> pagesUnder(String folder) {
        return pages().stream().filter(p -> p.getParent().getFileName().toString().startsWith(folder)).toList();
    }

    private List<Path> folders() {
        List<Path> out = walk(content()).stream().filter(Files::isDirectory).toList();
        return out.isEmpty() ? List.of(content()) : out;
    }

    private static List<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> snapshot() {
        Map<String, byte[]> out = new TreeMap<>();
        for (Path base : List.of(content(), root.resolve("themes"))) {
            for (Path p : walk(base)) if (Files.isRegularFile(p)) out.put(rel(p), readBytes(p));
        }
        Path config = root.resolve("handbook.yml");
        if (Files.exists(config)) out.put("handbook.yml", readBytes(config));
        return out;
    }

    private void write(Path file, String text, Set<String> touched, String what) {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8), touched);
        if (!what.isEmpty()) lastEdit = what + " " + rel(file);
    }

    private void writeBytes(Path file, byte[] bytes, Set<String> touched) {
        try {
            for (Path p = file.getParent(); !Files.exists(p); p = p.getParent()) touched.add(rel(p));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            touched.add(rel(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Path file, Set<String> touched) {
        try {
            Files.deleteIfExists(file);
            touched.add(rel(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(Path from, Path to, Set<String> touched) {
        try {
            Files.move(from, to);
            touched.add(rel(from));
            touched.add(rel(to));
            lastEdit = "rename " + rel(from) + " to " + rel(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String read(Path p) {
        return new String(readBytes(p), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
