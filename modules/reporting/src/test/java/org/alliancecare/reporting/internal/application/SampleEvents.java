package org.alliancecare.reporting.internal.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.outreach.api.events.AttendanceMovedToSurvivor;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicCompleted;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.ClinicRevised;
import org.alliancecare.outreach.api.events.ClinicStarted;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.api.events.ConsentGiven;
import org.alliancecare.patients.api.events.PatientEdited;
import org.alliancecare.patients.api.events.PatientRegistered;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.referrals.api.events.ReferralAccepted;
import org.alliancecare.referrals.api.events.ReferralCancelled;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralDeclined;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.referrals.api.events.ReferralScheduled;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseReassigned;
import org.alliancecare.rehabilitation.api.events.CaseStageChanged;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.events.ScreeningCorrected;
import org.alliancecare.screening.api.events.ScreeningMovedToSurvivor;
import org.alliancecare.screening.api.events.ScreeningRecorded;

/**
 * Events as the modules raise them, for children of 乌什县 (Wushi, 652927) and 温宿县 (Wensu, 652922),
 * each a minute after the one before, from 2026-05-04 10:00 China Standard Time.
 */
final class SampleEvents {

  static final String WUSHI = "652927";
  static final String WUSHI_TOWN = "652927-T01";
  static final String WENSU = "652922";
  static final String JIAMU_TOWN = "652922-T01";
  static final String QIMING = "QIMING";
  static final String ENT = UUID.randomUUID().toString();
  static final String PED = UUID.randomUUID().toString();
  static final JsonObject OAE_REFER =
      Json.createObjectBuilder().add("rightEar", "REFER").add("leftEar", "PASS").build();
  static final JsonObject OAE_PASS =
      Json.createObjectBuilder().add("rightEar", "PASS").add("leftEar", "PASS").build();

  private Instant at = Instant.parse("2026-05-04T02:00:00Z");
  private final String actor;

  SampleEvents(String actor) {
    this.actor = actor;
  }

  static String id() {
    return UUID.randomUUID().toString();
  }

  /** The moment of the next event. */
  private Instant next() {
    at = at.plus(Duration.ofMinutes(1));
    return at;
  }

  /** Lets days pass before the next event. */
  SampleEvents after(Duration duration) {
    at = at.plus(duration);
    return this;
  }

  Instant now() {
    return at;
  }

  // patients

  PatientRegistered registered(String patient, String place, LocalDate birthDate) {
    return new PatientRegistered(patient, place, Sex.FEMALE, birthDate, actor, next());
  }

  PatientEdited moved(String patient, String place) {
    return new PatientEdited(patient, place, List.of("placeCode"), actor, next());
  }

  ConsentGiven consent(String patient) {
    return new ConsentGiven(
        patient,
        id(),
        Set.of(ConsentScope.SCREENING, ConsentScope.TREATMENT, ConsentScope.DATA_SHARING),
        LocalDate.parse("2026-05-01"),
        actor,
        next());
  }

  PatientsMerged merged(String survivor, String duplicate) {
    return new PatientsMerged(survivor, duplicate, actor, next());
  }

  // outreach

  ClinicPlanned clinic(
      String clinic, String host, List<String> joining, String place, LocalDate day) {
    Instant starts = day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    return new ClinicPlanned(
        clinic,
        "OC-2026-0042",
        "儿童听力筛查义诊",
        host,
        joining,
        place,
        "乌什镇卫生院",
        day,
        LocalTime.of(10, 0),
        LocalTime.of(16, 0),
        "Asia/Shanghai",
        starts,
        starts.plus(Duration.ofHours(6)),
        List.of("HEARING_SCREENING"),
        30,
        actor,
        next());
  }

  ClinicRevised revised(String clinic, List<String> joining, String place) {
    return new ClinicRevised(
        clinic,
        "儿童听力筛查义诊",
        joining,
        place,
        "乌什镇卫生院",
        List.of("HEARING_SCREENING"),
        30,
        2,
        actor,
        next());
  }

  ClinicRescheduled rescheduled(String clinic, LocalDate day) {
    Instant starts = day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    return new ClinicRescheduled(
        clinic,
        day,
        LocalTime.of(10, 0),
        LocalTime.of(16, 0),
        "Asia/Shanghai",
        starts,
        starts.plus(Duration.ofHours(6)),
        3,
        actor,
        next());
  }

  ClinicPublished published(String clinic) {
    return new ClinicPublished(clinic, 4, actor, next());
  }

  ClinicStarted started(String clinic) {
    return new ClinicStarted(clinic, 5, actor, next());
  }

  ClinicCompleted completed(String clinic) {
    return new ClinicCompleted(clinic, "32 children screened", 6, actor, next());
  }

