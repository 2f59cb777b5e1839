package org.alliancecare.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.api.events.ConsentGiven;
import org.alliancecare.patients.api.events.PatientRegistered;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.referrals.api.events.ReferralAccepted;
import org.alliancecare.referrals.api.events.ReferralCancelled;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralDeclined;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.referrals.api.events.ReferralScheduled;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseStageChanged;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.events.ScreeningRecorded;

/**
 * One generated child and everything that happened to them, deterministic in the child's number:
 * registration and consent, screenings, a referral for most REFER results with the transitions its
 * age allows, and for some completed referrals a rehabilitation case whose milestones are reached,
 * skipped or overdue, whose stage follows them and which is carried over each phase it outlives.
 */
final class ChildHistory {

  /** Screenings of a historied child (about a hundred events in all with the rest). */
  static final int HISTORIED_SCREENINGS = 50;

  private static final int HISTORIED_REFERRALS = 8;
  private static final String[] FAMILY = "买买提 艾力 吐尔逊 阿不都 热合曼 依明 司马义 努尔 王 李 张 刘 陈 杨 赵 黄".split(" ");
  private static final String[] GIVEN =
      "古丽米热 阿依古丽 迪丽娜尔 穆妮热 阿卜杜拉 艾克拜尔 努尔兰 伊力哈木 子涵 浩然 欣怡 梓萱 宇轩 雨桐 俊杰 思远".split(" ");
  private static final String[] DOCTORS = {"doctor.wensu", "doctor.kuqa"};

  /** The next human-readable numbers, shared by all children of a run. */
  static final class Numbers {
    private long referral;
    private long caseFile;

    Numbers(long referral, long caseFile) {
      this.referral = referral;
      this.caseFile = caseFile;
    }

    long referral() {
      return referral;
    }

    long caseFile() {
      return caseFile;
    }
  }

  private final SplittableRandom random;
  private final List<ScreeningTemplate> templates;
  private final Map<String, List<String>> hospitalsByCounty;
  private final List<Population.Phase> phases;
  private final Map<String, List<Population.MilestoneTemplate>> milestoneTemplates;
  private final LocalDate horizon;
  private final Numbers numbers;
  private final String patientId;
  private final Place place;
  private final String doctor;
  private int screenings;
  private boolean hasCase;
  private LocalDate birthDate;

  ChildHistory(
      long index,
      List<ScreeningTemplate> templates,
      Map<String, List<String>> hospitalsByCounty,
      List<Population.Phase> phases,
      Map<String, List<Population.MilestoneTemplate>> milestoneTemplates,
      LocalDate horizon,
      Numbers numbers) {
    this.random = new SplittableRandom(0x5EED_0000L + index);
    this.templates = templates;
    this.hospitalsByCounty = hospitalsByCounty;
    this.phases = phases;
    this.milestoneTemplates = milestoneTemplates;
    this.horizon = horizon;
    this.numbers = numbers;
    this.patientId = uuid();
    this.place = Place.ALL.get(random.nextInt(Place.ALL.size()));
    this.doctor = DOCTORS[random.nextInt(DOCTORS.length)];
  }

  String patientId() {
    return patientId;
  }

  int screenings() {
    return screenings;
  }

  /** A child with about {@code perChild} screenings; answers the number of journal entries. */
  int writeRegular(Population.Tables tables, Journal journal, double perChild) {
    int count = (int) perChild + (random.nextDouble() < perChild - (int) perChild ? 1 : 0);
    Instant registered = between(Population.PROGRAM_START.plusDays(10), horizon.minusDays(30));
    int events = register(tables, journal, registered, random.nextInt(16));
    List<Instant> times = spread(registered, count);
    for (Instant at : times) {
      boolean refer = random.nextInt(100) < 12;
      events += screen(tables, journal, at, template(refer, null), false);
    }
    return events;
  }

