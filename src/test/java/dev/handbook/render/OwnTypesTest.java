package dev.handbook.render;

import dev.handbook.TestSite;
import dev.handbook.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The template API for types a handbook adds stays {@code page.fields} (and {@code page.facts}),
 * while the built-in types' layouts read {@code page.details} (issue 25.1). The expected HTML is what
 * the renderer wrote before the views were typed.
 */
class OwnTypesTest {
    private static final String SITE = """
            -- handbook.yml --
            title: T
            audiences: [everyone, managers]
            -- themes/default/types/okr.yml --
            label: Objective
            plural: Objectives
            fields:
              objective: {kind: text, required: true}
              owner: {kind: ref, to: team}
              due: date
              helpers: {kind: list, of: {kind: ref, to: role}}
              detail:
                kind: object
                fields:
                  zeta: {kind: text}
                  alpha: {kind: ref, to: role}
            -- themes/default/layouts/okr.peb --
            {% extends "layouts/base.peb" %}{% block main %}<ul>{% for f in page.fields %}<li>{{ f.key }}: {{ f.value }}</li>{% endfor %}</ul>
            {% for h in page.fields.helpers %}<a href="{{ h.href }}">{{ h.title }}</a>{% endfor %}{% endblock %}
            -- themes/default/types/adr.yml --
            label: Decision
            plural: Decisions
            fields:
              status: {kind: enum, values: [proposed, accepted]}
              deciders: {kind: list, of: {kind: ref, to: role}}
              sponsor: {kind: ref, to: role}
              context:
                kind: object
                fields:
                  by: {kind: ref, to: role}
                  note: {kind: text}
            -- content/roles/lead.md --
            ---
            type: role
            summary: Leads.
            ---
            -- content/roles/exec.md --
            ---
            type: role
            summary: Hidden.
            audience: managers
            ---
            -- content/okrs/grow.md --
            ---
            type: okr
            objective: Grow & learn.
            helpers: [exec, lead]
            detail: {alpha: lead, zeta: last}
            ---
            -- content/adrs/java.md --
            ---
            type: adr
            status: accepted
            deciders: [lead, exec]
            ---
            -- content/adrs/hidden-sponsor.md --
            ---
            type: adr
            status: proposed
            sponsor: exec
            deciders: [exec]
            context: {by: lead, note: From the review.}
            ---
            """;

    @Test
    void anOwnLayoutLoopsOverItsFieldsInSchemaOrder() {
        TestSite site = TestSite.of(SITE);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String html = site.output("okrs/grow/index.html");
        assertTrue(html.contains("<ul><li>objective: Grow &amp; learn.</li><li>owner: </li><li>due: </li>"
                + "<li>helpers: [LinkView[title=Lead, href=../../roles/lead/index.html]]</li>"
                + "<li>detail: {zeta=last, alpha=LinkView[title=Lead, href=../../roles/lead/index.html]}</li></ul>\n"
                + "<a href=\"../../roles/lead/index.html\">Lead</a>"), html);
    }

    @Test
    void aTypeWithoutALayoutShowsItsFactSheet() {
        TestSite site = TestSite.of(SITE);
        site.build();
        String html = site.output("adrs/java/index.html");
        assertTrue(html.contains("<p class=\"type-label\">Decision</p>"), html);
        assertTrue(html.contains("<div><dt>Status</dt><dd>accepted</dd></div>\n  <div><dt>Deciders</dt><dd>Lead</dd></div>"),
                html);
    }

    @Test
    void aFactSheetLeavesOutWhatThisEditionHidesAndWritesAMappingAsText() {
        TestSite site = TestSite.of(SITE);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String html = site.output("adrs/hidden-sponsor/index.html");
        assertFalse(html.contains("null"), html);
        assertFalse(html.contains("<dt>Sponsor</dt>"), "a reference to a page this edition leaves out is no fact: " + html);
        assertFalse(html.contains("<dt>Deciders</dt>"), "nor a list of only such references: " + html);
        assertTrue(html.contains("<div><dt>Context</dt><dd>By: Lead; Note: From the review.</dd></div>"), html);
        assertTrue(site.build(site.options().withAudience("managers")).ok());
        String managers = site.output("adrs/hidden-sponsor/index.html");
        assertTrue(managers.contains("<div><dt>Sponsor</dt><dd>Exec</dd></div>"), managers);
    }

    @Test
    void aBuiltInLayoutReadsItsTypedViewAndNotTheGenericFields() {
        TestSite site = TestSite.of(SITE + """
                -- themes/default/layouts/role.peb --
                {% extends "layouts/base.peb" %}{% block main %}<p id="s">{{ page.details.summary }}</p>{{ page.fields.summary }}{% endblock %}
                """);
        BuildResult r = site.build();
        assertEquals(List.of("themes/default/layouts/role.peb:1: error: template error: Attribute [summary] of "
                + "[dev.handbook.render.FieldMap] does not exist or can not be accessed and strict variables is set to true."),
                TestSite.errors(r).stream().distinct().toList());
    }
}
