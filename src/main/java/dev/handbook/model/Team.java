package dev.handbook.model;

import dev.handbook.diag.SourcePos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of type {@code team}, its fields as the team schema typed them. Built once by the resolver,
 * after the fields were checked. Members the edition's audience may not see are not in it.
 *
 * @param page       the page's index
 * @param mission    why the team exists
 * @param members    the people in the team, in the order written; their number gives the size class
 * @param membersPos where the member list was written, for messages about the team's size
 * @param leads      the roles that lead the team
 * @param rituals    the rituals the team runs
 */
public record Team(int page, Optional<String> mission, List<Member> members, Optional<SourcePos> membersPos,
                   List<TypedValue.Ref> leads, List<TypedValue.Ref> rituals) {
    public Team {
        Objects.requireNonNull(mission, "mission");
        members = List.copyOf(members);
        Objects.requireNonNull(membersPos, "membersPos");
        leads = List.copyOf(leads);
        rituals = List.copyOf(rituals);
    }

    /** One person in the team and their role. */
    public record Member(Optional<String> name, Optional<TypedValue.Ref> role) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** How big a team is: 4-7 members is small, 8-11 medium, 12 or more large, fewer than 4 not a team yet. */
    public enum SizeClass {
        TOO_SMALL, SMALL, MEDIUM, LARGE;

        public static SizeClass of(int members) {
            if (members >= 12) return LARGE;
            if (members >= 8) return MEDIUM;
            if (members >= 4) return SMALL;
            return TOO_SMALL;
        }
    }

    public SizeClass size() {
        return SizeClass.of(members.size());
    }
}
