package org.alliancecare.rehabilitation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.PhaseHistoryEntry;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;

/**
 * One child's enrolment in a program (救助个案), from enrolment to closure, possibly across phases: its
 * stage, its milestones and the history of both. Every change goes through a method that checks the
 * case is still open and that the stage or milestone may make that step.
 */
public final class CaseFile {

  private final CaseId id;
  private final CaseNumber number;
  private PatientId patient;
  private final String programCode;
  private final Set<Condition> conditions;
  private final int enrolmentPhase;
  private int currentPhase;
  private final LocalDate enrolledOn;
  private final Placement placement;
  private final String sourceScreeningId;
  private final String sourceReferralId;
  private Stage stage;
  private CaseOutcome outcome;
  private LocalDate closedOn;
  private final Instant enrolledAt;
  private final String enrolledBy;
  private long version;
  private final List<Milestone> milestones;
  private final List<PhaseHistoryEntry> phaseHistory;
  private final List<StageHistoryEntry> stageHistory;

  /**
   * Where the child lived at enrolment: the place, its county-level place (for reports by county)
   * and the place with every place above it (for lists by place at any level).
   */
  public record Placement(String placeCode, String countyCode, List<String> placeAndAncestors) {

    public Placement {
      Objects.requireNonNull(placeCode, "placeCode");
      placeAndAncestors = List.copyOf(placeAndAncestors);
      if (placeAndAncestors.isEmpty() || !placeAndAncestors.get(0).equals(placeCode)) {
        throw new IllegalArgumentException("the ancestry starts with the place itself");
      }
    }
  }

  /** The state of a case as stored; use {@link #enrol} for a new one. */
  public record Snapshot(
      CaseId id,
      CaseNumber number,
      PatientId patient,
      String programCode,
      Set<Condition> conditions,
      int enrolmentPhase,
      int currentPhase,
      LocalDate enrolledOn,
      Placement placement,
      String sourceScreeningId,
      String sourceReferralId,
      Stage stage,
      CaseOutcome outcome,
      LocalDate closedOn,
      Instant enrolledAt,
      String enrolledBy,
      long version,
      List<Milestone> milestones,
      List<PhaseHistoryEntry> phaseHistory,
      List<StageHistoryEntry> stageHistory) {}

  /** What achieving a milestone changed: the milestone and those planned again after it. */
  public record Achieved(Milestone milestone, List<Rescheduled> rescheduled) {}

  /** A milestone planned again: its due date moved from {@code previousDueOn}. */
  public record Rescheduled(Milestone milestone, LocalDate previousDueOn) {}

  private CaseFile(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.number = Objects.requireNonNull(s.number(), "number");
    this.patient = Objects.requireNonNull(s.patient(), "patient");
    this.programCode = Objects.requireNonNull(s.programCode(), "programCode");
    if (s.conditions().isEmpty()) {
      throw InvalidInput.of("conditions", "name-at-least-one-condition");
    }
    this.conditions = Set.copyOf(EnumSet.copyOf(s.conditions()));
    this.enrolmentPhase = s.enrolmentPhase();
    this.currentPhase = s.currentPhase();
    this.enrolledOn = Objects.requireNonNull(s.enrolledOn(), "enrolledOn");
    this.placement = Objects.requireNonNull(s.placement(), "placement");
    this.sourceScreeningId = s.sourceScreeningId();
    this.sourceReferralId = s.sourceReferralId();
    this.stage = Objects.requireNonNull(s.stage(), "stage");
    this.outcome = s.outcome();
    this.closedOn = s.closedOn();
    this.enrolledAt = Objects.requireNonNull(s.enrolledAt(), "enrolledAt");
    this.enrolledBy = Objects.requireNonNull(s.enrolledBy(), "enrolledBy");
    this.version = s.version();
    this.milestones = new ArrayList<>(s.milestones());
    this.milestones.sort(Comparator.comparingInt(Milestone::position));
    this.phaseHistory = new ArrayList<>(s.phaseHistory());
    this.stageHistory = new ArrayList<>(s.stageHistory());
  }

