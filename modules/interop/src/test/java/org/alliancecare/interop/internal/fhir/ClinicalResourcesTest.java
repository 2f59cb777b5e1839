package org.alliancecare.interop.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.TransitionView;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.MilestoneView;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;
import org.alliancecare.screening.api.ClassificationView;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.ScreeningVersionView;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.testing.FhirValidation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * The clinical mappings give what docs/fhir.md promises (codes, statuses, references), and every
 * resource they produce validates against FHIR R4 with zero errors.
 */
class ClinicalResourcesTest {

  static final String PATIENT = "6f1c2d3e-0000-4000-8000-000000000001";
  static final String SCREENING = "6f1c2d3e-0000-4000-8000-000000000002";
  static final String REFERRAL = "6f1c2d3e-0000-4000-8000-000000000003";
  static final String CASE = "6f1c2d3e-0000-4000-8000-000000000004";
  static final String MILESTONE = "6f1c2d3e-0000-4000-8000-000000000005";
  static final String PRACTITIONER = "6f1c2d3e-0000-4000-8000-000000000006";
  static final String HOSPITAL = "6f1c2d3e-0000-4000-8000-000000000007";
  static final Instant PERFORMED = Instant.parse("2026-05-04T03:00:00Z");

  @Test
  void pure_tone_thresholds_per_ear_and_frequency_under_loinc_in_decibels_hearing_level() {
    JsonObject ear =
        Json.createObjectBuilder()
            .add("500", 45)
            .add("1000", 45)
            .add("2000", 45)
            .add("4000", 45)
            .build();
    JsonObject left =
        Json.createObjectBuilder()
            .add("500", 15)
            .add("1000", 15)
            .add("2000", 15)
            .add("4000", 15)
            .build();
    ClassificationView classification =
        new ClassificationView(
            null,
            null,
            null,
            null,
            new BigDecimal("45"),
            new BigDecimal("15"),
            "UNILATERAL",
            "NONE",
            List.of(
                new ReasonView(
                    "PTA4_AT_OR_ABOVE_LIMIT", "right ear PTA4 45 dB HL, at or above 20 dB HL")),
            List.of());
    Observation observation =
        ScreeningObservation.of(
            screening(
                ScreeningKind.HEARING,
                ScreeningMethod.PURE_TONE,
                Json.createObjectBuilder().add("rightEar", ear).add("leftEar", left).build(),
                Outcome.REFER,
                classification));

    assertThat(observation.getIdPart()).isEqualTo(SCREENING);
    assertThat(observation.getSubject().getReference()).isEqualTo("Patient/" + PATIENT);
    assertThat(observation.getPerformerFirstRep().getReference())
        .isEqualTo("Practitioner/" + PRACTITIONER);
    assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("exam");
    assertThat(observation.getInterpretationFirstRep().getCoding())
        .extracting(c -> c.getCode())
        .containsExactly("A", "REFER");
    Quantity rightAt500 = component(observation, "89025-1");
    assertThat(rightAt500.getValue()).isEqualByComparingTo("45");
    assertThat(rightAt500.getCode()).isEqualTo("dB");
    assertThat(component(observation, "89022-8").getValue()).isEqualByComparingTo("15");
    FhirValidation.assertValid(observation);
  }

