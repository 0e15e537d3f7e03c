package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Role;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations between typed pages, read from their projections once per site so each page's view
 * looks them up instead of scanning every page: a role's direct reports, the teams it leads, the
 * teams that run a ritual, a role's matrix rows.
 */
final class SiteIndex {
    private final Map<Integer, List<Integer>> reports = new HashMap<>();
    private final Map<Integer, List<Integer>> teamsLed = new HashMap<>();
    private final Map<Integer, List<Integer>> teamsRunning = new HashMap<>();
    private final Map<Integer, List<Matrix.Row>> matrixRows = new HashMap<>();
    private final java.util.Optional<Integer> matrixPage;

    SiteIndex(ResolvedSite site) {
        for (Role role : site.projections().roles()) {
            role.manager().ifPresent(m -> reports.computeIfAbsent(m, k -> new ArrayList<>()).add(role.page()));
        }
        for (Team team : site.projections().teams()) {
            for (TypedValue.Ref lead : team.leads()) {
                lead.page().ifPresent(r -> teamsLed.computeIfAbsent(r, k -> new ArrayList<>()).add(team.page()));
            }
            for (TypedValue.Ref ritual : team.rituals()) {
                ritual.page().ifPresent(r -> teamsRunning.computeIfAbsent(r, k -> new ArrayList<>()).add(team.page()));
            }
        }
        matrixPage = site.pages().stream().filter(p -> p.type().equals("responsibilities")).map(p -> p.index())
                .findFirst();
        site.matrix().ifPresent(m -> {
            for (Matrix.Row row : m.rows()) {
                java.util.Set<Integer> roles = new java.util.TreeSet<>();
                roles.addAll(row.responsible());
                roles.addAll(row.accountable());
                roles.addAll(row.consulted());
                roles.addAll(row.informed());
                for (int role : roles) matrixRows.computeIfAbsent(role, k -> new ArrayList<>()).add(row);
            }
        });
    }

    List<Integer> directReports(int role) {
        return reports.getOrDefault(role, List.of());
    }

    List<Integer> teamsLedBy(int role) {
        return teamsLed.getOrDefault(role, List.of());
    }

    List<Integer> teamsRunning(int ritual) {
        return teamsRunning.getOrDefault(ritual, List.of());
    }

    /** The generated page that shows the whole matrix, when the site has one. */
    java.util.Optional<Integer> matrixPage() {
        return matrixPage;
    }

    List<Matrix.Row> matrixRows(int role) {
        return matrixRows.getOrDefault(role, List.of());
    }
}