  public static CaseFile restore(Snapshot snapshot) {
    return new CaseFile(snapshot);
  }

  /**
   * A new case in phase {@code phase}, stage ASSESSMENT, with {@code milestones} planned from the
   * program's templates, at version 1.
   */
  public static CaseFile enrol(
      CaseId id,
      CaseNumber number,
      PatientId patient,
      String programCode,
      Set<Condition> conditions,
      int phase,
      LocalDate enrolledOn,
      Placement placement,
      String sourceScreeningId,
      String sourceReferralId,
      List<Milestone> milestones,
      Instant at,
      String by) {
    return new CaseFile(
        new Snapshot(
            id,
            number,
            patient,
            programCode,
            conditions,
            phase,
            phase,
            enrolledOn,
            placement,
            sourceScreeningId,
            sourceReferralId,
            Stage.ASSESSMENT,
            null,
            null,
            at,
            by,
            1,
            milestones,
            List.of(new PhaseHistoryEntry(null, phase, enrolledOn, at, by)),
            List.of()));
  }

  /**
   * Moves the case on to {@code target}: a later stage, or CLOSED from any stage with an outcome.
   */
  public StageHistoryEntry changeStage(
      Stage target,
      CaseOutcome closingOutcome,
      String note,
      LocalDate today,
      String by,
      Instant at) {
    requireOpen();
    Objects.requireNonNull(target, "stage");
    if (target == Stage.CLOSED && closingOutcome == null) {
      throw InvalidInput.of("outcome", "required-to-close-case");
    }
    if (target != Stage.CLOSED && closingOutcome != null) {
      throw InvalidInput.of("outcome", "given-only-when-case-closed-stage-closed");
    }
    if (!stage.mayMoveTo(target)) {
      throw new InvalidTransition("A case", stage, target);
    }
    StageHistoryEntry entry =
        new StageHistoryEntry(
            stage,
            target,
            at,
            by,
            note == null || note.isBlank() ? null : note.strip(),
            closingOutcome);
    stage = target;
    if (target == Stage.CLOSED) {
      outcome = closingOutcome;
      closedOn = today;
    }
    stageHistory.add(entry);
    return entry;
  }

  /** Adds a milestone by hand, after the others. */
  public Milestone addMilestone(
      MilestoneId milestoneId, String kind, String title, LocalDate dueOn, Condition condition) {
    requireOpen();
    if (condition != null && !conditions.contains(condition)) {
      throw InvalidInput.of("condition", "not-a-condition-of-case", conditionsInOrder());
    }
    int position = milestones.stream().mapToInt(Milestone::position).max().orElse(0) + 1;
    Milestone added =
        new Milestone(
            milestoneId,
            condition,
            kind,
            title,
            dueOn,
            MilestoneStatus.PLANNED,
            null,
            null,
            null,
            true,
            position,
            null,
            0,
            0);
    milestones.add(added);
    return added;
  }

  /**
   * Records a milestone as reached on {@code on} (not after {@code today}); the milestones planned
   * after it are planned again from that day.
   */
  public Achieved achieve(MilestoneId milestoneId, LocalDate on, String evidence, LocalDate today) {
    requireOpen();
    Milestone milestone = milestone(milestoneId);
    milestone.achieve(on, evidence, today);
    List<Rescheduled> rescheduled = new ArrayList<>();
    replanAfter(milestone, on, rescheduled);
    return new Achieved(milestone, rescheduled);
  }

  public Milestone skip(MilestoneId milestoneId, String reason) {
    requireOpen();
    Milestone milestone = milestone(milestoneId);
    milestone.skip(reason);
    return milestone;
  }

