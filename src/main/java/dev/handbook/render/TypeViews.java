package dev.handbook.render;

import dev.handbook.model.Matrix;
import dev.handbook.model.Page;
import dev.handbook.model.TypedValue;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.validate.TeamSize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a typed page shows besides its own fields, from its relations to other pages (looked up in
 * the {@link SiteIndex}, never by scanning the site):
 * <ul>
 *   <li>role: {@code directReports}, {@code teams} it leads, {@code matrix} rows ({@link MatrixEntry})</li>
 *   <li>team: {@code size} (small, medium, large or "below four"), {@code memberCount}</li>
 *   <li>ritual: {@code perWeek} (time per attendee per week), {@code teams} that run it</li>
 * </ul>
 */
public final class TypeViews {
    /** One matrix row as a role page lists it: the activity and the role's letter (R, A, C, I). */
    public record MatrixEntry(String activity, String letter, String audience) {
    }

    private TypeViews() {
    }

    static Map<String, Object> extra(ResolvedSite site, SiteIndex index, Page page, String root) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = page.index();
        switch (page.type()) {
            case "role" -> {
                out.put("directReports", links(site, index.directReports(i), root));
                out.put("teams", links(site, index.teamsLedBy(i), root));
                List<MatrixEntry> rows = new ArrayList<>();
                for (Matrix.Row row : index.matrixRows(i)) {
                    rows.add(new MatrixEntry(row.activity(), row.letterFor(i), row.audience().isEmpty() ? null : row.audience()));
                }
                out.put("matrix", rows);
            }
            case "team" -> {
                int n = TeamSize.members(site, i);
                out.put("memberCount", n);
                out.put("size", sizeLabel(TeamSize.classify(n)));
            }
            case "ritual" -> {
                out.put("perWeek", perWeek(site, i).map(FieldViews::duration).orElse(null));
                out.put("teams", links(site, index.teamsRunning(i), root));
            }
            default -> {
            }
        }
        return out;
    }

    /** Minutes per attendee per week: duration times how often it happens in an average week. */
    static java.util.Optional<java.time.Duration> perWeek(ResolvedSite site, int ritual) {
        Map<String, TypedValue> f = site.fields(ritual);
        if (f.get("duration") instanceof TypedValue.Span d && f.get("cadence") instanceof TypedValue.Every c) {
            long minutes = Math.round(d.duration().toMinutes() * c.cadence().perWeek());
            return java.util.Optional.of(java.time.Duration.ofMinutes(Math.max(1, minutes)));
        }
        return java.util.Optional.empty();
    }

    /** The one-line summary of a typed page on its section's listing. */
    static String meta(ResolvedSite site, Page page) {
        Map<String, TypedValue> f = site.fields(page.index());
        return switch (page.type()) {
            case "role" -> f.get("reports_to") instanceof TypedValue.Ref r && r.page().isPresent()
                    ? "Reports to " + site.page(r.page().get()).title() : "";
            case "team" -> {
                int n = TeamSize.members(site, page.index());
                yield sizeLabel(TeamSize.classify(n)) + " team · " + n + (n == 1 ? " member" : " members");
            }
            case "ritual" -> join(f.get("cadence") instanceof TypedValue.Every c ? capitalise(c.cadence().label()) : "",
                    f.get("duration") instanceof TypedValue.Span d ? FieldViews.duration(d.duration()) : "",
                    f.get("optional") instanceof TypedValue.Bool b && b.value() ? "optional" : "");
            case "runbook" -> join(f.get("severity") instanceof TypedValue.Text t ? t.text() : "",
                    f.get("service") instanceof TypedValue.Text t ? t.text() : "");
            case "process" -> f.get("owner") instanceof TypedValue.Ref r && r.page().isPresent()
                    ? "Owned by " + site.page(r.page().get()).title() : "";
            default -> "";
        };
    }

    static String sizeLabel(TeamSize.SizeClass size) {
        return switch (size) {
            case TOO_SMALL -> "Below four";
            case SMALL -> "Small";
            case MEDIUM -> "Medium";
            case LARGE -> "Large";
        };
    }

    static List<Views.LinkView> links(ResolvedSite site, List<Integer> pages, String root) {
        List<Views.LinkView> out = new ArrayList<>(pages.size());
        for (int p : pages) out.add(SiteRenderer.link(site.page(p), root));
        return out;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (sb.length() > 0) sb.append(" · ");
            sb.append(p);
        }
        return sb.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
