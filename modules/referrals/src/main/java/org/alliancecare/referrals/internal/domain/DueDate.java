package org.alliancecare.referrals.internal.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.referrals.api.Urgency;

/**
 * When a referral is due: the date the requester gives, else {@value #URGENT_DAYS} days after the
 * request for an URGENT one and {@value #ROUTINE_DAYS} days for a ROUTINE one (DOMAIN.md,
 * Referrals); never later than a deadline that a rule sets ({@link InfantHearingRule}), which wins
 * over a later date given by hand.
 */
public final class DueDate {

  public static final int URGENT_DAYS = 7;
  public static final int ROUTINE_DAYS = 30;

  private DueDate() {}

  public static LocalDate byUrgency(Urgency urgency, LocalDate requestedOn) {
    return requestedOn.plusDays(urgency == Urgency.URGENT ? URGENT_DAYS : ROUTINE_DAYS);
  }

  /**
   * The due date of a referral requested on {@code requestedOn}.
   *
   * @param given the date the requester asked for, or {@code null}; it may not lie before the day
   *     of the request
   * @param latest a deadline that a rule sets, if any
   */
  public static LocalDate of(
      Urgency urgency, LocalDate requestedOn, LocalDate given, Optional<LocalDate> latest) {
    if (given != null && given.isBefore(requestedOn)) {
      throw InvalidInput.of("dueOn", "not-before-request-day", requestedOn);
    }
    LocalDate due = given != null ? given : byUrgency(urgency, requestedOn);
    return latest.filter(deadline -> deadline.isBefore(due)).orElse(due);
  }
}