  /**
   * A child with about a hundred events: 50 screenings over the years, 8 of them hearing REFERs
   * with referrals (all completed but the last), and a hearing case from the first completed one.
   */
  int writeHistoried(Population.Tables tables, Journal journal) {
    Instant registered = between(Population.PROGRAM_START.plusDays(10), LocalDate.of(2022, 3, 1));
    int events = register(tables, journal, registered, 2 + random.nextInt(8));
    List<Instant> times = spread(registered, HISTORIED_SCREENINGS);
    int every = HISTORIED_SCREENINGS / HISTORIED_REFERRALS;
    for (int i = 0; i < times.size(); i++) {
      boolean refer = i % every == 0 && i / every < HISTORIED_REFERRALS;
      boolean last = i / every == HISTORIED_REFERRALS - 1;
      events +=
          screen(
              tables,
              journal,
              times.get(i),
              template(refer, ScreeningKind.HEARING),
              refer && !last);
    }
    return events;
  }

  private int register(Population.Tables tables, Journal journal, Instant at, int ageYears) {
    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate registeredOn = day(at);
    birthDate = registeredOn.minusYears(ageYears).minusDays(random.nextInt(360));
    String family = FAMILY[random.nextInt(FAMILY.length)];
    String given = GIVEN[random.nextInt(GIVEN.length)];
    String name = family.length() > 1 ? given + "·" + family : family + given;
    tables.patients.values(
        patientId, 1, name, name, sex.name(), birthDate, place.code(), at, doctor, at);
    String guardian = FAMILY[random.nextInt(FAMILY.length)] + "·" + family;
    String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
    tables.guardians.values(patientId, 1, guardian, "FATHER", phone, phone);
    String consentId = uuid();
    Instant consented = at.plusSeconds(60);
    tables.consents.values(
        consentId,
        1,
        patientId,
        guardian,
        "FATHER",
        "SCREENING,TREATMENT,DATA_SHARING",
        registeredOn,
        doctor,
        consented,
        consented);
    journal.stream(
        null,
        List.of(
            new PatientRegistered(patientId, place.code(), sex, birthDate, doctor, at),
            new ConsentGiven(
                patientId,
                consentId,
                EnumSet.of(
                    ConsentScope.SCREENING, ConsentScope.TREATMENT, ConsentScope.DATA_SHARING),
                registeredOn,
                doctor,
                consented)));
    return 2;
  }

  private int screen(
      Population.Tables tables,
      Journal journal,
      Instant performed,
      ScreeningTemplate template,
      boolean complete) {
    screenings++;
    String id = uuid();
    Instant recorded = performed.plusSeconds(300);
    tables.screenings.values(
        id,
        patientId,
        template.kind().name(),
        template.method().name(),
        performed,
        doctor,
        1,
        recorded);
    tables.screeningVersions.values(
        id,
        1,
        template.storedMeasurements(),
        template.result().name(),
        template.storedClassification(),
        template.ruleSetId(),
        doctor,
        recorded);
    journal.stream(
        null,
        List.of(
            new ScreeningRecorded(
                id,
                patientId,
                template.kind(),
                template.method(),
                performed,
                null,
                1,
                template.request(),
                template.result(),
                template.reasonCodes(),
                template.ruleSetId(),
                doctor,
                recorded)));
    int events = 1;
    if (template.refers() && (complete || random.nextInt(100) < 85)) {
      events += refer(tables, journal, id, template.kind(), recorded.plusSeconds(3600), complete);
    }
    return events;
  }

