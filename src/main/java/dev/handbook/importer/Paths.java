package dev.handbook.importer;

import java.util.ArrayDeque;
import java.util.Optional;

/** Relative paths between files, with '/' between names, and resolving '..' without leaving the root. */
final class Paths {
    private Paths() {
    }

    static String relative(String fromFolder, String toPath) {
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] to = toPath.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) sb.append("../");
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) sb.append('/');
        }
        return sb.toString();
    }

    /** {@code relative} read from {@code folder}; a leading '/' starts at {@code root}. Empty above the root. */
    static Optional<String> resolve(String root, String folder, String relative) {
        String joined;
        if (relative.startsWith("/")) joined = root.isEmpty() ? relative.substring(1) : root + relative;
        else joined = folder.isEmpty() ? relative : folder + "/" + relative;
        boolean slash = joined.endsWith("/");
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String path = String.join("/", parts);
        return Optional.of(slash && !path.isEmpty() ? path + "/" : path);
    }
}
