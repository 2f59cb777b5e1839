package org.alliancecare.rehabilitation.internal.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;

/**
 * A planned step of a case: PLANNED → ACHIEVED (on a day, with evidence) or SKIPPED (for a reason).
 * One planned from a template that runs {@code after} another keeps the offset ({@code
 * dueAfterMonths}, {@code dueAfterDays}), so that it can be planned again from the day the other is
 * achieved. Changed only through its {@link CaseFile}.
 */
public final class Milestone {

  private final MilestoneId id;
  private final Condition condition;
  private final String kind;
  private final String title;
  private LocalDate dueOn;
  private MilestoneStatus status;
  private LocalDate achievedOn;
  private String evidence;
  private String skipReason;
  private final boolean custom;
  private final int position;
  private final String after;
  private final int dueAfterMonths;
  private final int dueAfterDays;

  public Milestone(
      MilestoneId id,
      Condition condition,
      String kind,
      String title,
      LocalDate dueOn,
      MilestoneStatus status,
      LocalDate achievedOn,
      String evidence,
      String skipReason,
      boolean custom,
      int position,
      String after,
      int dueAfterMonths,
      int dueAfterDays) {
    this.id = Objects.requireNonNull(id, "id");
    this.condition = condition;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.status = Objects.requireNonNull(status, "status");
    this.achievedOn = achievedOn;
    this.evidence = evidence;
    this.skipReason = skipReason;
    this.custom = custom;
    this.position = position;
    this.after = after;
    this.dueAfterMonths = dueAfterMonths;
    this.dueAfterDays = dueAfterDays;
  }

  void achieve(LocalDate on, String evidence, LocalDate today) {
    Objects.requireNonNull(on, "on");
    if (on.isAfter(today)) {
      throw InvalidInput.of("on", "not-in-future-today-is", today);
    }
    requirePlanned(MilestoneStatus.ACHIEVED);
    this.status = MilestoneStatus.ACHIEVED;
    this.achievedOn = on;
    this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
  }

  void skip(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "required");
    }
    requirePlanned(MilestoneStatus.SKIPPED);
    this.status = MilestoneStatus.SKIPPED;
    this.skipReason = reason.strip();
  }

  /** Plans it again from {@code base}, the due or achieved date of the milestone it runs after. */
  boolean replanFrom(LocalDate base) {
    LocalDate replanned = base.plusMonths(dueAfterMonths).plusDays(dueAfterDays);
    if (replanned.equals(dueOn)) {
      return false;
    }
    dueOn = replanned;
    return true;
  }

  private void requirePlanned(MilestoneStatus target) {
    if (status != MilestoneStatus.PLANNED) {
      throw new InvalidTransition("A milestone", status, target);
    }
  }

  public boolean isPlanned() {
    return status == MilestoneStatus.PLANNED;
  }

  /** PLANNED and {@code today} is after the due date: on the due date itself it is not late. */
  public boolean isOverdueOn(LocalDate today) {
    return isPlanned() && today.isAfter(dueOn);
  }

  /** Whether it is planned after the milestone of {@code anchorKind} of the same condition. */
  boolean runsAfter(Condition anchorCondition, String anchorKind) {
    return after != null && after.equals(anchorKind) && Objects.equals(condition, anchorCondition);
  }

  public MilestoneId id() {
    return id;
  }

  public Condition condition() {
    return condition;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public MilestoneStatus status() {
    return status;
  }

  public LocalDate achievedOn() {
    return achievedOn;
  }

  public String evidence() {
    return evidence;
  }

  public String skipReason() {
    return skipReason;
  }

  public boolean custom() {
    return custom;
  }

  public int position() {
    return position;
  }

  public String after() {
    return after;
  }

  public int dueAfterMonths() {
    return dueAfterMonths;
  }

  public int dueAfterDays() {
    return dueAfterDays;
  }
}
