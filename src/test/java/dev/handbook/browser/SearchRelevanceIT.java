package dev.handbook.browser;

import dev.handbook.pipeline.BuildOptions;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5 (and 21.9 for hyphens and typos): queries a team member would type into the example handbook's search box, each with the
 * page that must come first (rank 1) or be among the first three (rank 3). Runs the theme's
 * search.js in headless Chromium against the site built from content/, opened from file://.
 */
class SearchRelevanceIT {
    private static final Path SITE = Path.of("target/it-search-relevance").toAbsolutePath();
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        BuildResult r = Pipeline.build(BuildOptions.defaults(Path.of(".")).withOut(SITE).withStrict(true), Progress.NONE);
        assertTrue(r.written(), r.diagnostics().toString());
        browser = Browser.start(1200, 800);
        browser.open(SITE.resolve("index.html"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @ParameterizedTest(name = "[{0}] within the first {2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            who runs the retro              | rituals/retrospective/index.html           | 1
            retrospectives                  | rituals/retrospective/index.html           | 1
            retr                            | rituals/retrospective/index.html           | 1
            rétrospective                   | rituals/retrospective/index.html           | 1
            1:1                             | rituals/one-on-one/index.html              | 1
            one on one                      | rituals/one-on-one/index.html              | 1
            incident severity               | runbooks/incident-response/index.html      | 3
            what to do in an incident       | runbooks/incident-response/index.html      | 1
            '"stop the customer impact"'    | runbooks/incident-response/index.html      | 1
            on-call handover                | runbooks/on-call-handover/index.html       | 1
            oncall                          | runbooks/on-call-handover/index.html       | 3
            on-call                         | runbooks/on-call-handover/index.html       | 3
            incdent                         | runbooks/incident-response/index.html      | 1
            retrospectve                    | rituals/retrospective/index.html           | 1
            standup                         | rituals/stand-up/index.html                | 1
            daily stand up                  | rituals/stand-up/index.html                | 1
            engineering manager             | roles/engineering-manager/index.html       | 1
            tech lead responsibilities      | roles/tech-lead/index.html                 | 1
            product manager                 | roles/product-manager/index.html           | 1
            head of engineering             | roles/head-of-engineering/index.html       | 1
            how big should a team be        | teams/team-shape-and-size/index.html       | 3
            team size                       | teams/team-shape-and-size/index.html       | 1
            sprint planning                 | rituals/planning/index.html                | 3
            story points                    | rituals/estimation/index.html              | 1
            lean coffee                     | rituals/lean-coffee/index.html             | 1
            deploying                       | ways-of-working/deployment/index.html      | 1
            rollback                        | ways-of-working/deployment/index.html      | 3
            bug priorities                  | ways-of-working/bug-fix/index.html         | 1
            release checklist               | ways-of-working/release/index.html         | 3
            demo                            | rituals/demo/index.html                    | 1
            checkout team                   | teams/checkout/index.html                  | 1
            reviews                         | runbooks/incident-response/index.html      | 3
            leadership group                | leadership/leadership-group/index.html     | 1
            """)
    void theRightPageRanksFirstOrInTheTopThree(String query, String page, int rank) {
        List<String> top = search(query);
        int at = top.indexOf(page);
        assertTrue(at >= 0 && at < rank, "'" + query + "' should find " + page + " within the first " + rank
                + ", got " + top);
    }

    /** The pages of the first results, in order, without anchors. */
    @SuppressWarnings("unchecked")
    static List<String> search(String query) {
        return (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                HandbookSearch.search(arguments[0]).then(
                  r => done(r.results.map(x => x.href.replace(/#.*$/, ''))),
                  e => done(['error: ' + e.message]));
                """, query);
    }
}
