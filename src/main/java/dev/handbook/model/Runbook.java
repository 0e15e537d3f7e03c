package dev.handbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of type {@code runbook}, its fields as the runbook schema typed them. Built once by the
 * resolver, after the fields were checked; read by the runbook index and the runbook's own page.
 *
 * @param page       the page's index
 * @param service    the service or area it is for
 * @param severity   SEV1 to SEV4
 * @param trigger    the alert or symptom that starts it
 * @param owner      the role that owns it
 * @param escalation who to escalate to, in order
 * @param lastTested when it was last rehearsed
 */
public record Runbook(int page, Optional<String> service, Optional<String> severity, Optional<String> trigger,
                      Optional<TypedValue.Ref> owner, List<TypedValue.Ref> escalation, Optional<LocalDate> lastTested) {
    public Runbook {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(owner, "owner");
        escalation = List.copyOf(escalation);
        Objects.requireNonNull(lastTested, "lastTested");
    }
}