  private int refer(
      Population.Tables tables,
      Journal journal,
      String screeningId,
      ScreeningKind kind,
      Instant requested,
      boolean complete) {
    String id = uuid();
    LocalDate requestedOn = day(requested);
    String number = String.format("RF-%04d-%06d", requestedOn.getYear(), numbers.referral++);
    Urgency urgency = random.nextInt(100) < 15 ? Urgency.URGENT : Urgency.ROUTINE;
    LocalDate dueOn = requestedOn.plusDays(urgency == Urgency.URGENT ? 7 : 30);
    List<String> hospitals =
        hospitalsByCounty.getOrDefault(place.county(), hospitalsByCounty.get("652901"));
    if (hospitals == null || random.nextInt(100) < 30) {
      hospitals = hospitalsByCounty.values().iterator().next();
    }
    String organisation = hospitals.get(random.nextInt(hospitals.size()));
    String specialty =
        switch (kind) {
          case VISION -> "OPHTHALMOLOGY";
          case HEARING -> "OTOLARYNGOLOGY";
          case SPEECH -> "REHABILITATION_MEDICINE";
        };
    String reason = kind.name().toLowerCase() + " screening REFER";
    String findings =
        switch (kind) {
          case VISION -> "refractive error; glasses prescribed";
          case HEARING -> "bilateral sensorineural hearing loss";
          case SPEECH -> "expressive language delay";
        };
    String county = place.county();
    long ageDays = ChronoUnit.DAYS.between(requestedOn, horizon);
    // how far it got: complete when asked, else by its age
    ReferralStatus status;
    int roll = random.nextInt(100);
    if (complete) {
      status = ReferralStatus.COMPLETED;
    } else if (ageDays < 3) {
      status = ReferralStatus.REQUESTED;
    } else if (roll < 70 && ageDays > 20) {
      status = ReferralStatus.COMPLETED;
    } else if (roll < 75) {
      status = ReferralStatus.DECLINED;
    } else if (roll < 80) {
      status = ReferralStatus.CANCELLED;
    } else if (roll < 87) {
      status = ReferralStatus.SCHEDULED;
    } else if (roll < 93) {
      status = ReferralStatus.ACCEPTED;
    } else {
      status = ReferralStatus.REQUESTED;
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(
        new ReferralRequested(
            id,
            number,
            patientId,
            place.code(),
            county,
            SourceKind.SCREENING,
            screeningId,
            organisation,
            specialty,
            urgency,
            dueOn,
            requestedOn,
            doctor,
            requested));
    int seq = 1;
    tables.referralTransitions.values(id, seq, null, "REQUESTED", requested, doctor, null);
    Instant accepted = requested.plus(Duration.ofDays(2));
    Instant scheduled = requested.plus(Duration.ofDays(4));
    Instant appointment = requested.plus(Duration.ofDays(12)).plusSeconds(7200);
    Instant completed = appointment.plusSeconds(3600);
    Instant appointmentAt = null;
    Instant completedAt = null;
    String outcome = null;
    String findingsText = null;
    String hospitalActor = "coordinator";
    if (status == ReferralStatus.DECLINED) {
      events.add(
          new ReferralDeclined(
              id,
              number,
              patientId,
              place.code(),
              county,
              "no specialist available",
              hospitalActor,
              accepted));
      tables.referralTransitions.values(
          id, ++seq, "REQUESTED", "DECLINED", accepted, hospitalActor, "no specialist available");
    }
    if (status.compareTo(ReferralStatus.ACCEPTED) >= 0
        && status != ReferralStatus.DECLINED
        && !(status == ReferralStatus.CANCELLED && roll % 2 == 0)) {
      events.add(
          new ReferralAccepted(
              id, number, patientId, place.code(), county, hospitalActor, accepted));
      tables.referralTransitions.values(
          id, ++seq, "REQUESTED", "ACCEPTED", accepted, hospitalActor, null);
      if (status == ReferralStatus.SCHEDULED || status == ReferralStatus.COMPLETED) {
        appointmentAt = appointment;
        events.add(
            new ReferralScheduled(
                id,
                number,
                patientId,
                place.code(),
                county,
                appointment,
                hospitalActor,
                scheduled));
        tables.referralTransitions.values(
            id, ++seq, "ACCEPTED", "SCHEDULED", scheduled, hospitalActor, null);
      }
      if (status == ReferralStatus.COMPLETED) {
        completedAt = completed;
        outcome = "DIAGNOSED";
        findingsText = findings;
        events.add(
            new ReferralCompleted(
                id,
                number,
                patientId,
                place.code(),
                county,
                SourceKind.SCREENING,
                screeningId,
                specialty,
                outcome,
                findingsText,
                requested,
                dueOn,
                day(completed),
                hospitalActor,
                completed));
        tables.referralTransitions.values(
            id, ++seq, "SCHEDULED", "COMPLETED", completed, hospitalActor, null);
      }
    }
    if (status == ReferralStatus.CANCELLED) {
      ReferralStatus from = seq == 1 ? ReferralStatus.REQUESTED : ReferralStatus.ACCEPTED;
      Instant cancelled = requested.plus(Duration.ofDays(6));
      events.add(
          new ReferralCancelled(
              id,
              number,
              patientId,
              place.code(),
              county,
              from,
              "family moved away",
              doctor,
              cancelled));
      tables.referralTransitions.values(
          id, ++seq, from.name(), "CANCELLED", cancelled, doctor, "family moved away");
    }
    tables.referrals.values(
        id,
        number,
        patientId,
        place.code(),
        county,
        place.path(),
        "SCREENING",
        screeningId,
        organisation,
        specialty,
        urgency.name(),
        reason,
        dueOn,
        status.name(),
        appointmentAt,
        outcome,
        findingsText,
        requested,
        doctor,
        completedAt,
        seq);
    journal.stream(null, events);
    int written = events.size();
    if (status == ReferralStatus.COMPLETED && !hasCase && (complete || random.nextInt(100) < 30)) {
      written += enrol(tables, journal, id, number, kind, completed.plus(Duration.ofDays(3)));
    }
    return written;
  }

  /** A rehabilitation case from a completed referral, as far as its age lets it get. */
  private int enrol(
      Population.Tables tables,
      Journal journal,
      String referralId,
      String referralNumber,
      ScreeningKind kind,
      Instant enrolledAt) {
    LocalDate enrolledOn = day(enrolledAt);
    if (!enrolledOn.isBefore(horizon) || !birthDate.plusYears(18).isAfter(enrolledOn)) {
      return 0;
    }
    hasCase = true;
    Condition condition = Condition.valueOf(kind.name());
    String caseId = uuid();
    String number =
        String.format("%s-%04d-%05d", Population.PROGRAM, enrolledOn.getYear(), numbers.caseFile++);
    int enrolmentPhase = phaseOn(enrolledOn);
    String county = place.county();
    String coordinator = "coordinator";
    List<Timed> events = new ArrayList<>();
    events.add(
        new Timed(
            new CaseEnrolled(
                caseId,
                number,
                patientId,
                Population.PROGRAM,
                enrolmentPhase,
                place.code(),
                county,
                List.of(condition),
                enrolledOn,
                null,
                referralId,
                coordinator,
                enrolledAt)));
    List<Population.MilestoneTemplate> plan = milestoneTemplates.get(condition.name());
    int n = plan.size();
    String[] ids = new String[n];
    LocalDate[] due = new LocalDate[n];
    String[] status = new String[n];
    LocalDate[] achieved = new LocalDate[n];
    String[] evidence = new String[n];
    String[] skipped = new String[n];
    for (int i = 0; i < n; i++) {
      Population.MilestoneTemplate template = plan.get(i);
      ids[i] = uuid();
      due[i] = plannedDue(template, plan, due, enrolledOn);
      status[i] = "PLANNED";
      events.add(
          new Timed(
              new MilestonePlanned(
                  caseId,
                  number,
                  patientId,
                  Population.PROGRAM,
                  enrolmentPhase,
                  place.code(),
                  county,
                  ids[i],
                  condition,
                  template.kind(),
                  template.title(),
                  due[i],
                  false,
                  coordinator,
                  enrolledAt)));
    }
    // the first milestone is reached by the completed referral, as the application does
    status[0] = "ACHIEVED";
    achieved[0] = enrolledOn;
    evidence[0] = "Referral " + referralNumber + " completed: DIAGNOSED";
    events.add(
        new Timed(
            new MilestoneAchieved(
                caseId,
                number,
                patientId,
                Population.PROGRAM,
                enrolmentPhase,
                place.code(),
                county,
                ids[0],
                condition,
                plan.get(0).kind(),
                due[0],
                enrolledOn,
                evidence[0],
                referralId,
                coordinator,
                enrolledAt)));
    Stage stage = Stage.ASSESSMENT;
    int reached = 1;
    LocalDate lastChange = enrolledOn;
    List<String[]> stages = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (!due[i].isBefore(horizon)) {
        continue;
      }
      int roll = random.nextInt(100);
      LocalDate on = due[i].minusDays(random.nextInt(12));
      if (on.isBefore(lastChange)) {
        on = lastChange;
      }
      Instant at = on.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(10 * 3600);
      int phase = Math.max(enrolmentPhase, phaseOn(on));
      if (roll < 80) {
        status[i] = "ACHIEVED";
        achieved[i] = on;
        evidence[i] = "seen at the county hospital";
        events.add(
            new Timed(
                new MilestoneAchieved(
                    caseId,
                    number,
                    patientId,
                    Population.PROGRAM,
                    phase,
                    place.code(),
                    county,
                    ids[i],
                    condition,
                    plan.get(i).kind(),
                    due[i],
                    on,
                    evidence[i],
                    null,
                    coordinator,
                    at)));
        reached++;
        for (int j = i + 1; j < n; j++) {
          if (plan.get(i).kind().equals(plan.get(j).afterKind())) {
            LocalDate moved = plannedDue(plan.get(j), on);
            if (!moved.equals(due[j])) {
              events.add(
                  new Timed(
                      new MilestoneRescheduled(
                          caseId,
                          number,
                          patientId,
                          Population.PROGRAM,
                          phase,
                          place.code(),
                          county,
                          ids[j],
                          condition,
                          plan.get(j).kind(),
                          due[j],
                          moved,
                          coordinator,
                          at)));
              due[j] = moved;
            }
          }
        }
        Stage next =
            reached == 2
                ? Stage.INTERVENTION
                : reached == 3
                    ? Stage.REHABILITATION
                    : plan.get(i).afterKind() != null ? Stage.FOLLOW_UP : stage;
        if (next.compareTo(stage) > 0) {
          events.add(
              new Timed(
                  new CaseStageChanged(
                      caseId,
                      number,
                      patientId,
                      Population.PROGRAM,
                      phase,
                      place.code(),
                      county,
                      stage,
                      next,
                      null,
                      null,
                      on,
                      coordinator,
                      at.plusSeconds(60))));
          stages.add(new String[] {stage.name(), next.name(), at.plusSeconds(60).toString(), null});
          stage = next;
        }
        lastChange = on;
      } else if (roll < 88) {
        status[i] = "SKIPPED";
        skipped[i] = "not needed after assessment";
        events.add(
            new Timed(
                new MilestoneSkipped(
                    caseId,
                    number,
                    patientId,
                    Population.PROGRAM,
                    phase,
                    place.code(),
                    county,
                    ids[i],
                    condition,
                    plan.get(i).kind(),
                    due[i],
                    skipped[i],
                    coordinator,
                    at)));
        lastChange = on;
      }
    }
    boolean allDone = true;
    for (String s : status) {
      allDone &= !s.equals("PLANNED");
    }
    CaseOutcome outcome = null;
    LocalDate closedOn = null;
    if (allDone && lastChange.plusDays(7).isBefore(horizon)) {
      outcome = random.nextInt(100) < 60 ? CaseOutcome.REHABILITATED : CaseOutcome.IMPROVED;
      closedOn = lastChange.plusDays(7);
      Instant at = closedOn.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(11 * 3600);
      events.add(
          new Timed(
              new CaseStageChanged(
                  caseId,
                  number,
                  patientId,
                  Population.PROGRAM,
                  Math.max(enrolmentPhase, phaseOn(closedOn)),
                  place.code(),
                  county,
                  stage,
                  Stage.CLOSED,
                  outcome,
                  "program completed",
                  closedOn,
                  coordinator,
                  at)));
      stages.add(new String[] {stage.name(), "CLOSED", at.toString(), outcome.name()});
      stage = Stage.CLOSED;
    }
    // carried over every phase end it stayed open through
    List<Integer> activePhases = new ArrayList<>(List.of(enrolmentPhase));
    List<String[]> phaseRows = new ArrayList<>();
    phaseRows.add(
        new String[] {
          null, Integer.toString(enrolmentPhase), enrolledOn.toString(), enrolledAt.toString()
        });
    for (Population.Phase phase : phases) {
      if (phase.number() < enrolmentPhase || phase.number() == phases.size()) {
        continue;
      }
      LocalDate next = phase.endsOn().plusDays(1);
      if (next.isAfter(horizon) || (closedOn != null && !closedOn.isAfter(phase.endsOn()))) {
        break;
      }
      Instant at = next.atStartOfDay().toInstant(ZoneOffset.UTC);
      events.add(
          new Timed(
              new CaseCarriedOver(
                  caseId,
                  number,
                  patientId,
                  Population.PROGRAM,
                  phase.number() + 1,
                  place.code(),
                  county,
                  phase.number(),
                  next,
                  coordinator,
                  at)));
      activePhases.add(phase.number() + 1);
      phaseRows.add(
          new String[] {
            Integer.toString(phase.number()), Integer.toString(phase.number() + 1),
            next.toString(), at.toString()
          });
    }
    events.sort(Comparator.comparing(Timed::at));
    journal.stream(null, events.stream().map(Timed::event).toList());
    int currentPhase = activePhases.get(activePhases.size() - 1);
    tables.cases.values(
        caseId,
        number,
        patientId,
        Population.PROGRAM,
        List.of(condition.name()),
        enrolmentPhase,
        currentPhase,
        activePhases,
        enrolledOn,
        place.code(),
        county,
        place.path(),
        referralId,
        stage.name(),
        outcome == null ? null : outcome.name(),
        closedOn,
        enrolledAt,
        coordinator,
        events.size() - n);
    for (int i = 0; i < n; i++) {
      Population.MilestoneTemplate template = plan.get(i);
      tables.milestones.values(
          ids[i],
          caseId,
          i + 1,
          condition.name(),
          template.kind(),
          template.title(),
          due[i],
          status[i],
          achieved[i],
          evidence[i],
          skipped[i],
          false,
          template.afterKind(),
          template.dueAfterMonths() == null ? 0 : template.dueAfterMonths(),
          template.dueAfterDays() == null ? 0 : template.dueAfterDays());
    }
    for (int i = 0; i < phaseRows.size(); i++) {
      String[] row = phaseRows.get(i);
      tables.phaseHistory.values(
          caseId,
          i + 1,
          row[0] == null ? null : Integer.valueOf(row[0]),
          Integer.valueOf(row[1]),
          LocalDate.parse(row[2]),
          Instant.parse(row[3]),
          coordinator);
    }
    for (int i = 0; i < stages.size(); i++) {
      String[] row = stages.get(i);
      tables.stageHistory.values(
          caseId, i + 1, row[0], row[1], Instant.parse(row[2]), coordinator, null, row[3]);
    }
    return events.size();
  }

