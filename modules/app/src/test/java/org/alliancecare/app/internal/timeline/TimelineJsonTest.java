package org.alliancecare.app.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.alliancecare.app.internal.http.JsonBinding;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.patients.api.PatientsFacade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timeline written straight from the journal's stored payloads is, byte for byte, what JSON-B
 * wrote for the page of parsed {@link TimelineEntry}s it replaces: a child with a merged duplicate
 * (whose own duplicate was merged before), every kind of entry that has a sentence and one that has
 * not, payloads with nested measurements, decimals, escapes and non-Latin text; whole and paged.
 */
class TimelineJsonTest {

  private static final String CHILD = "0b6d7c52-8a4f-4d0e-9a43-5f0e3c1d2a10";
  private static final String DUPLICATE = "6f1c2e0a-3b7d-4f55-8e21-9d4c0b7a1e22";
  private static final String EARLIER_DUPLICATE = "c3a9e1f4-7d2b-4a60-b5c8-1e0f9a2d3b44";
  private static final Jsonb JSONB = new JsonBinding().getContext(Object.class);
  private static final Caller COORDINATOR =
      new Caller("coordinator", "Coordinator", Set.of(Role.COORDINATOR), Set.of("6529"), null);

  private final Map<String, List<JournalEntry>> journal =
      Map.of(
          CHILD,
          childEntries(),
          DUPLICATE,
          duplicateEntries(),
          EARLIER_DUPLICATE,
          earlierEntries());
  private final PatientTimeline timeline = timeline(journal);

  @Test
  void the_whole_timeline_is_what_json_b_wrote_for_the_parsed_entries() {
    Page<TimelineEntry> parsed = timeline.of(CHILD, null, null, COORDINATOR);
    TimelineDocument written = timeline.document(CHILD, null, null, COORDINATOR);

    assertThat(parsed.items()).hasSize(journal.values().stream().mapToInt(List::size).sum());
    assertThat(written.json()).isEqualTo(JSONB.toJson(parsed));
  }

  @ParameterizedTest(name = "limit {0}")
  @CsvSource({"1", "4", "7", "500"})
  void each_page_is_what_json_b_wrote_for_it(int limit) {
    String cursor = null;
    int pages = 0;
    do {
      Page<TimelineEntry> parsed = timeline.of(CHILD, limit, cursor, COORDINATOR);
      TimelineDocument written = timeline.document(CHILD, limit, cursor, COORDINATOR);

      assertThat(written.json()).isEqualTo(JSONB.toJson(parsed));
      assertThat(written.registrations())
          .extracting(TimelineDocument.Registration::patientId)
          .containsExactlyElementsOf(patientsInOrderMet(parsed.items()));
      cursor = parsed.nextCursor();
      pages++;
    } while (cursor != null);
    assertThat(pages).isGreaterThan(limit == 500 ? 0 : 1);
  }

  @Test
  void the_answer_names_every_registration_of_its_entries_once_in_the_order_met() {
    TimelineDocument written = timeline.document(CHILD, null, null, COORDINATOR);

    assertThat(written.registrations())
        .extracting(TimelineDocument.Registration::patientId)
        .containsExactly(EARLIER_DUPLICATE, DUPLICATE, CHILD);
  }

  private static List<String> patientsInOrderMet(List<TimelineEntry> entries) {
    Set<String> ids = new LinkedHashSet<>();
    entries.forEach(e -> ids.add(e.patientId()));
    return List.copyOf(ids);
  }

  // --- the journal -------------------------------------------------------------------------

  private static List<JournalEntry> earlierEntries() {
    return List.of(
        entry(
            1,
            "Patient",
            EARLIER_DUPLICATE,
            1,
            EARLIER_DUPLICATE,
            "PatientRegistered",
            "{\"birthDate\":\"2020-03-04\",\"name\":\"阿依古丽\",\"placeCode\":\"652927-T01\"}"),
        entry(
            4,
            "Patient",
            EARLIER_DUPLICATE,
            2,
            EARLIER_DUPLICATE,
            "PatientMergedAway",
            "{\"survivorId\":\"" + DUPLICATE + "\"}"));
  }