  /**
   * The milestone that a completed referral for {@code condition} reaches: the first milestone of
   * the condition's templates (its diagnosis or assessment), while it is still PLANNED and the case
   * open. A case with one condition takes any referral's completion for that condition.
   */
  public Optional<Milestone> milestoneReachedByReferral(Optional<Condition> condition) {
    if (!stage.isOpen()) {
      return Optional.empty();
    }
    Optional<Condition> which =
        condition.or(
            () ->
                conditions.size() == 1
                    ? Optional.of(conditions.iterator().next())
                    : Optional.empty());
    if (which.isEmpty() || !conditions.contains(which.get())) {
      return Optional.empty();
    }
    return milestones.stream()
        .filter(m -> !m.custom() && which.get().equals(m.condition()))
        .min(Comparator.comparingInt(Milestone::position))
        .filter(Milestone::isPlanned);
  }

  /** The phase closed: the open case goes on in phase {@code toPhase}, recorded in its history. */
  public PhaseHistoryEntry carryInto(int toPhase, LocalDate on, String by, Instant at) {
    requireOpen();
    if (toPhase <= currentPhase) {
      throw new IllegalArgumentException("a case is carried forward, into a later phase");
    }
    PhaseHistoryEntry entry = new PhaseHistoryEntry(currentPhase, toPhase, on, at, by);
    currentPhase = toPhase;
    phaseHistory.add(entry);
    return entry;
  }

  /** The patient was merged into {@code survivor}: the case is the survivor's from now on. */
  public void reassignTo(PatientId survivor) {
    this.patient = Objects.requireNonNull(survivor, "survivor");
  }

  /** Open and one of its milestones is overdue on {@code today}. */
  public boolean isOverdueOn(LocalDate today) {
    return stage.isOpen() && milestones.stream().anyMatch(m -> m.isOverdueOn(today));
  }

  public boolean isOpen() {
    return stage.isOpen();
  }

  /** The version after a stored change. */
  public void stored(long newVersion) {
    this.version = newVersion;
  }

  public Milestone milestone(MilestoneId milestoneId) {
    return milestones.stream()
        .filter(m -> m.id().equals(milestoneId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFound("milestone"));
  }

  private void replanAfter(Milestone anchor, LocalDate base, List<Rescheduled> rescheduled) {
    for (Milestone dependent : milestones) {
      if (dependent.isPlanned() && dependent.runsAfter(anchor.condition(), anchor.kind())) {
        LocalDate previous = dependent.dueOn();
        if (dependent.replanFrom(base)) {
          rescheduled.add(new Rescheduled(dependent, previous));
        }
        replanAfter(dependent, dependent.dueOn(), rescheduled);
      }
    }
  }

  private void requireOpen() {
    if (!stage.isOpen()) {
      throw new CaseClosed(number.value());
    }
  }

  public CaseId id() {
    return id;
  }

  public CaseNumber number() {
    return number;
  }

  public PatientId patient() {
    return patient;
  }

  public String programCode() {
    return programCode;
  }

  public Set<Condition> conditions() {
    return conditions;
  }

  public List<Condition> conditionsInOrder() {
    return conditions.stream().sorted().toList();
  }

  public int enrolmentPhase() {
    return enrolmentPhase;
  }

  public int currentPhase() {
    return currentPhase;
  }

  public LocalDate enrolledOn() {
    return enrolledOn;
  }

  public Placement placement() {
    return placement;
  }

  public String sourceScreeningId() {
    return sourceScreeningId;
  }

  public String sourceReferralId() {
    return sourceReferralId;
  }

  public Stage stage() {
    return stage;
  }

  public CaseOutcome outcome() {
    return outcome;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public String enrolledBy() {
    return enrolledBy;
  }

  public long version() {
    return version;
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  /** The phases the case was active in: where it was enrolled and each it was carried into. */
  public List<Integer> phases() {
    return phaseHistory.stream().map(PhaseHistoryEntry::toPhase).toList();
  }

  public List<PhaseHistoryEntry> phaseHistory() {
    return List.copyOf(phaseHistory);
  }

  public List<StageHistoryEntry> stageHistory() {
    return List.copyOf(stageHistory);
  }
}