  @Test
  void chart_acuity_per_eye_in_logmar_under_loinc_uncorrected_and_corrected() {
    JsonObject measurements =
        Json.createObjectBuilder()
            .add(
                "rightEye",
                Json.createObjectBuilder()
                    .add("uncorrected", acuity("4.7", "FIVE_POINT"))
                    .add("corrected", acuity("1.0", "DECIMAL")))
            .add(
                "leftEye",
                Json.createObjectBuilder().add("uncorrected", acuity("6/12", "SNELLEN_METRIC")))
            .build();
    ClassificationView classification =
        new ClassificationView(
            new BigDecimal("0.30"),
            "NONE",
            "NONE",
            true,
            null,
            null,
            null,
            null,
            List.of(),
            List.of());
    Observation observation =
        ScreeningObservation.of(
            screening(
                ScreeningKind.VISION,
                ScreeningMethod.OPTOTYPE,
                measurements,
                Outcome.PASS,
                classification));

    assertThat(component(observation, "98499-7").getValue()).isEqualByComparingTo("0.30");
    assertThat(component(observation, "98498-9").getValue()).isEqualByComparingTo("0.30");
    assertThat(component(observation, "65893-0").getValue()).isEqualByComparingTo("0");
    assertThat(observation.getInterpretationFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("N");
    FhirValidation.assertValid(observation);
  }

  @Test
  void ear_by_ear_pass_or_refer_and_recorded_outcomes_validate() {
    Observation oae =
        ScreeningObservation.of(
            screening(
                ScreeningKind.HEARING,
                ScreeningMethod.OAE,
                Json.createObjectBuilder().add("rightEar", "REFER").add("leftEar", "PASS").build(),
                Outcome.REFER,
                null));
    assertThat(oae.getComponent())
        .anySatisfy(
            c -> {
              assertThat(c.getCode().getCodingFirstRep().getCode()).isEqualTo("54109-4");
              assertThat(c.getValueCodeableConcept().getCodingFirstRep().getCode())
                  .isEqualTo("REFER");
            });
    FhirValidation.assertValid(oae);

    Observation speech =
        ScreeningObservation.of(
            screening(
                ScreeningKind.SPEECH,
                ScreeningMethod.CLINICIAN,
                Json.createObjectBuilder().add("outcome", "PASS").build(),
                Outcome.PASS,
                null));
    assertThat(speech.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
    assertThat(speech.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("PASS");
    FhirValidation.assertValid(speech);
  }

  @Test
  void a_referral_is_a_service_request_and_the_task_that_tracks_it() {
    ReferralView completed = referral(ReferralStatus.COMPLETED);
    ServiceRequest request = ReferralResources.serviceRequest(completed);
    assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
    assertThat(request.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
    assertThat(request.getReasonReferenceFirstRep().getReference())
        .isEqualTo("Observation/" + SCREENING);
    assertThat(request.getPerformerFirstRep().getReference()).isEqualTo("Organization/" + HOSPITAL);
    assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo("R-2026-000123");
    FhirValidation.assertValid(request);

    Task task = ReferralResources.task(completed);
    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + REFERRAL);
    assertThat(task.getOutput()).hasSize(2);
    FhirValidation.assertValid(task);

    for (ReferralStatus status : ReferralStatus.values()) {
      FhirValidation.assertValid(ReferralResources.task(referral(status)));
      FhirValidation.assertValid(ReferralResources.serviceRequest(referral(status)));
    }
    assertThat(ReferralResources.taskStatus(ReferralStatus.SCHEDULED))
        .isEqualTo(Task.TaskStatus.READY);
    assertThat(ReferralResources.taskStatus(ReferralStatus.DECLINED))
        .isEqualTo(Task.TaskStatus.REJECTED);
  }

  @Test
  void a_case_is_an_episode_of_care_a_care_plan_and_a_goal_per_milestone() {
    CaseView open = caseFile(Stage.REHABILITATION, null);
    EpisodeOfCare episode = CaseResources.episode(open);
    assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    FhirValidation.assertValid(episode);
    CarePlan plan = CaseResources.carePlan(open);
    assertThat(plan.getGoal()).hasSize(2);
    FhirValidation.assertValid(plan);
    for (MilestoneView milestone : open.milestones()) {
      Goal goal = CaseResources.goal(open, milestone);
      assertThat(goal.getIdPart()).hasSize(64);
      assertThat(CaseResources.caseAndMilestone(goal.getIdPart()).orElseThrow())
          .containsExactly(CASE, milestone.id());
      FhirValidation.assertValid(goal);
    }
    Goal achieved = CaseResources.goal(open, open.milestones().get(0));
    assertThat(achieved.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.COMPLETED);
    assertThat(achieved.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("achieved");

    CaseView closed = caseFile(Stage.CLOSED, CaseOutcome.IMPROVED);
    assertThat(CaseResources.episode(closed).getStatus())
        .isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
    FhirValidation.assertValid(CaseResources.episode(closed));
    FhirValidation.assertValid(CaseResources.carePlan(closed));
  }

  @Test
  void journal_entries_and_access_rows_are_audit_events() {
    AuditEvent change =
        AuditEvents.ofJournal(
            new JournalEntry(
                42,
                "Screening",
                SCREENING,
                1,
                PATIENT,
                "ScreeningRecorded",
                "{}",
                "doctor.wensu",
                PERFORMED,
                PERFORMED,
                "0".repeat(64),
                "1".repeat(64)));
    assertThat(change.getIdPart()).isEqualTo("j42");
    assertThat(change.getEntity())
        .extracting(e -> e.getWhat().getReference())
        .containsExactly("Observation/" + SCREENING, "Patient/" + PATIENT);
    FhirValidation.assertValid(change);

    AuditEvent read =
        AuditEvents.ofAccess(
            new AccessRecord(
                7, PERFORMED, "auditor.aksu", "READ", "Screening", null, PATIENT, "10.0.0.1"));
    assertThat(read.getIdPart()).isEqualTo("a7");
    FhirValidation.assertValid(read);
    FhirValidation.assertValid(
        AuditEvents.ofAccess(
            new AccessRecord(
                8, PERFORMED, "doctor.wensu", "UNMASK", "Patient", PATIENT, PATIENT, null)));
  }

  private static Quantity component(Observation observation, String loinc) {
    return observation.getComponent().stream()
        .filter(
            c -> c.getCode().getCoding().stream().anyMatch(code -> code.getCode().equals(loinc)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + loinc))
        .getValueQuantity();
  }

  private static JsonObject acuity(String value, String notation) {
    return Json.createObjectBuilder().add("value", value).add("notation", notation).build();
  }

  static ScreeningView screening(
      ScreeningKind kind,
      ScreeningMethod method,
      JsonObject measurements,
      Outcome result,
      ClassificationView classification) {
    ScreeningVersionView version =
        new ScreeningVersionView(
            1,
            measurements,
            "cooperative",
            result,
            classification,
            "child-screening-2021.1",
            null,
            null,
            "doctor.wensu",
            PERFORMED.plusSeconds(60));
    return new ScreeningView(
        SCREENING,
        1,
        PATIENT,
        kind,
        method,
        PERFORMED,
        LocalDate.of(2026, 5, 4),
        null,
        new Performer("doctor.wensu", PRACTITIONER),
        measurements,
        "cooperative",
        result,
        classification,
        "child-screening-2021.1",
        null,
        null,
        "doctor.wensu",
        PERFORMED.plusSeconds(60),
        List.of(version),
        null,
        List.of());
  }

  static ReferralView referral(ReferralStatus status) {
    boolean completed = status == ReferralStatus.COMPLETED;
    return new ReferralView(
        REFERRAL,
        "R-2026-000123",
        3,
        PATIENT,
        "653001",
        new ReferralSource(SourceKind.SCREENING, SCREENING),
        HOSPITAL,
        "audiology",
        Urgency.URGENT,
        "right ear PTA4 45 dB HL",
        status,
        LocalDate.of(2026, 5, 18),
        false,
        status == ReferralStatus.SCHEDULED || completed ? PERFORMED.plusSeconds(86400 * 3) : null,
        completed ? "hearing aid fitted" : null,
        completed ? "moderate conductive loss, right" : null,
        PERFORMED.plusSeconds(120),
        "doctor.wensu",
        completed ? PERFORMED.plusSeconds(86400 * 4) : null,
        List.of(
            new TransitionView(
                null, ReferralStatus.REQUESTED, PERFORMED.plusSeconds(120), "doctor.wensu", null),
            new TransitionView(
                ReferralStatus.REQUESTED,
                status,
                PERFORMED.plusSeconds(3600),
                "doctor.hospital",
                "because")));
  }

  static CaseView caseFile(Stage stage, CaseOutcome outcome) {
    List<MilestoneView> milestones =
        List.of(
            new MilestoneView(
                MILESTONE,
                Condition.HEARING,
                "HEARING_AID_FITTED",
                "Hearing aid fitted",
                LocalDate.of(2026, 6, 1),
                MilestoneStatus.ACHIEVED,
                LocalDate.of(2026, 5, 30),
                "fitted at Aksu",
                null,
                false,
                false),
            new MilestoneView(
                "6f1c2d3e-0000-4000-8000-000000000009",
                Condition.HEARING,
                "FOLLOW_UP_3M",
                "Follow-up at 3 months",
                LocalDate.of(2026, 9, 1),
                MilestoneStatus.PLANNED,
                null,
                null,
                null,
                false,
                false));
    boolean closed = stage == Stage.CLOSED;
    return new CaseView(
        CASE,
        "C-2026-000045",
        4,
        PATIENT,
        "HEAR-2026",
        Set.of(Condition.HEARING),
        1,
        1,
        LocalDate.of(2026, 5, 20),
        "653001",
        SCREENING,
        REFERRAL,
        stage,
        outcome,
        closed ? LocalDate.of(2026, 11, 1) : null,
        false,
        PERFORMED.plusSeconds(86400 * 16),
        "coordinator.aksu",
        milestones,
        List.of(),
        List.of(
            new StageHistoryEntry(
                Stage.ASSESSMENT,
                stage,
                PERFORMED.plusSeconds(86400 * 20),
                "coordinator.aksu",
                null,
                outcome)));
  }
}