  private static List<JournalEntry> duplicateEntries() {
    return List.of(
        entry(
            2,
            "Patient",
            DUPLICATE,
            1,
            DUPLICATE,
            "PatientRegistered",
            "{\"birthDate\":\"2020-03-04\",\"nameUg\":\"ئايگۈل\",\"placeCode\":\"652927\"}"),
        entry(
            5,
            "Patient",
            DUPLICATE,
            2,
            DUPLICATE,
            "PatientsMerged",
            "{\"duplicateId\":\"" + EARLIER_DUPLICATE + "\"}"),
        entry(
            6,
            "Screening",
            "s-2",
            1,
            DUPLICATE,
            "ScreeningRecorded",
            "{\"classification\":{\"pta4Left\":42.5,\"pta4Right\":1.25E+2,\"reasons\":[\"a\\\"b\","
                + "\"tab\\tand\\u0001\"],\"whoHearingGrade\":\"MODERATE\"},\"clinicId\":\"c-9\","
                + "\"kind\":\"HEARING\",\"measurements\":{\"leftEar\":{\"1000\":40,\"2000\":45,"
                + "\"4000\":50,\"500\":35},\"rightEar\":{\"1000\":-5,\"500\":0.0}},"
                + "\"method\":\"PURE_TONE\",\"notes\":\"lives at \\\"the mill\\\" \\\\ 磨坊 — ok\","
                + "\"result\":\"REFER\",\"screeningId\":\"s-2\"}"),
        entry(
            9,
            "Patient",
            DUPLICATE,
            3,
            DUPLICATE,
            "PatientMergedAway",
            "{\"survivorId\":\"" + CHILD + "\"}"));
  }

  private static List<JournalEntry> childEntries() {
    List<JournalEntry> entries = new ArrayList<>();
    long seq = 10;
    entries.add(
        entry(
            3,
            "Patient",
            CHILD,
            1,
            CHILD,
            "PatientRegistered",
            "{\"birthDate\":\"2020-03-04\",\"name\":\"Ayigul\",\"placeCode\":\"652927-T01\"}"));
    entries.add(
        entry(
            7,
            "Patient",
            CHILD,
            2,
            CHILD,
            "ConsentGiven",
            "{\"givenOn\":\"2026-05-01\",\"guardianName\":\"Tursun\",\"scopes\":[\"TREATMENT\","
                + "\"SCREENING\",\"DATA_SHARING\"]}"));
    entries.add(
        entry(
            8,
            "Screening",
            "s-1",
            1,
            CHILD,
            "ScreeningRecorded",
            "{\"classification\":{\"betterEyeLogMar\":0.3,\"reasons\":[]},\"clinicId\":null,"
                + "\"kind\":\"VISION\",\"measurements\":{\"leftEye\":{\"uncorrected\":{\"notation\":"
                + "\"SNELLEN_METRIC\",\"value\":\"6/12\"}}},\"method\":\"OPTOTYPE\",\"result\":\"PASS\"}"));
    String[][] events = {
      {"Patient", "PatientsMerged", "{\"duplicateId\":\"" + DUPLICATE + "\"}"},
      {"Patient", "PatientEdited", "{\"changed\":[\"name\",\"address\"]}"},
      {"Patient", "ConsentWithdrawn", "{\"withdrawnOn\":\"2026-09-01\"}"},
      {"Clinic", "PatientAttended", "{\"clinicId\":\"c-1\",\"kind\":\"VISION\"}"},
      {"Clinic", "AttendanceMovedToSurvivor", "{\"clinicId\":\"c-1\"}"},
      {
        "Screening",
        "ScreeningCorrected",
        "{\"correctsVersion\":1,\"reason\":\"typo: \\\"6/21\\\"\",\"result\":\"REFER\","
            + "\"version\":2}"
      },
      {"Screening", "ScreeningMovedToSurvivor", "{\"screeningId\":\"s-2\"}"},
      {
        "Referral",
        "ReferralRequested",
        "{\"dueOn\":\"2026-06-01\",\"referralNumber\":\"RF-2026-000042\",\"sourceId\":\"s-1\","
            + "\"sourceKind\":\"SCREENING\",\"specialty\":\"AUDIOLOGY\",\"urgency\":\"ROUTINE\"}"
      },
      {"Referral", "ReferralAccepted", "{\"referralNumber\":\"RF-2026-000042\"}"},
      {
        "Referral",
        "ReferralScheduled",
        "{\"appointmentAt\":\"2026-05-20T02:30:00Z\",\"referralNumber\":\"RF-2026-000042\"}"
      },
      {
        "Referral",
        "ReferralCompleted",
        "{\"completedOn\":\"2026-05-20\",\"findings\":\"ok\",\"outcome\":\"DEVICE_FITTED\","
            + "\"referralNumber\":\"RF-2026-000042\"}"
      },
      {"Referral", "ReferralDeclined", "{\"reason\":\"no slot\",\"referralNumber\":\"RF-1\"}"},
      {"Referral", "ReferralCancelled", "{\"reason\":\"moved\",\"referralNumber\":\"RF-2\"}"},
      {"Referral", "ReferralReassigned", "{\"referralNumber\":\"RF-3\"}"},
      {
        "RehabilitationCase",
        "CaseEnrolled",
        "{\"caseNumber\":\"QIMING-2026-00001\",\"conditions\":[\"HEARING_LOSS\",\"AMBLYOPIA\"],"
            + "\"phase\":1,\"programCode\":\"QIMING\"}"
      },
      {
        "RehabilitationCase",
        "CaseCarriedOver",
        "{\"caseNumber\":\"QIMING-2026-00001\",\"fromPhase\":1,\"phase\":2}"
      },
      {
        "RehabilitationCase",
        "CaseStageChanged",
        "{\"caseNumber\":\"QIMING-2026-00001\",\"fromStage\":\"ASSESSMENT\",\"outcome\":null,"
            + "\"toStage\":\"INTERVENTION\"}"
      },
      {
        "RehabilitationCase",
        "CaseStageChanged",
        "{\"caseNumber\":\"QIMING-2026-00001\",\"fromStage\":\"FOLLOW_UP\",\"outcome\":"
            + "\"REHABILITATED\",\"toStage\":\"CLOSED\"}"
      },
      {"RehabilitationCase", "CaseReassigned", "{\"caseNumber\":\"QIMING-2026-00002\"}"},
      {"RehabilitationCase", "MilestonePlanned", "{\"dueOn\":\"2026-07-01\",\"kind\":\"FITTING\"}"},
      {
        "RehabilitationCase",
        "MilestoneRescheduled",
        "{\"dueOn\":\"2026-08-01\",\"kind\":\"FITTING\"}"
      },
      {
        "RehabilitationCase",
        "MilestoneAchieved",
        "{\"achievedOn\":\"2026-07-30\",\"kind\":\"FITTING\"}"
      },
      {"RehabilitationCase", "MilestoneSkipped", "{\"kind\":\"REVIEW\",\"reason\":\"moved\"}"},
      {"RehabilitationCase", "PhaseOpened", "{\"phase\":2,\"programCode\":\"QIMING\"}"},
    };
    int version = 3;
    for (String[] event : events) {
      String stream = event[0].equals("Patient") ? CHILD : CHILD + "-" + event[0];
      entries.add(entry(seq++, event[0], stream, version++, CHILD, event[1], event[2]));
    }
    return entries;
  }

