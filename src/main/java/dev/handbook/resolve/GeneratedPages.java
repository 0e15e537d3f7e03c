package dev.handbook.resolve;

import dev.handbook.diag.SourcePos;
import dev.handbook.model.Body;
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

    private record View(String slug, String title, String description, String needsType) {
    }

    private static final List<View> VIEWS = List.of(
            new View("org-chart", "Org chart", "Who reports to whom, drawn from each role's reports_to.", "role"),
            new View("responsibilities", "Responsibility matrix",
                    "Who is responsible, accountable, consulted and informed for each activity.", "matrix"),
            new View("rituals", "Rituals calendar",
                    "The rituals as a working week, the ones held less often, the time they take from each role, and a "
                            + "calendar to subscribe to.", "ritual"),
            new View("teams", "Teams at a glance", "Every team with its size and members.", "team"),
            new View("runbooks", "Runbook index", "Runbooks by service and severity, with owner and last test.", "runbook"),
            new View("ownership", "Page owners", "Every page grouped by the role, team or person who owns it.", ""),
            new View("needs-review", "Needs review", "Pages whose review is overdue, oldest first.", ""),
            new View("recent", "Recently changed", "The pages changed most recently, commit by commit, newest first.",
                    GIT));

    private GeneratedPages() {
    }

    /** Adds the overview section and its views to {@code pages}. */
    static void add(List<Page> pages, Set<String> typesPresent, boolean hasMatrix, boolean hasHistory,
                    String audience) {
        List<Page> views = new ArrayList<>();
        int weight = 1;
        for (View v : VIEWS) {
            boolean wanted = v.needsType().isEmpty() || typesPresent.contains(v.needsType())
                    || v.needsType().equals("matrix") && hasMatrix || v.needsType().equals(GIT) && hasHistory;
            if (!wanted) continue;
            String path = FOLDER + "/" + v.slug();
            views.add(page(path, FOLDER + "/" + v.slug() + "/", Page.Kind.PAGE, v.slug(), v.title(), v.description(),
                    weight++, v.slug(), audience));
        }
        pages.add(page(FOLDER + "/", FOLDER + "/", Page.Kind.SECTION, FOLDER, "At a glance",
                "Views the handbook draws from its roles, teams, rituals and runbooks.", Page.NO_WEIGHT + 1,
                "overview", audience));
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
