package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of type {@code role}, its fields as the role schema typed them. Built once by the resolver,
 * after the fields were checked; read by the org chart, the responsibility matrix, the rituals'
 * time per role and the role's own page. A field the page does not set (or set wrongly, which the
 * resolver reported) is empty.
 *
 * @param page              the page's index
 * @param summary           what the role is for
 * @param reportsTo         the role it reports to; a hidden reference when the edition leaves that role out
 * @param measuresOfSuccess how we know someone in the role does well
 * @param responsibilities  what the role is responsible for, in the order written
 * @param skills            skills the role draws on
 */
public record Role(int page, Optional<String> summary, Optional<TypedValue.Ref> reportsTo,
                   List<String> measuresOfSuccess, List<Responsibility> responsibilities, List<String> skills) {
    public Role {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reportsTo, "reportsTo");
        measuresOfSuccess = List.copyOf(measuresOfSuccess);
        responsibilities = List.copyOf(responsibilities);
        skills = List.copyOf(skills);
    }

    /** The page of the role this one reports to, when the edition has it. */
    public Optional<Integer> manager() {
        return reportsTo.flatMap(TypedValue.Ref::page);
    }

    /** One responsibility, where its title was written, and the roles ({@code with}) it is shared with. */
    public record Responsibility(Optional<String> title, List<TypedValue.Ref> with, SourcePos pos) {
        public Responsibility {
            Objects.requireNonNull(title, "title");
            with = List.copyOf(with);
            Objects.requireNonNull(pos, "pos");
        }
    }
}
