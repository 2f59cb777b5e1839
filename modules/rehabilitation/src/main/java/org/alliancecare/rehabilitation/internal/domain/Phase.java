package org.alliancecare.rehabilitation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.rehabilitation.api.PhaseStatus;

/**
 * A numbered enrolment period of a program: PLANNED → OPEN → CLOSED, with an optional quota of
 * cases enrolled in it. That at most one phase of a program is OPEN is checked by the program's
 * phases ({@link #requireNoneOpen}) and enforced by the database as well.
 */
public final class Phase {

  private final String programCode;
  private final int number;
  private final LocalDate startsOn;
  private final LocalDate endsOn;
  private final Integer quota;
  private PhaseStatus status;
  private Instant openedAt;
  private Instant closedAt;
  private long version;

  public Phase(
      String programCode,
      int number,
      LocalDate startsOn,
      LocalDate endsOn,
      Integer quota,
      PhaseStatus status,
      Instant openedAt,
      Instant closedAt,
      long version) {
    this.programCode = Objects.requireNonNull(programCode, "programCode");
    if (number < 1) {
      throw InvalidInput.of("number", "must-1-or-more");
    }
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw InvalidInput.of("endsOn", "not-before-starts-on", startsOn);
    }
    if (quota != null && quota < 1) {
      throw InvalidInput.of("quota", "must-1-or-more-or-absent-for");
    }
    this.number = number;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.quota = quota;
    this.status = Objects.requireNonNull(status, "status");
    this.openedAt = openedAt;
    this.closedAt = closedAt;
    this.version = version;
  }

  /** A new phase, PLANNED, at version 1. */
  public static Phase plan(
      String programCode, int number, LocalDate startsOn, LocalDate endsOn, Integer quota) {
    return new Phase(
        programCode, number, startsOn, endsOn, quota, PhaseStatus.PLANNED, null, null, 1);
  }

  /** Refuses a second phase of the same number among {@code existing}. */
  public static void requireNumberFree(int number, List<Phase> existing) {
    if (existing.stream().anyMatch(p -> p.number == number)) {
      throw new PhaseNumberTaken(number);
    }
  }

  /** Refuses to open a phase while another of {@code phases} is OPEN. */
  public static void requireNoneOpen(List<Phase> phases) {
    phases.stream()
        .filter(p -> p.status == PhaseStatus.OPEN)
        .findFirst()
        .ifPresent(
            open -> {
              throw new AnotherPhaseOpen(open.number);
            });
  }

  /**
   * The phase that the open cases of phase {@code closing} are carried into: the next PLANNED or
   * OPEN.
   */
  public static Optional<Phase> nextAfter(int closing, List<Phase> phases) {
    return phases.stream()
        .filter(p -> p.number > closing && p.status != PhaseStatus.CLOSED)
        .min(Comparator.comparingInt(Phase::number));
  }

  public void open(Instant at) {
    if (status != PhaseStatus.PLANNED) {
      throw new InvalidTransition("A phase", status, PhaseStatus.OPEN);
    }
    status = PhaseStatus.OPEN;
    openedAt = at;
  }

  public void close(Instant at) {
    if (status != PhaseStatus.OPEN) {
      throw new InvalidTransition("A phase", status, PhaseStatus.CLOSED);
    }
    status = PhaseStatus.CLOSED;
    closedAt = at;
  }

  /** Refuses one more enrolment when {@code enrolled} cases have used up the quota. */
  public void requireRoomAfter(int enrolled) {
    if (quota != null && enrolled >= quota) {
      throw new PhaseQuotaReached(number, quota);
    }
  }

  public void stored(long newVersion) {
    this.version = newVersion;
  }

  public String programCode() {
    return programCode;
  }

  public int number() {
    return number;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Integer quota() {
    return quota;
  }

  public PhaseStatus status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }
}
