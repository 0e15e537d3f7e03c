package dev.handbook;

import dev.handbook.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21.7: the "Recently changed" page and its Atom feed, built from real git repositories: what
 * is listed and in which order, how many, merges, renames and deleted pages, escaping, a handbook
 * without git, the feed as an XML parser and Atom's rules read it, and the same bytes every build.
 */
class RecentChangesTest {
    static final String PAGE = "overview/recent/index.html";
    static final String FEED = "recent.xml";

    /** A handbook with three commits over two UTC days; the second is late on March 1st in New York. */
    static TestSite threeCommits(String settings) {
        TestSite site = TestSite.of("-- handbook.yml --\ntitle: Recent & <Co>\n" + settings + """
                -- content/index.md --
                # Home
                -- content/roles/lead.md --
                # Lead
                """);
        GitRepo git = GitRepo.init(site.root());
        git.commit("2026-03-01T09:00:00Z", "Ann", "Add the lead page");
        site.file("content/roles/lead.md", "# Lead\n\nLeads the team.\n");
        git.commit("2026-03-01T23:30:00-05:00", "Bo", "Fix <script>alert(1)</script> & more");
        site.file("content/on-call.md", "# On call\n");
        git.commit("2026-03-02T10:00:00+00:00", "Cy & Dee", "Add the on-call page");
        return site;
    }

    private static Document page(TestSite site) {
        return Jsoup.parse(site.output(PAGE));
    }

    /** Each listed change as "subject | time · author | page, page". */
    static List<String> changes(Document page) {
        List<String> out = new ArrayList<>();
        for (Element li : page.select("ol.recent-changes > li")) {
            List<String> pages = li.select(".recent-pages li").eachText();
            out.add(li.selectFirst(".recent-subject").text() + " | " + li.selectFirst(".recent-meta").text() + " | "
                    + String.join(", ", pages));
        }
        return out;
    }

    @Test
    void theNewestCommitsComeFirstByUtcDayWithTimeAuthorSubjectAndThePagesTheyChanged() {
        TestSite site = threeCommits("");
        BuildResult r = site.build();
        assertTrue(r.written(), TestSite.headlines(r).toString());
        Document page = page(site);
        assertEquals(List.of("2026-03-02", "2026-03-01"), page.select(".recent-day h2").eachText(),
                "23:30 in New York on March 1st is March 2nd in UTC");
        assertEquals(List.of("Add the on-call page | 10:00 · Cy & Dee | On call",
                "Fix <script>alert(1)</script> & more | 04:30 · Bo | Lead",
                "Add the lead page | 09:00 · Ann | Home, Lead"), changes(page));
        Element lead = page.select(".recent-pages a").get(1);
        assertEquals("../../roles/lead/index.html", lead.attr("href"));
        assertTrue(Files.exists(site.out().resolve("overview/recent").resolve(lead.attr("href")).normalize()));
        assertEquals("2026-03-02T04:30:00Z", page.select("ol.recent-changes > li").get(1).selectFirst("time").attr("datetime"));
    }