  ClinicCancelled cancelled(String clinic) {
    return new ClinicCancelled(clinic, "PUBLISHED", "snow on the road", 5, actor, next());
  }

  PatientAttended attended(String clinic, String attendance, String patient) {
    return new PatientAttended(attendance, clinic, patient, "WALK_IN", null, actor, next());
  }

  AttendanceMovedToSurvivor attendanceMoved(
      String clinic, String attendance, String duplicate, String survivor) {
    return new AttendanceMovedToSurvivor(attendance, clinic, duplicate, survivor, actor, next());
  }

  // screenings

  ScreeningRecorded screened(
      String screening, String patient, ScreeningKind kind, String clinic, Outcome result) {
    Instant when = next();
    return new ScreeningRecorded(
        screening,
        patient,
        kind,
        kind == ScreeningKind.HEARING ? ScreeningMethod.OAE : ScreeningMethod.INSTRUMENT,
        when,
        clinic,
        1,
        result == Outcome.REFER ? OAE_REFER : OAE_PASS,
        result,
        result == Outcome.REFER ? List.of("OAE_REFER") : List.of(),
        "child-default-2026",
        actor,
        when);
  }

  ScreeningCorrected corrected(String screening, String patient, long version, Outcome result) {
    return new ScreeningCorrected(
        screening,
        patient,
        version,
        version - 1,
        "right ear re-tested",
        result == Outcome.REFER ? OAE_REFER : OAE_PASS,
        result,
        result == Outcome.REFER ? List.of("OAE_REFER") : List.of(),
        "child-default-2026",
        actor,
        next());
  }

  ScreeningMovedToSurvivor screeningMoved(String screening, String survivor, String duplicate) {
    return new ScreeningMovedToSurvivor(screening, survivor, duplicate, actor, next());
  }

  // referrals

  ReferralRequested requested(
      String referral,
      String patient,
      String place,
      SourceKind source,
      String sourceId,
      LocalDate requestedOn,
      LocalDate dueOn) {
    return new ReferralRequested(
        referral,
        "RF-2026-000042",
        patient,
        place,
        place.substring(0, 6),
        source,
        sourceId,
        id(),
        "AUDIOLOGY",
        Urgency.ROUTINE,
        dueOn,
        requestedOn,
        actor,
        next());
  }

  ReferralAccepted accepted(String referral, String patient, String place) {
    return new ReferralAccepted(
        referral, "RF-2026-000042", patient, place, place.substring(0, 6), actor, next());
  }

  ReferralScheduled scheduled(String referral, String patient, String place) {
    return new ReferralScheduled(
        referral,
        "RF-2026-000042",
        patient,
        place,
        place.substring(0, 6),
        Instant.parse("2026-05-12T02:30:00Z"),
        actor,
        next());
  }

  ReferralCompleted referralCompleted(
      String referral,
      String patient,
      String place,
      SourceKind source,
      String sourceId,
      LocalDate requestedOn,
      LocalDate dueOn,
      LocalDate completedOn) {
    return new ReferralCompleted(
        referral,
        "RF-2026-000042",
        patient,
        place,
        place.substring(0, 6),
        source,
        sourceId,
        "AUDIOLOGY",
        "bilateral sensorineural hearing loss",
        "ABR 70 dB nHL",
        requestedOn.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
        dueOn,
        completedOn,
        actor,
        next());
  }

  ReferralDeclined declined(String referral, String patient, String place) {
    return new ReferralDeclined(
        referral,
        "RF-2026-000043",
        patient,
        place,
        place.substring(0, 6),
        "no audiologist",
        actor,
        next());
  }

  ReferralCancelled cancelledReferral(String referral, String patient, String place) {
    return new ReferralCancelled(
        referral,
        "RF-2026-000044",
        patient,
        place,
        place.substring(0, 6),
        ReferralStatus.REQUESTED,
        "family moved",
        actor,
        next());
  }

  ReferralReassigned referralReassigned(
      String referral, String survivor, String duplicate, String place) {
    return new ReferralReassigned(
        referral,
        "RF-2026-000045",
        survivor,
        duplicate,
        place,
        place.substring(0, 6),
        ReferralStatus.REQUESTED,
        actor,
        next());
  }

  // rehabilitation

  CaseEnrolled enrolled(
      String caseId, String patient, String place, int phase, LocalDate on, String referral) {
    return new CaseEnrolled(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        List.of(Condition.HEARING),
        on,
        null,
        referral,
        actor,
        next());
  }

  MilestonePlanned planned(
      String caseId,
      String patient,
      String place,
      int phase,
      String milestone,
      String kind,
      LocalDate dueOn) {
    return new MilestonePlanned(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        milestone,
        Condition.HEARING,
        kind,
        kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
        dueOn,
        false,
        actor,
        next());
  }

