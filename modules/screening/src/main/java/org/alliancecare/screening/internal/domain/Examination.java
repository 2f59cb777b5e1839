package org.alliancecare.screening.internal.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * What was done, when, by whom and where: the parts of a screening that no correction changes.
 * {@code performedAt} is kept to the microsecond, the precision in which it is stored.
 *
 * @param clinic the outreach clinic, or {@code null} for a screening outside one
 */
public record Examination(
    ScreeningKind kind,
    ScreeningMethod method,
    Instant performedAt,
    Performer performer,
    ClinicId clinic) {

  public Examination {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(performedAt, "performedAt");
    Objects.requireNonNull(performer, "performer");
    Objects.requireNonNull(performer.username(), "performer.username");
    performedAt = performedAt.truncatedTo(ChronoUnit.MICROS);
  }
}
