package org.alliancecare.interop.internal.fhir;

import static org.alliancecare.interop.internal.fhir.ClinicalSystems.CASE_NUMBER;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.CASE_OUTCOME;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.GOAL_ACHIEVEMENT;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.MILESTONE_KIND;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REHABILITATION_CONDITION;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REHABILITATION_PROGRAM;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REHABILITATION_STAGE;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.MilestoneView;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A rehabilitation case as three kinds of resources: the EpisodeOfCare (the case: stage, period,
 * where it came from), the CarePlan (the case's plan: its milestones as activities, each aiming at
 * a Goal) and one Goal per milestone. The EpisodeOfCare and CarePlan carry the case's id; a Goal's
 * id is the case's and the milestone's UUIDs in hex, 64 characters (FHIR's longest id), so that a
 * Goal is read without a lookup table.
 */
final class CaseResources {

  private CaseResources() {}

  static EpisodeOfCare episode(CaseView caseFile) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.setId(caseFile.id());
    meta(episode, caseFile);
    episode.addIdentifier(number(caseFile));
    episode.setStatus(
        caseFile.stage() == Stage.CLOSED
            ? EpisodeOfCareStatus.FINISHED
            : EpisodeOfCareStatus.ACTIVE);
    episode.addType(program(caseFile));
    episode.addType(stage(caseFile.stage()));
    if (caseFile.outcome() != null) {
      episode.addType(
          new CodeableConcept(
              new Coding(CASE_OUTCOME, caseFile.outcome().name(), caseFile.outcome().name())));
    }
    episode.setPatient(new Reference("Patient/" + caseFile.patientId()));
    episode.setPeriod(period(caseFile));
    if (caseFile.sourceReferralId() != null) {
      episode.addReferralRequest(new Reference("ServiceRequest/" + caseFile.sourceReferralId()));
    }
    return episode;
  }

  static CarePlan carePlan(CaseView caseFile) {
    CarePlan plan = new CarePlan();
    plan.setId(caseFile.id());
    meta(plan, caseFile);
    plan.addIdentifier(number(caseFile));
    plan.setStatus(planStatus(caseFile));
    plan.setIntent(CarePlanIntent.PLAN);
    plan.addCategory(program(caseFile));
    plan.setTitle("Rehabilitation " + caseFile.programCode() + " " + caseFile.caseNumber());
    plan.setDescription(
        "Rehabilitation of "
            + String.join(
                ", ", caseFile.conditions().stream().map(Condition::name).sorted().toList())
            + ", stage "
            + caseFile.stage().name());
    plan.setSubject(new Reference("Patient/" + caseFile.patientId()));
    plan.setPeriod(period(caseFile));
    plan.setCreated(Date.from(caseFile.enrolledAt()));
    if (caseFile.sourceScreeningId() != null) {
      plan.addSupportingInfo(new Reference("Observation/" + caseFile.sourceScreeningId()));
    }
    for (MilestoneView milestone : milestones(caseFile)) {
      Reference goal = new Reference("Goal/" + goalId(caseFile.id(), milestone.id()));
      plan.addGoal(goal);
      CarePlan.CarePlanActivityDetailComponent detail =
          plan.addActivity()
              .getDetail()
              .setKind(CarePlanActivityKind.TASK)
              .setCode(kind(milestone))
              .setStatus(activityStatus(milestone.status()))
              .setDescription(milestone.title());
      detail.addGoal(goal);
      detail.setScheduled(
          new Period()
              .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(milestone.dueOn().toString())));
    }
    return plan;
  }

  static Goal goal(CaseView caseFile, MilestoneView milestone) {
    Goal goal = new Goal();
    goal.setId(goalId(caseFile.id(), milestone.id()));
    meta(goal, caseFile);
    goal.addIdentifier(number(caseFile));
    goal.setLifecycleStatus(lifecycle(milestone.status()));
    goal.setAchievementStatus(achievement(milestone));
    goal.addCategory(
        new CodeableConcept(
            new Coding(
                REHABILITATION_CONDITION,
                milestone.condition().name(),
                milestone.condition().name())));
    goal.setDescription(kind(milestone));
    goal.setSubject(new Reference("Patient/" + caseFile.patientId()));
    goal.setStart(new DateType(caseFile.enrolledOn().toString()));
    goal.addTarget().setDue(new DateType(milestone.dueOn().toString()));
    if (milestone.achievedOn() != null) {
      goal.setStatusDateElement(new DateType(milestone.achievedOn().toString()));
    }
    if (milestone.skipReason() != null) {
      goal.setStatusReason(milestone.skipReason());
    }
    if (milestone.evidence() != null) {
      goal.addNote().setText(milestone.evidence());
    }
    return goal;
  }

  /** The Goal of a milestone: the two UUIDs, hex without dashes, case first. */
  static String goalId(String caseId, String milestoneId) {
    return hex(caseId) + hex(milestoneId);
  }

  /** The case's and the milestone's ids of a Goal's id, if it is one of ours. */
  static Optional<String[]> caseAndMilestone(String goalId) {
    if (goalId == null || !goalId.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return Optional.of(new String[] {uuid(goalId.substring(0, 32)), uuid(goalId.substring(32))});
  }

  private static String hex(String uuid) {
    return UUID.fromString(uuid).toString().replace("-", "");
  }

  private static String uuid(String hex) {
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-"
        + hex.substring(12, 16)
        + "-"
        + hex.substring(16, 20)
        + "-"
        + hex.substring(20);
  }

  static CarePlanStatus planStatus(CaseView caseFile) {
    if (caseFile.stage() != Stage.CLOSED) {
      return CarePlanStatus.ACTIVE;
    }
    return caseFile.outcome() == CaseOutcome.WITHDRAWN
            || caseFile.outcome() == CaseOutcome.LOST_TO_FOLLOW_UP
            || caseFile.outcome() == CaseOutcome.TRANSFERRED
            || caseFile.outcome() == CaseOutcome.DECEASED
        ? CarePlanStatus.REVOKED
        : CarePlanStatus.COMPLETED;
  }

  static GoalLifecycleStatus lifecycle(MilestoneStatus status) {
    return switch (status) {
      case PLANNED -> GoalLifecycleStatus.ACTIVE;
      case ACHIEVED -> GoalLifecycleStatus.COMPLETED;
      case SKIPPED -> GoalLifecycleStatus.CANCELLED;
    };
  }

  private static CodeableConcept achievement(MilestoneView milestone) {
    String code =
        switch (milestone.status()) {
          case PLANNED -> milestone.overdue() ? "not-attaining" : "in-progress";
          case ACHIEVED -> "achieved";
          case SKIPPED -> "not-achieved";
        };
    return new CodeableConcept(new Coding(GOAL_ACHIEVEMENT, code, null));
  }

  private static CarePlanActivityStatus activityStatus(MilestoneStatus status) {
    return switch (status) {
      case PLANNED -> CarePlanActivityStatus.NOTSTARTED;
      case ACHIEVED -> CarePlanActivityStatus.COMPLETED;
      case SKIPPED -> CarePlanActivityStatus.CANCELLED;
    };
  }

  private static CodeableConcept kind(MilestoneView milestone) {
    CodeableConcept kind = new CodeableConcept().setText(milestone.title());
    if (milestone.kind() != null && !milestone.kind().isBlank()) {
      kind.addCoding(new Coding(MILESTONE_KIND, milestone.kind(), null));
    }
    return kind;
  }

  private static CodeableConcept program(CaseView caseFile) {
    CodeableConcept program =
        new CodeableConcept(new Coding(REHABILITATION_PROGRAM, caseFile.programCode(), null));
    caseFile.conditions().stream()
        .sorted()
        .forEach(c -> program.addCoding(new Coding(REHABILITATION_CONDITION, c.name(), c.name())));
    return program.setText("Rehabilitation program " + caseFile.programCode());
  }

  private static CodeableConcept stage(Stage stage) {
    return new CodeableConcept(new Coding(REHABILITATION_STAGE, stage.name(), stage.name()));
  }

  private static Period period(CaseView caseFile) {
    Period period =
        new Period()
            .setStartElement(
                new org.hl7.fhir.r4.model.DateTimeType(caseFile.enrolledOn().toString()));
    if (caseFile.closedOn() != null) {
      period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(caseFile.closedOn().toString()));
    }
    return period;
  }

  private static List<MilestoneView> milestones(CaseView caseFile) {
    return caseFile.milestones() == null ? List.of() : caseFile.milestones();
  }

  /** When the case last changed: enrolled, or its newest stage change. */
  static Instant lastUpdated(CaseView caseFile) {
    return Stream.concat(
            Stream.of(caseFile.enrolledAt()),
            (caseFile.stageHistory() == null
                    ? List.<StageHistoryEntry>of()
                    : caseFile.stageHistory())
                .stream().map(StageHistoryEntry::at))
        .filter(at -> at != null)
        .max(Instant::compareTo)
        .orElseThrow();
  }

  private static void meta(Resource resource, CaseView caseFile) {
    resource.getMeta().setVersionId(Long.toString(caseFile.version()));
    resource.getMeta().setLastUpdatedElement(new InstantType(Date.from(lastUpdated(caseFile))));
  }

  private static Identifier number(CaseView caseFile) {
    return new Identifier().setSystem(CASE_NUMBER).setValue(caseFile.caseNumber());
  }
}
