package dev.handbook.resolve;

import dev.handbook.model.Page;
import dev.handbook.model.Process;
import dev.handbook.model.Projections;
import dev.handbook.model.Ritual;
import dev.handbook.model.Role;
import dev.handbook.model.Runbook;
import dev.handbook.model.Team;
import dev.handbook.model.TypedValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the typed projection of every page of a built-in type from the fields {@link FieldTyper}
 * typed (and reported problems with). The only place that reads the built-in types' fields by name:
 * a field that is missing, or of another kind because a handbook changed the type's schema, is empty.
 */
final class Projector {
    private Projector() {
    }

    static Projections project(List<Page> pages, List<Map<String, TypedValue>> typed) {
        List<Role> roles = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        List<Ritual> rituals = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        List<Runbook> runbooks = new ArrayList<>();
        for (Page p : pages) {
            Fields f = new Fields(typed.get(p.index()));
            switch (p.type()) {
                case "role" -> roles.add(new Role(p.index(), f.text("summary"), f.ref("reports_to"),
                        f.texts("measures_of_success"), responsibilities(f), f.texts("skills")));
                case "team" -> teams.add(new Team(p.index(), f.text("mission"), members(f),
                        f.value("members").map(TypedValue::pos), f.refs("leads"), f.refs("rituals")));
                case "ritual" -> rituals.add(new Ritual(p.index(),
                        f.value("cadence").flatMap(v -> v instanceof TypedValue.Every e ? Optional.of(e.cadence()) : Optional.empty()),
                        f.duration("duration"), f.ref("facilitator"), f.refs("attendees"), f.flag("optional"),
                        f.text("purpose"), f.texts("inputs"), f.texts("outputs"),
                        Ritual.Schedule.of(f.text("day"), f.text("time")), f.text("per").filter("report"::equals).isPresent(),
                        f.text("only_while")));
                case "process" -> processes.add(new Process(p.index(), f.ref("owner"), f.texts("steps"),
                        f.texts("definition_of_done")));
                case "runbook" -> runbooks.add(new Runbook(p.index(), f.text("service"), f.text("severity"),
                        f.text("trigger"), f.ref("owner"), f.refs("escalation"), f.date("last_tested")));
                default -> {
                }
            }
        }
        return new Projections(roles, teams, rituals, processes, runbooks);
    }

    private static List<Role.Responsibility> responsibilities(Fields f) {
        List<Role.Responsibility> out = new ArrayList<>();
        for (TypedValue.Obj o : f.objects("responsibilities")) {
            Fields r = new Fields(o.fields());
            out.add(new Role.Responsibility(r.text("title"), r.refs("with"), r.value("title").orElse(o).pos()));
        }
        return out;
    }

    /** Every item counts as a member, as the size class counts them, even one the schema made something else. */
    private static List<Team.Member> members(Fields f) {
        List<Team.Member> out = new ArrayList<>();
        for (TypedValue v : f.items("members")) {
            Fields m = new Fields(v instanceof TypedValue.Obj o ? o.fields() : Map.of());
            out.add(new Team.Member(m.text("name"), m.ref("role")));
        }
        return out;
    }

    /** One page's (or one mapping's) typed fields, read by the kind each should have. */
    private record Fields(Map<String, TypedValue> fields) {
        Optional<TypedValue> value(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        Optional<String> text(String key) {
            return fields.get(key) instanceof TypedValue.Text t ? Optional.of(t.text()) : Optional.empty();
        }

        Optional<Duration> duration(String key) {
            return fields.get(key) instanceof TypedValue.Span s ? Optional.of(s.duration()) : Optional.empty();
        }

        Optional<LocalDate> date(String key) {
            return fields.get(key) instanceof TypedValue.Day d ? Optional.of(d.date()) : Optional.empty();
        }

        boolean flag(String key) {
            return fields.get(key) instanceof TypedValue.Bool b && b.value();
        }

        Optional<TypedValue.Ref> ref(String key) {
            return fields.get(key) instanceof TypedValue.Ref r ? Optional.of(r) : Optional.empty();
        }

        List<TypedValue> items(String key) {
            return fields.get(key) instanceof TypedValue.Items items ? items.items() : List.of();
        }

        List<String> texts(String key) {
            List<String> out = new ArrayList<>();
            for (TypedValue v : items(key)) if (v instanceof TypedValue.Text t) out.add(t.text());
            return out;
        }

        List<TypedValue.Ref> refs(String key) {
            List<TypedValue.Ref> out = new ArrayList<>();
            for (TypedValue v : items(key)) if (v instanceof TypedValue.Ref r) out.add(r);
            return out;
        }

        List<TypedValue.Obj> objects(String key) {
            List<TypedValue.Obj> out = new ArrayList<>();
            for (TypedValue v : items(key)) if (v instanceof TypedValue.Obj o) out.add(o);
            return out;
        }
    }
}