  private static JournalEntry entry(
      long seq,
      String streamType,
      String streamId,
      long version,
      String patientId,
      String eventType,
      String payload) {
    Instant occurred = Instant.parse("2026-05-01T08:00:00Z").plusSeconds(seq * 3601);
    // recorded with microseconds, as PostgreSQL keeps them; one entry on a whole second
    Instant recorded = seq == 8 ? occurred : occurred.plusNanos(seq * 1_001_000L);
    return new JournalEntry(
        seq,
        streamType,
        streamId,
        version,
        patientId,
        eventType,
        payload,
        seq % 2 == 0 ? "doctor.wushi" : "coordinator",
        occurred,
        recorded,
        "0".repeat(64),
        Long.toHexString(seq).repeat(8));
  }

  // --- the facades the timeline reads ------------------------------------------------------

  private static PatientTimeline timeline(Map<String, List<JournalEntry>> journal) {
    PatientTimeline timeline = new PatientTimeline();
    timeline.audit =
        fake(AuditFacade.class, "timeline", 1, args -> journal.getOrDefault(args[0], List.of()));
    // every patient asked for is there and within the caller's scope
    timeline.patients = fake(PatientsFacade.class, "requireVisible", 2, args -> null);
    return timeline;
  }

  /** A facade that answers one of its methods (by name and number of arguments) and no other. */
  private static <T> T fake(
      Class<T> facade, String method, int arguments, Function<Object[], Object> answer) {
    return facade.cast(
        Proxy.newProxyInstance(
            facade.getClassLoader(),
            new Class<?>[] {facade},
            (proxy, called, args) -> {
              if (called.getName().equals(method) && called.getParameterCount() == arguments) {
                return answer.apply(args);
              }
              throw new UnsupportedOperationException(called.getName());
            }));
  }
}