  private static LocalDate plannedDue(
      Population.MilestoneTemplate template,
      List<Population.MilestoneTemplate> plan,
      LocalDate[] due,
      LocalDate enrolledOn) {
    if (template.afterKind() == null) {
      return plannedDue(template, enrolledOn);
    }
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i).kind().equals(template.afterKind()) && due[i] != null) {
        return plannedDue(template, due[i]);
      }
    }
    return plannedDue(template, enrolledOn);
  }

  private static LocalDate plannedDue(Population.MilestoneTemplate template, LocalDate from) {
    LocalDate due = from;
    if (template.dueAfterMonths() != null) {
      due = due.plusMonths(template.dueAfterMonths());
    }
    if (template.dueAfterDays() != null) {
      due = due.plusDays(template.dueAfterDays());
    }
    return due;
  }

  private int phaseOn(LocalDate day) {
    for (Population.Phase phase : phases) {
      if (!day.isAfter(phase.endsOn())) {
        return phase.number();
      }
    }
    return phases.size();
  }

  private ScreeningTemplate template(boolean refer, ScreeningKind kind) {
    List<ScreeningTemplate> fitting =
        templates.stream()
            .filter(t -> t.refers() == refer && (kind == null || t.kind() == kind))
            .toList();
    return fitting.get(random.nextInt(fitting.size()));
  }

  /** {@code count} instants after {@code from}, in order, spread up to the horizon. */
  private List<Instant> spread(Instant from, int count) {
    List<Instant> times = new ArrayList<>(count);
    long span = horizonInstant().getEpochSecond() - from.getEpochSecond() - 86_400L * 40;
    long step = Math.max(3600, span / (count + 1));
    Instant at = from;
    for (int i = 0; i < count; i++) {
      at = at.plusSeconds(step / 2 + random.nextLong(step));
      times.add(at);
    }
    return times;
  }

  private Instant between(LocalDate from, LocalDate to) {
    long start = from.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long end = to.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    return Instant.ofEpochSecond(start + random.nextLong(Math.max(1, end - start)))
        .plusNanos(random.nextInt(1_000_000) * 1000L);
  }

  private Instant horizonInstant() {
    return horizon.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private String uuid() {
    long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** An event with the instant it happened, for ordering a case's events. */
  private record Timed(DomainEvent event) {
    Instant at() {
      return event.occurredAt();
    }
  }
}
