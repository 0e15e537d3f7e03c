package dev.handbook.check;

import dev.handbook.diag.SourcePos;
import dev.handbook.model.SourceMarks;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Where an element of a rendered page came from: a position in the page's Markdown file, or the
 * theme (templates and the pages the site makes itself, such as 404.html).
 *
 * @param source     the Markdown position, or empty for the theme
 * @param outputPath the rendered page the element is on
 * @param pageFile   the page's Markdown file (its display path), or empty for a generated page
 */
record Origin(Optional<SourcePos> source, String outputPath, Optional<String> pageFile) {
    boolean fromTheme() {
        return source.isEmpty();
    }

    /** The origin of {@code element}: the nearest source mark on it or an ancestor, else the theme. */
    static Origin of(Element element, String outputPath, Optional<String> pageFile) {
        if (pageFile.isPresent()) {
            for (Element e = element; e != null; e = e.parent()) {
                String mark = e.attr(SourceMarks.ATTRIBUTE);
                if (!mark.isEmpty()) return new Origin(Optional.of(parse(pageFile.get(), mark)), outputPath, pageFile);
            }
        }
        return new Origin(Optional.empty(), outputPath, pageFile);
    }

    static Origin page(SourcePos pos, String outputPath) {
        return new Origin(Optional.of(pos), outputPath, Optional.of(pos.file()));
    }

    private static SourcePos parse(String file, String mark) {
        int colon = mark.indexOf(':');
        try {
            int line = Integer.parseInt(mark.substring(0, colon));
            int column = Integer.parseInt(mark.substring(colon + 1));
            return line > 0 ? new SourcePos(file, line, Math.max(0, column)) : SourcePos.file(file);
        } catch (RuntimeException e) {
            return SourcePos.file(file);
        }
    }
}
