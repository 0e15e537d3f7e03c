package dev.handbook.resolve;

import dev.handbook.diag.SourcePos;
import dev.handbook.model.Body;
import dev.handbook.model.Messages;
import dev.handbook.model.Page;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The views the handbook generates from typed pages, as pages of their own under
 * {@code overview/}: the org chart, the responsibility matrix, the rituals calendar, the runbook
 * and team overviews, page ownership, the pages that need review and the pages changed recently.
 * Each is added only when the handbook has pages of the type it shows (and the last only when git
 * has history of content/). Their type names the layout that draws them.
 */
final class GeneratedPages {
    static final String FOLDER = "overview";
    /** The path of the "Recently changed" page, as {@link Page#path()} gives it. */
    static final String RECENT = FOLDER + "/recent";
    /** What {@link View#needsType} says of a view drawn from git history rather than from pages. */
    private static final String GIT = "(git)";

    /** A view, shown when the handbook has pages of {@code needsType} (or always, for ""). */
    private record View(String slug, String needsType) {
        /** Where its title and description are among the messages: {@code overview.org_chart.title}. */
        String key(String part) {
            return "overview." + slug.replace('-', '_') + "." + part;
        }
    }

    private static final List<View> VIEWS = List.of(new View("org-chart", "role"), new View("responsibilities", "matrix"),
            new View("rituals", "ritual"), new View("teams", "team"), new View("runbooks", "runbook"),
            new View("ownership", ""), new View("needs-review", ""), new View("recent", GIT));

    private GeneratedPages() {
    }

    /** Adds the overview section and its views to {@code pages}, titled in the site's language. */
    static void add(List<Page> pages, Set<String> typesPresent, boolean hasMatrix, boolean hasHistory,
                    String audience, Messages words) {
        List<Page> views = new ArrayList<>();
        int weight = 1;
        for (View v : VIEWS) {
            boolean wanted = v.needsType().isEmpty() || typesPresent.contains(v.needsType())
                    || v.needsType().equals("matrix") && hasMatrix || v.needsType().equals(GIT) && hasHistory;
            if (!wanted) continue;
            String path = FOLDER + "/" + v.slug();
            views.add(page(path, FOLDER + "/" + v.slug() + "/", Page.Kind.PAGE, v.slug(), words.text(v.key("title")),
                    words.text(v.key("description")), weight++, v.slug(), audience));
        }
        pages.add(page(FOLDER + "/", FOLDER + "/", Page.Kind.SECTION, FOLDER, words.text("overview.title"),
                words.text("overview.description"), Page.NO_WEIGHT + 1, "overview", audience));
        pages.addAll(views);
    }

    private static Page page(String path, String url, Page.Kind kind, String slug, String title, String description,
                             int weight, String type, String audience) {
        String display = "(generated) " + url;
        return new Page(-1, path, display, url, kind, slug, title, description, weight, List.of(), type,
                Optional.empty(), Optional.empty(), audience, Value.Dict.empty(SourcePos.file(display)), Body.empty(),
                SourcePos.file(display));
    }

    static boolean isGenerated(Page p) {
        return p.displayPath().startsWith("(generated) ");
    }
}
