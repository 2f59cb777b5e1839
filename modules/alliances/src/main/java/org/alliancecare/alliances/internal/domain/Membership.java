package org.alliancecare.alliances.internal.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.alliancecare.alliances.api.MembershipRole;

/**
 * A practitioner in a role in an alliance over the days {@code [since, endsOn)}; {@code endsOn} is
 * {@code null} while the membership is open-ended. A membership is never deleted: ending it sets
 * {@code endsOn} and the reason.
 */
public final class Membership {

  private final MembershipId id;
  private final String practitionerId;
  private final MembershipRole role;
  private final LocalDate since;
  private LocalDate endsOn;
  private String endReason;
  private boolean ended;

  public Membership(
      MembershipId id,
      String practitionerId,
      MembershipRole role,
      LocalDate since,
      LocalDate endsOn,
      String endReason) {
    this.id = Objects.requireNonNull(id, "id");
    this.practitionerId = Objects.requireNonNull(practitionerId, "practitionerId");
    this.role = Objects.requireNonNull(role, "role");
    this.since = Objects.requireNonNull(since, "since");
    if (endsOn != null && endsOn.isBefore(since)) {
      throw new IllegalArgumentException("a membership cannot end before it begins");
    }
    this.endsOn = endsOn;
    this.endReason = endReason;
  }

  /** Whether the membership holds on the day. */
  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(since) && (endsOn == null || day.isBefore(endsOn));
  }

  /** Whether the membership still holds on some day from {@code day} on. */
  public boolean runsInto(LocalDate day) {
    return endsOn == null || endsOn.isAfter(day);
  }

  boolean isLead() {
    return role == MembershipRole.LEAD;
  }

  /** Ends the membership: from {@code day} on it no longer holds. */
  void endOn(LocalDate day, String reason) {
    if (day.isBefore(since)) {
      throw new IllegalArgumentException("a membership cannot end before it begins");
    }
    this.endsOn = day;
    this.endReason = reason;
    this.ended = true;
  }

  /** Whether {@link #endOn} was called since it was loaded. */
  public boolean wasEnded() {
    return ended;
  }

  public MembershipId id() {
    return id;
  }

  public String practitionerId() {
    return practitionerId;
  }

  public MembershipRole role() {
    return role;
  }

  public LocalDate since() {
    return since;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String endReason() {
    return endReason;
  }

  @Override
  public String toString() {
    return role + " " + practitionerId + " [" + since + ", " + endsOn + ")";
  }
}
