package dev.handbook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of type {@code process} (a way of working), its fields as the process schema typed them.
 * Built once by the resolver, after the fields were checked.
 *
 * @param page             the page's index
 * @param owner            the role that owns and improves the process
 * @param steps            the steps, in order
 * @param definitionOfDone what must be true before the work counts as done
 */
public record Process(int page, Optional<TypedValue.Ref> owner, List<String> steps, List<String> definitionOfDone) {
    public Process {
        Objects.requireNonNull(owner, "owner");
        steps = List.copyOf(steps);
        definitionOfDone = List.copyOf(definitionOfDone);
    }
}
