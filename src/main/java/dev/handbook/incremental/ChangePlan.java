package dev.handbook.incremental;

import dev.handbook.config.SiteConfig;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;

import java.nio.file.Path;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of changed paths means for the build. A content file that is still where it was is
 * an edit of that file; anything else in content/ (a new file, a deleted or renamed file or
 * folder, a symbolic link) changes the tree, which is listed again. Hidden files and editors'
 * temporary files that came and went change nothing.
 *
 * @param full       handbook.yml changed, or the watcher lost track: read everything again
 * @param theme      a file of the theme in use changed (a template, a type, an asset)
 * @param relist     the content tree changed shape: list it again
 * @param pages      pages edited in place, by path under content/
 * @param data       data files edited in place
 * @param statics    static files edited in place
 */
record ChangePlan(boolean full, boolean theme, boolean relist, Set<String> pages, Set<String> data,
                  Set<String> statics) {
    static ChangePlan of(Changes changes, Path root, NavigableMap<String, SourceFile> known, String themeName) {
        if (changes.everything()) return new ChangePlan(true, true, true, Set.of(), Set.of(), Set.of());
        boolean full = false;
        boolean theme = false;
        boolean relist = false;
        Set<String> pages = new TreeSet<>();
        Set<String> data = new TreeSet<>();
        Set<String> statics = new TreeSet<>();
        String themeDir = "themes/" + themeName;
        for (String p : changes.paths()) {
            if (p.equals(SiteConfig.FILE_NAME)) {
                full = true;
            } else if (p.equals("themes") || p.equals(themeDir) || p.startsWith(themeDir + "/")) {
                theme = true;
            } else if (p.equals(ContentLoader.CONTENT)) {
                relist = true;
            } else if (p.startsWith(ContentLoader.CONTENT + "/")) {
                String rel = p.substring(ContentLoader.CONTENT.length() + 1);
                if (hidden(rel)) continue;
                SourceFile was = known.get(rel);
                boolean isFile = ContentLoader.file(root, rel).isPresent();
                if (was != null && isFile) {
                    (was.kind() == SourceFile.Kind.PAGE ? pages : was.kind() == SourceFile.Kind.DATA ? data : statics)
                            .add(rel);
                } else if (was != null || ContentLoader.present(root, rel) || !known.subMap(rel + "/", rel + "0").isEmpty()) {
                    relist = true;
                }
            }
        }
        return new ChangePlan(full, theme, relist, pages, data, statics);
    }

    boolean nothing() {
        return !full && !theme && !relist && pages.isEmpty() && data.isEmpty() && statics.isEmpty();
    }

    /** The loader skips files and folders whose name starts with '.'. */
    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) if (part.startsWith(".")) return true;
        return false;
    }
}