  MilestoneRescheduled milestoneRescheduled(
      String caseId,
      String patient,
      String place,
      int phase,
      String milestone,
      String kind,
      LocalDate from,
      LocalDate to) {
    return new MilestoneRescheduled(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        milestone,
        Condition.HEARING,
        kind,
        from,
        to,
        actor,
        next());
  }

  MilestoneAchieved achieved(
      String caseId,
      String patient,
      String place,
      int phase,
      String milestone,
      String kind,
      LocalDate dueOn,
      LocalDate on) {
    return new MilestoneAchieved(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        milestone,
        Condition.HEARING,
        kind,
        dueOn,
        on,
        "hearing aids fitted",
        null,
        actor,
        next());
  }

  MilestoneSkipped skipped(
      String caseId,
      String patient,
      String place,
      int phase,
      String milestone,
      String kind,
      LocalDate dueOn) {
    return new MilestoneSkipped(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        milestone,
        Condition.HEARING,
        kind,
        dueOn,
        "decided at diagnosis",
        actor,
        next());
  }

  CaseCarriedOver carried(
      String caseId, String patient, String place, int from, int to, LocalDate on) {
    return new CaseCarriedOver(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        to,
        place,
        place.substring(0, 6),
        from,
        on,
        actor,
        next());
  }

  CaseStageChanged stage(
      String caseId,
      String patient,
      String place,
      int phase,
      Stage from,
      Stage to,
      CaseOutcome outcome,
      LocalDate on) {
    return new CaseStageChanged(
        caseId,
        "QIMING-2026-00042",
        patient,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        from,
        to,
        outcome,
        outcome == null ? null : "speaks in sentences",
        on,
        actor,
        next());
  }

  CaseReassigned caseReassigned(
      String caseId, String survivor, String duplicate, String place, int phase) {
    return new CaseReassigned(
        caseId,
        "QIMING-2026-00042",
        survivor,
        QIMING,
        phase,
        place,
        place.substring(0, 6),
        duplicate,
        actor,
        next());
  }

  /** One event of every kind the read models follow (and one they do not: a consent). */
  static List<DomainEvent> everyKind() {
    SampleEvents events = new SampleEvents("doctor.wushi");
    String child = id();
    String other = id();
    String clinic = id();
    String screening = id();
    String referral = id();
    String caseId = id();
    String milestone = id();
    LocalDate day = LocalDate.parse("2026-05-04");
    return List.of(
        events.registered(child, WUSHI_TOWN, LocalDate.parse("2024-02-10")),
        events.moved(child, WUSHI),
        events.consent(child),
        events.merged(child, other),
        events.clinic(clinic, ENT, List.of(PED), WUSHI_TOWN, day),
        events.revised(clinic, List.of(), WUSHI_TOWN),
        events.rescheduled(clinic, day.plusDays(1)),
        events.published(clinic),
        events.started(clinic),
        events.completed(clinic),
        events.cancelled(clinic),
        events.attended(clinic, id(), child),
        events.attendanceMoved(clinic, id(), other, child),
        events.screened(screening, child, ScreeningKind.HEARING, clinic, Outcome.REFER),
        events.corrected(screening, child, 2, Outcome.PASS),
        events.screeningMoved(screening, child, other),
        events.requested(
            referral, child, WUSHI_TOWN, SourceKind.SCREENING, screening, day, day.plusDays(30)),
        events.accepted(referral, child, WUSHI_TOWN),
        events.scheduled(referral, child, WUSHI_TOWN),
        events.referralCompleted(
            referral,
            child,
            WUSHI_TOWN,
            SourceKind.SCREENING,
            screening,
            day,
            day.plusDays(30),
            day.plusDays(10)),
        events.declined(id(), child, WUSHI_TOWN),
        events.cancelledReferral(id(), child, WUSHI_TOWN),
        events.referralReassigned(referral, child, other, WUSHI_TOWN),
        events.enrolled(caseId, child, WUSHI_TOWN, 1, day, referral),
        events.planned(caseId, child, WUSHI_TOWN, 1, milestone, "DEVICE_FITTED", day),
        events.milestoneRescheduled(
            caseId, child, WUSHI_TOWN, 1, milestone, "DEVICE_FITTED", day, day.plusDays(9)),
        events.achieved(
            caseId, child, WUSHI_TOWN, 1, milestone, "DEVICE_FITTED", day, day.plusDays(3)),
        events.skipped(caseId, child, WUSHI_TOWN, 1, id(), "DEVICE_DECISION", day),
        events.carried(caseId, child, WUSHI_TOWN, 1, 2, day),
        events.stage(
            caseId,
            child,
            WUSHI_TOWN,
            2,
            Stage.FOLLOW_UP,
            Stage.CLOSED,
            CaseOutcome.REHABILITATED,
            day),
        events.caseReassigned(caseId, child, other, WUSHI_TOWN, 2));
  }
}