    @Test
    void subjectsAndAuthorsAreEscapedInThePageAndTheFeed() {
        TestSite site = threeCommits("");
        assertTrue(site.build().written());
        String html = site.output(PAGE);
        assertTrue(html.contains("Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), html);
        assertTrue(html.contains("Cy &amp; Dee"), html);
        assertFalse(html.contains("<script>alert"), html);
        String feed = site.output(FEED);
        assertTrue(feed.contains("<title>Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title>"), feed);
        assertTrue(feed.contains("<name>Cy &amp; Dee</name>"), feed);
        assertFalse(feed.contains("<script>"), feed);
    }

    @Test
    void handbookYmlSetsHowManyCommitsAreListed() {
        TestSite site = threeCommits("recent: {commits: 2}\n");
        assertTrue(site.build().written());
        assertEquals(2, page(site).select("ol.recent-changes > li").size());
        assertEquals(2, atom(site.output(FEED)).getElementsByTagNameNS(ATOM, "entry").getLength());
        assertTrue(page(site).text().contains("The last 2 changes to this handbook"), page(site).text());
    }

    @Test
    void noCommitsMeansNoPageNoFeedAndNoLinks() {
        TestSite site = threeCommits("recent: {commits: 0}\n");
        assertTrue(site.build().written());
        assertFalse(site.exists(PAGE));
        assertFalse(site.exists(FEED));
        assertFalse(site.output("index.html").contains("application/atom+xml"));
        assertFalse(site.output("overview/index.html").contains("Recently changed"));
    }

    @Test
    void aHandbookOutsideGitHasNoPageNoFeedAndNoLinks() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        BuildResult r = site.build(site.options().withStrict(true));
        assertTrue(r.written(), TestSite.headlines(r).toString());
        assertFalse(site.exists(PAGE));
        assertFalse(site.exists(FEED));
        String home = site.output("index.html");
        assertFalse(home.contains("Recently changed"), home);
        assertFalse(home.contains("recent.xml"), home);
    }

    @Test
    void everyPageLinksTheFeedInItsHeadAndTheHomePageLinksThePage() {
        TestSite site = threeCommits("");
        assertTrue(site.build().written());
        Document home = Jsoup.parse(site.output("index.html"));
        Element alternate = home.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertEquals("recent.xml", alternate.attr("href"));
        assertEquals("Recent & <Co>: recently changed", alternate.attr("title"));
        assertEquals("overview/recent/index.html", home.selectFirst(".home-recent a").attr("href"));
        Document lead = Jsoup.parse(site.output("roles/lead/index.html"));
        assertEquals("../../recent.xml", lead.selectFirst("head link[type=application/atom+xml]").attr("href"));
    }

    @Test
    void aMergeIsNotListedTheCommitsItBroughtInAre() {
        TestSite site = threeCommits("");
        GitRepo git = GitRepo.open(site.root());
        git.git("checkout", "-q", "-b", "feature");
        site.file("content/roles/lead.md", "# Lead\n\nOn a branch.\n");
        git.commit("2026-03-03T00:00:00Z", "Bo", "Edit the lead page on a branch");
        git.git("checkout", "-q", "main");
        site.file("content/index.md", "# Home\n\nOn main.\n");
        git.commit("2026-03-04T00:00:00Z", "Ann", "Edit home on main");
        git.git(java.util.Map.of("GIT_AUTHOR_NAME", "Di", "GIT_AUTHOR_EMAIL", "d@example.org",
                "GIT_COMMITTER_NAME", "Di", "GIT_COMMITTER_EMAIL", "d@example.org",
                "GIT_AUTHOR_DATE", "2026-03-05T00:00:00Z", "GIT_COMMITTER_DATE", "2026-03-05T00:00:00Z"),
                "merge", "-q", "--no-ff", "-m", "Merge branch feature", "feature");
        assertTrue(site.build().written());
        List<String> listed = changes(page(site));
        assertEquals("Edit home on main | 00:00 · Ann | Home", listed.get(0));
        assertEquals("Edit the lead page on a branch | 00:00 · Bo | Lead", listed.get(1));
        assertFalse(site.output(PAGE).contains("Merge branch"));
    }

    @Test
    void deletedAndRenamedPagesAreNamedButNeverLinked() {
        TestSite site = threeCommits("");
        GitRepo git = GitRepo.open(site.root());
        git.git("mv", "content/on-call.md", "content/rota.md");
        git.commit("2026-03-03T00:00:00Z", "Ann", "Rename on-call to rota");
        git.git("rm", "-q", "content/roles/lead.md");
        git.commit("2026-03-04T00:00:00Z", "Ann", "Remove the lead page");
        assertTrue(site.build().written());
        Document page = page(site);
        assertEquals(List.of("Remove the lead page | 00:00 · Ann | roles/lead.md (removed)",
                "Rename on-call to rota | 00:00 · Ann | On call, on-call.md (removed)",
                "Add the on-call page | 10:00 · Cy & Dee | on-call.md (removed)",
                "Fix <script>alert(1)</script> & more | 04:30 · Bo | roles/lead.md (removed)",
                "Add the lead page | 09:00 · Ann | Home, roles/lead.md (removed)"), changes(page));
        for (Element a : page.select(".recent-pages a")) {
            assertTrue(Files.exists(site.out().resolve("overview/recent").resolve(a.attr("href")).normalize()), a.toString());
        }
        assertEquals(List.of("Home", "On call"), page.select(".recent-pages a").eachText().stream().distinct().sorted().toList());
    }

    @Test
    void widerSubjectsFalseKeepsEverySubjectToTheWholeHandbook() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                recent: {wider_subjects: false}
                -- content/index.md --
                # Home
                """);
        GitRepo.init(site.root()).commit("2026-03-01T00:00:00Z", "Ann", "Write the home page");
        assertTrue(site.build().written());
        assertEquals(List.of("Updated | 00:00 · Ann | Home"), changes(page(site)));
        assertFalse(site.output(FEED).contains("Write the home page"));
        java.nio.file.Path managers = site.root().resolve("site-managers");
        assertTrue(site.build(site.options().withOut(managers).withAudience("managers")).written());
        assertTrue(TestSite.snapshot(managers).get(PAGE) != null);
        assertEquals(List.of("Write the home page | 00:00 · Ann | Home"), changes(Jsoup.parse(
                new String(TestSite.snapshot(managers).get(PAGE), StandardCharsets.UTF_8))));
    }

    // ---- The feed ------------------------------------------------------------------------------

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static org.w3c.dom.Document atom(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e && ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String one(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0).getTextContent();
    }

    /**
     * Checks the rules of RFC 4287 a feed must follow: one id (an absolute IRI), title and updated
     * (an RFC 3339 date) in the feed and in every entry, an author with a name in the feed or in every
     * entry, and an alternate link for every entry, which has no content of type text; returns every href.
     */
    static List<String> assertValidAtom(String xml) {
        org.w3c.dom.Element feed = atom(xml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(URI.create(one(feed, "id")).isAbsolute());
        assertFalse(one(feed, "title").isBlank());
        OffsetDateTime.parse(one(feed, "updated"));
        boolean feedAuthor = !children(feed, "author").isEmpty();
        List<String> hrefs = new ArrayList<>();
        for (org.w3c.dom.Element link : children(feed, "link")) hrefs.add(link.getAttribute("href"));
        List<String> ids = new ArrayList<>();
        for (org.w3c.dom.Element entry : children(feed, "entry")) {
            String id = one(entry, "id");
            assertTrue(URI.create(id).isAbsolute(), id);
            ids.add(id);
            assertFalse(one(entry, "title").isBlank());
            OffsetDateTime.parse(one(entry, "updated"));
            List<org.w3c.dom.Element> authors = children(entry, "author");
            assertTrue(feedAuthor || !authors.isEmpty(), "an author for every entry");
            for (org.w3c.dom.Element a : authors) assertFalse(one(a, "name").isBlank());
            List<org.w3c.dom.Element> links = children(entry, "link");
            assertTrue(links.stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")), "an alternate link");
            for (org.w3c.dom.Element l : links) hrefs.add(l.getAttribute("href"));
            assertEquals("html", children(entry, "content").get(0).getAttribute("type"));
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "entry ids are unique");
        return hrefs;
    }

    @Test
    void theFeedIsValidAtomWhoseRelativeLinksLeadToPagesOfTheSite() {
        TestSite site = threeCommits("");
        assertTrue(site.build().written());
        String xml = site.output(FEED);
        List<String> hrefs = assertValidAtom(xml);
        org.w3c.dom.Element feed = atom(xml).getDocumentElement();
        assertTrue(one(feed, "id").startsWith("urn:uuid:"));
        assertEquals("2026-03-02T10:00:00Z", one(feed, "updated"), "the newest commit's date, not the build's");
        assertEquals(3, children(feed, "entry").size());
        org.w3c.dom.Element second = children(feed, "entry").get(1);
        assertEquals("Fix <script>alert(1)</script> & more", one(second, "title"));
        assertEquals("2026-03-01T23:30:00-05:00", one(second, "updated"));
        URI feedAt = site.out().resolve(FEED).toUri();
        for (String href : hrefs) {
            assertFalse(URI.create(href).isAbsolute(), href);
            URI target = feedAt.resolve(href);
            String path = target.getPath().endsWith("/") ? target.getPath() + "index.html" : target.getPath();
            assertTrue(Files.exists(java.nio.file.Path.of(path)), href + " leads to a file of the site");
            if (target.getFragment() != null) {
                assertTrue(site.output(PAGE).contains("id=\"" + target.getFragment() + "\""), href);
            }
        }
    }

    @Test
    void withBaseUrlEveryLinkOfTheFeedIsAbsoluteAndItsIdIsItsUrl() {
        TestSite site = threeCommits("base_url: https://handbook.example.org/team/\n");
        assertTrue(site.build().written());
        String xml = site.output(FEED);
        for (String href : assertValidAtom(xml)) assertTrue(href.startsWith("https://handbook.example.org/team/"), href);
        org.w3c.dom.Element feed = atom(xml).getDocumentElement();
        assertEquals("https://handbook.example.org/team/recent.xml", one(feed, "id"));
        assertTrue(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" "
                + "href=\"https://handbook.example.org/team/recent.xml\"/>"), xml);
    }

    @Test
    void characterXmlCannotHoldBecomeAReplacementMarkSoTheFeedStillParses() {
        TestSite site = TestSite.of("-- content/index.md --\n# Home\n");
        GitRepo.init(site.root()).commit("2026-03-01T00:00:00Z", "Ann\u0007", "Bell \u0007 and escape \u001b[1m");
        assertTrue(site.build().written());
        org.w3c.dom.Element entry = children(atom(site.output(FEED)).getDocumentElement(), "entry").get(0);
        assertEquals("Bell \uFFFD and escape \uFFFD[1m", one(entry, "title"));
        assertValidAtom(site.output(FEED));
    }

    @Test
    void anEditionWithNothingToShowSaysSoAndHasAValidEmptyFeed() {
        TestSite site = TestSite.of("""
                -- handbook.yml --
                audiences: [everyone, managers]
                -- content/index.md --
                # Home
                -- content/pay.md --
                ---
                audience: managers
                ---
                # Pay
                """);
        GitRepo git = GitRepo.init(site.root());
        git.git("add", "content/pay.md");
        git.commitStaged("2026-03-01T00:00:00Z", "Ann", "Pay bands");
        assertTrue(site.build().written());
        assertEquals(List.of(), changes(page(site)));
        assertEquals("No changes to show yet.", page(site).selectFirst(".all-clear").text());
        String xml = site.output(FEED);
        assertValidAtom(xml);
        org.w3c.dom.Element feed = atom(xml).getDocumentElement();
        assertEquals("1970-01-01T00:00:00Z", one(feed, "updated"), "no date of a commit the edition may not show");
        assertEquals(0, children(feed, "entry").size());
    }

    // ---- Same bytes every time -----------------------------------------------------------------

    @Test
    void theSameHistoryGivesTheSameBytesWhateverTheThreadCount() {
        TestSite site = threeCommits("");
        java.nio.file.Path one = site.root().resolve("one");
        java.nio.file.Path four = site.root().resolve("four");
        assertTrue(site.build(site.options().withOut(one).withThreads(1)).written());
        assertTrue(site.build(site.options().withOut(four).withThreads(4)).written());
        TestSite.assertSameFiles(TestSite.snapshot(one), TestSite.snapshot(four));
    }
}
