package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations between typed pages, computed once per site so each page's view looks them up instead
 * of scanning every page: a role's direct reports, the teams it leads, its matrix rows.
 */
final class SiteIndex {
    private final Map<Integer, List<Integer>> reports = new HashMap<>();
    private final Map<Integer, List<Integer>> teamsLed = new HashMap<>();
    private final Map<Integer, List<Integer>> teamsRunning = new HashMap<>();
    private final Map<Integer, List<Matrix.Row>> matrixRows = new HashMap<>();

    SiteIndex(ResolvedSite site) {
        for (Page p : site.pages()) {
            Map<String, TypedValue> f = site.fields(p.index());
            if (p.type().equals("role") && f.get("reports_to") instanceof TypedValue.Ref r && r.page().isPresent()) {
                reports.computeIfAbsent(r.page().get(), k -> new ArrayList<>()).add(p.index());
            }
            if (p.type().equals("team")) {
                refs(f.get("leads"), role -> teamsLed.computeIfAbsent(role, k -> new ArrayList<>()).add(p.index()));
                refs(f.get("rituals"), ritual -> teamsRunning.computeIfAbsent(ritual, k -> new ArrayList<>()).add(p.index()));
            }
        }
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

    private static void refs(TypedValue v, java.util.function.IntConsumer each) {
        if (!(v instanceof TypedValue.Items items)) return;
        for (TypedValue i : items.items()) {
            if (i instanceof TypedValue.Ref r && r.page().isPresent()) each.accept(r.page().get());
        }
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

    List<Matrix.Row> matrixRows(int role) {
        return matrixRows.getOrDefault(role, List.of());
    }
}
