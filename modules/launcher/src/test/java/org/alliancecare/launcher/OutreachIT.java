package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Specialist alliances and outreach clinics over HTTP against the packaged application: the
 * paediatrics lead's journey through a clinic in a township of 温宿县, what other leads and doctors
 * may not do, the staffing rules with time zones, the database's guards under concurrent requests,
 * attendance, the journal and the calendar feed.
 */
class OutreachIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final HttpClient HTTP_11 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** 佳木镇 (Jiamu Town), a township of 温宿县 (Wensu County, 652922). */
  private static final String JIAMU_TOWN = "652922-T01";

  private static RunningApplication app;
  private static Api admin;
  private static Api coordinator;
  private static Api auditor;
  private static Api pedLead;
  private static String pedLeadToken;
  private static Api entLead;
  private static Api staffDoctor;
  private static String pediatrics;
  private static String otolaryngology;
  private static String pedLeadPractitioner;
  private static String entLeadPractitioner;
  private static String doctorPractitioner;
  private static LocalDate today;

  @BeforeAll
  static void leadsAndMembers() {
    app = RunningApplication.shared();
    admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    today = LocalDate.now(CHINA);

    pediatrics = allianceId("PED");
    otolaryngology = allianceId("ENT");
    pedLeadPractitioner = localPractitioner("阿依古丽·吐尔逊", "PEDIATRICS");
    entLeadPractitioner = localPractitioner("王建国", "OTOLARYNGOLOGY");
    doctorPractitioner = localPractitioner("努尔艾合买提·艾买尔", "PEDIATRICS");
    pedLeadToken = accountToken("ALLIANCE_LEAD", pedLeadPractitioner);
    pedLead = app.api().as(pedLeadToken);
    entLead = account("ALLIANCE_LEAD", entLeadPractitioner);
    staffDoctor = account("DOCTOR", doctorPractitioner);

    appoint(coordinator, pediatrics, pedLeadPractitioner, "LEAD");
    appoint(coordinator, otolaryngology, entLeadPractitioner, "LEAD");
    appoint(pedLead, pediatrics, doctorPractitioner, "MEMBER");
  }

  @Test
  void alliances_are_listed_with_their_lead_and_members_on_a_day() {
    ApiResponse list = auditor.get("/api/alliances?limit=500");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items")).hasSizeGreaterThanOrEqualTo(21);

    ApiResponse ped = auditor.get("/api/alliances/" + pediatrics);
    assertThat(ped.status()).isEqualTo(200);
    assertThat(ped.json().getString("code")).isEqualTo("PED");
    assertThat(ped.json().getString("nameZh")).isEqualTo("儿科专科联盟");
    assertThat(ped.json().getJsonObject("lead").getString("practitionerId"))
        .isEqualTo(pedLeadPractitioner);
    assertThat(ped.json().getInt("memberCount")).isGreaterThanOrEqualTo(2);

    ApiResponse members = auditor.get("/api/alliances/" + pediatrics + "/members?at=" + today);
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.body()).contains(pedLeadPractitioner, doctorPractitioner);
    ApiResponse before =
        auditor.get("/api/alliances/" + pediatrics + "/members?at=" + today.minusDays(1));
    assertThat(before.body()).doesNotContain(doctorPractitioner);
  }

  @Test
  void a_new_lead_ends_the_previous_leads_role_and_only_the_current_lead_manages_members() {
    String first = localPractitioner("古丽米热·买买提", "UROLOGY");
    String second = localPractitioner("陈晓明", "UROLOGY");
    String urology = allianceId("URO");
    Api firstLead = account("ALLIANCE_LEAD", first);
    appoint(coordinator, urology, first, "LEAD");
    String member = localPractitioner("李华", "UROLOGY");
    assertThat(
            firstLead
                .post("/api/alliances/" + urology + "/members", membership(member, "MEMBER", today))
                .status())
        .isEqualTo(201);

    appoint(coordinator, urology, second, "LEAD");

    JsonObject uro = auditor.get("/api/alliances/" + urology).json();
    assertThat(uro.getJsonObject("lead").getString("practitionerId")).isEqualTo(second);
    ApiResponse members = auditor.get("/api/alliances/" + urology + "/members?at=" + today);
    assertThat(
            members.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("role").equals("LEAD")))
        .hasSize(1);
    assertThat(
            members.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("practitionerId").equals(first))
                .map(m -> m.getString("role")))
        .containsExactly("MEMBER");
    ApiResponse refused =
        firstLead.post(
            "/api/alliances/" + urology + "/members/" + member + "/end",
            "{\"on\": \"" + today.plusDays(1) + "\", \"reason\": \"moved\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    ApiResponse ended =
        coordinator.post(
            "/api/alliances/" + urology + "/members/" + member + "/end",
            "{\"on\": \"" + today.plusDays(1) + "\", \"reason\": \"moved to Kuqa\"}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().getString("endsOn")).isEqualTo(today.plusDays(1).toString());
    assertThat(auditor.get("/api/alliances/" + urology + "/members?at=" + today).body())
        .contains(member);
  }

  @Test
  void a_clinic_is_planned_for_today_or_later_and_never_moved_to_a_day_that_has_passed() {
    for (Api planner : List.of(pedLead, coordinator)) {
      ApiResponse yesterday =
          planner.post(
              "/api/clinics", clinic(pediatrics, today.minusDays(1), "10:00", "12:00", null, 20));
      assertThat(yesterday.status()).as(yesterday.toString()).isEqualTo(409);
      assertThat(yesterday.contentType()).startsWith("application/problem+json");
      assertThat(yesterday.json().getString("type")).isEqualTo("clinic-date-in-past");
      assertThat(yesterday.json().getString("today"))
          .as("today is the day in China")
          .isEqualTo(today.toString());
    }

    ApiResponse onToday =
        coordinator.post("/api/clinics", clinic(pediatrics, today, "16:00", "17:00", null, 20));
    assertThat(onToday.status()).as(onToday.toString()).isEqualTo(201);
    String id = onToday.json().getString("id");
    long version = onToday.json().getJsonNumber("version").longValue();

    ApiResponse moved =
        coordinator
            .withHeader("If-Match", "\"" + version + "\"")
            .put(
                "/api/clinics/" + id,
                clinic(pediatrics, today.minusDays(1), "16:00", "17:00", null, 20));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(409);
    assertThat(moved.json().getString("type")).isEqualTo("clinic-date-in-past");

    ApiResponse revised =
        coordinator
            .withHeader("If-Match", "\"" + version + "\"")
            .put("/api/clinics/" + id, clinic(pediatrics, today, "16:00", "17:30", null, 25));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    ApiResponse later =
        coordinator
            .withHeader("If-Match", "\"" + revised.json().getJsonNumber("version") + "\"")
            .put(
                "/api/clinics/" + id,
                clinic(pediatrics, today.plusDays(1), "16:00", "17:30", null, 25));
    assertThat(later.status()).as(later.toString()).isEqualTo(200);
    assertThat(later.json().getString("date")).isEqualTo(today.plusDays(1).toString());
  }

  @Test
  void the_pediatrics_lead_plans_staffs_publishes_starts_and_completes_a_clinic_in_wensu() {
    ApiResponse byDoctor =
        staffDoctor.post(
            "/api/clinics", clinic(pediatrics, today.plusDays(7), "10:00", "12:00", null, 20));
    assertThat(byDoctor.status()).isEqualTo(403);

    ApiResponse planned =
        pedLead.post(
            "/api/clinics", clinic(pediatrics, today.plusDays(7), "10:00", "12:00", null, 20));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    JsonObject clinic = planned.json();
    String id = clinic.getString("id");
    assertThat(planned.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
    assertThat(clinic.getString("clinicNumber")).matches("OC-\\d{4}-\\d{4,}");
    assertThat(clinic.getString("status")).isEqualTo("PLANNED");
    assertThat(clinic.getString("timeZone")).isEqualTo("Asia/Shanghai");
    assertThat(clinic.getString("startTime")).isEqualTo("10:00");
    assertThat(clinic.getString("startsAt")).isEqualTo(today.plusDays(7) + "T02:00:00Z");
    assertThat(clinic.getString("placeCode")).isEqualTo(JIAMU_TOWN);

    ApiResponse read = entLead.get("/api/clinics/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isPresent();
    assertThat(entLead.get("/api/clinics?allianceId=" + pediatrics).body()).contains(id);
    assertThat(
            entLead
                .withHeader("If-Match", "\"0\"")
                .put(
                    "/api/clinics/" + id,
                    clinic(pediatrics, today.plusDays(8), "10:00", "12:00", null, 20))
                .status())
        .isEqualTo(403);
    assertThat(entLead.post("/api/clinics/" + id + "/staff", staff(entLeadPractitioner)).status())
        .isEqualTo(403);
    assertThat(entLead.post("/api/clinics/" + id + "/publish", null).status()).isEqualTo(403);
    assertThat(
            entLead.post("/api/clinics/" + id + "/cancel", "{\"reason\": \"mine now\"}").status())
        .isEqualTo(403);

    ApiResponse unstaffed = pedLead.post("/api/clinics/" + id + "/publish", null);
    assertThat(unstaffed.status()).isEqualTo(409);
    assertThat(unstaffed.json().getString("type")).isEqualTo("no-host-alliance-staff");
    ApiResponse stranger =
        pedLead.post("/api/clinics/" + id + "/staff", staff(entLeadPractitioner));
    assertThat(stranger.status()).isEqualTo(409);
    assertThat(stranger.json().getString("type")).isEqualTo("not-an-alliance-member");

    ApiResponse staffed = pedLead.post("/api/clinics/" + id + "/staff", staff(doctorPractitioner));
    assertThat(staffed.status()).as(staffed.toString()).isEqualTo(201);
    assertThat(staffed.json().getJsonArray("staff").getJsonObject(0).getString("name"))
        .isEqualTo("努尔艾合买提·艾买尔");
    assertThat(transition(pedLead, id, "start").json().getString("type"))
        .isEqualTo("invalid-transition");
    assertThat(transition(pedLead, id, "publish").json().getString("status"))
        .isEqualTo("PUBLISHED");
    assertThat(transition(pedLead, id, "start").json().getString("status"))
        .isEqualTo("IN_PROGRESS");

    String patient = registerPatient(DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU));
    ApiResponse seen =
        staffDoctor.post(
            "/api/clinics/" + id + "/attendances",
            "{\"patientId\": \"" + patient + "\", \"kind\": \"WALK_IN\", \"note\": \"squints\"}");
    assertThat(seen.status()).as(seen.toString()).isEqualTo(201);
    assertThat(seen.json().getString("patientId")).isEqualTo(patient);
    assertThat(
            DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA)
                .post(
                    "/api/clinics/" + id + "/attendances",
                    "{\"patientId\": \"" + patient + "\", \"kind\": \"WALK_IN\"}")
                .status())
        .as("a doctor who does not staff the clinic")
        .isEqualTo(403);
    assertThat(staffDoctor.get("/api/clinics/" + id + "/attendances").body()).contains(patient);
    assertThat(auditor.get("/api/clinics/" + id + "/attendances").status()).isEqualTo(200);
    assertThat(coordinator.get("/api/clinics/" + id + "/attendances").status())
        .as("who attended is for staff, leads and auditors (API.md), not coordinators")
        .isEqualTo(403);
    assertThat(entLead.get("/api/clinics/" + id + "/attendances").status()).isEqualTo(403);

    ApiResponse completed =
        pedLead.post("/api/clinics/" + id + "/complete", "{\"summary\": \"1 child seen\"}");
    assertThat(completed.status()).isEqualTo(200);
    assertThat(completed.json().getString("status")).isEqualTo("COMPLETED");
    assertThat(
            pedLead
                .post("/api/clinics/" + id + "/cancel", "{\"reason\": \"late\"}")
                .json()
                .getString("type"))
        .isEqualTo("invalid-transition");

    ApiResponse journal =
        auditor.get("/api/audit/journal?streamType=Clinic&streamId=" + id + "&limit=100");
    assertThat(journal.status()).as(journal.toString()).isEqualTo(200);
    assertThat(
            journal.json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("eventType")))
        .containsExactly(
            "ClinicPlanned",
            "StaffAssigned",
            "ClinicPublished",
            "ClinicStarted",
            "ClinicCompleted");
    ApiResponse seenInJournal = auditor.get("/api/audit/journal?patientId=" + patient);
    assertThat(
            seenInJournal.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("eventType").equals("PatientAttended")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("streamType")).isEqualTo("Attendance");
              assertThat(e.getString("streamId")).isEqualTo(seen.json().getString("id"));
              assertThat(e.getJsonObject("payload").getString("clinicId")).isEqualTo(id);
            });
  }

  @Test
  void time_zones_decide_overlaps_beijing_and_xinjiang_time() {
    String doctor = member(pediatrics, "阿卜杜拉·热合曼");
    LocalDate day = today.plusDays(12);
    String a =
        plannedClinic(pedLead, clinic(pediatrics, day, "10:00", "12:00", "Asia/Shanghai", 5));
    String b = plannedClinic(pedLead, clinic(pediatrics, day, "10:30", "11:30", "Asia/Urumqi", 5));
    String c = plannedClinic(pedLead, clinic(pediatrics, day, "09:00", "10:00", "Asia/Urumqi", 5));

    assertThat(pedLead.post("/api/clinics/" + a + "/staff", staff(doctor)).status()).isEqualTo(201);
    ApiResponse bStaffed = pedLead.post("/api/clinics/" + b + "/staff", staff(doctor));
    assertThat(bStaffed.status()).as("04:30-05:30Z after 02:00-04:00Z").isEqualTo(201);
    assertThat(auditor.get("/api/clinics/" + b).json().getString("startsAt"))
        .isEqualTo(day + "T04:30:00Z");
    ApiResponse cRefused = pedLead.post("/api/clinics/" + c + "/staff", staff(doctor));
    assertThat(cRefused.status()).as("03:00-04:00Z inside 02:00-04:00Z").isEqualTo(409);
    assertThat(cRefused.json().getString("type")).isEqualTo("practitioner-double-booked");

    assertThat(
            pedLead.post("/api/clinics/" + a + "/cancel", "{\"reason\": \"road closed\"}").status())
        .isEqualTo(200);
    assertThat(pedLead.post("/api/clinics/" + c + "/staff", staff(doctor)).status())
        .as("a cancelled clinic releases its staff's time")
        .isEqualTo(201);
  }

  @Test
  void an_aid_doctor_staffs_clinics_only_within_the_tour() {
    String zjuChildrens = organisationId("ZJU-CH");
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            """
            {"name": "陈晓明", "specialty": "PEDIATRICS", "origin": "AID",
             "organisationId": "%s", "homeOrganisationId": "%s",
             "tourStart": "%s", "tourEnd": "%s"}
            """
                .formatted(
                    organisationId("AKS-H1"),
                    zjuChildrens,
                    today.minusYears(1),
                    today.plusDays(30)));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String aid = registered.json().getString("id");
    ApiResponse joined =
        pedLead.post("/api/alliances/" + pediatrics + "/members", membership(aid, "MEMBER", today));
    assertThat(joined.status()).isEqualTo(201);
    assertThat(joined.json().getString("endsOn")).isEqualTo(today.plusDays(31).toString());

    String after =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(40), "10:00", "12:00", null, 5));
    ApiResponse refused = pedLead.post("/api/clinics/" + after + "/staff", staff(aid));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("type")).isEqualTo("outside-aid-tour");
    String within =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(20), "10:00", "12:00", null, 5));
    assertThat(pedLead.post("/api/clinics/" + within + "/staff", staff(aid)).status())
        .isEqualTo(201);
  }

  @Test
  void twenty_concurrent_staffings_of_one_doctor_on_twenty_overlapping_clinics_one_succeeds()
      throws Exception {
    String doctor = member(pediatrics, "热依拉·艾则孜");
    LocalDate day = today.plusDays(60);
    List<String> clinics = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String start = "%02d:%02d".formatted(9 + (5 * i) / 60, (5 * i) % 60);
      String end = "%02d:%02d".formatted(11 + (5 * i) / 60, (5 * i) % 60);
      clinics.add(plannedClinic(pedLead, clinic(pediatrics, day, start, end, null, 5)));
    }

    List<ApiResponse> answers =
        concurrently(
            clinics, id -> http11(pedLeadToken, "/api/clinics/" + id + "/staff", staff(doctor)));

    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
    assertThat(answers.stream().filter(a -> a.status() == 409))
        .hasSize(19)
        .allSatisfy(
            a -> assertThat(a.json().getString("type")).isEqualTo("practitioner-double-booked"));
    long staffedOn =
        clinics.stream()
            .filter(id -> auditor.get("/api/clinics/" + id).body().contains(doctor))
            .count();
    assertThat(staffedOn).isOne();
  }

  @Test
  void fifty_concurrent_bookings_on_a_clinic_of_capacity_ten_take_exactly_ten_places()
      throws Exception {
    String id =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(3), "15:00", "18:00", null, 10));
    assertThat(
            pedLead.post("/api/clinics/" + id + "/staff", staff(member(pediatrics, "李华"))).status())
        .isEqualTo(201);
    assertThat(transition(pedLead, id, "publish").status()).isEqualTo(200);
    Api registrar = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    List<String> patients = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      patients.add(registerPatient(registrar));
    }

    List<ApiResponse> answers =
        concurrently(
            patients,
            patient ->
                http11(
                    pedLeadToken,
                    "/api/clinics/" + id + "/attendances",
                    "{\"patientId\": \"" + patient + "\", \"kind\": \"BOOKED\"}"));

    assertThat(answers.stream().filter(a -> a.status() != 201 && a.status() != 409))
        .as("every booking is answered: a place, or clinic-full")
        .isEmpty();
    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(10);
    assertThat(answers.stream().filter(a -> a.status() == 409))
        .hasSize(40)
        .allSatisfy(a -> assertThat(a.json().getString("type")).isEqualTo("clinic-full"));
    assertThat(auditor.get("/api/clinics/" + id).json().getInt("booked")).isEqualTo(10);
    ApiResponse walkIn =
        pedLead.post(
            "/api/clinics/" + id + "/attendances",
            "{\"patientId\": \"" + patients.get(49) + "\", \"kind\": \"WALK_IN\"}");
    assertThat(walkIn.status()).as("walk-ins are not limited").isIn(201, 409);
  }

  @Test
  void an_attendance_with_the_same_idempotency_key_is_recorded_once() {
    String id =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(4), "08:00", "09:00", null, 10));
    pedLead.post("/api/clinics/" + id + "/staff", staff(member(pediatrics, "买买提·吐尔逊")));
    transition(pedLead, id, "publish");
    String patient = registerPatient(DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU));
    Api keyed = pedLead.withHeader("Idempotency-Key", UUID.randomUUID().toString());
    String body = "{\"patientId\": \"" + patient + "\", \"kind\": \"BOOKED\"}";

    ApiResponse first = keyed.post("/api/clinics/" + id + "/attendances", body);
    ApiResponse again = keyed.post("/api/clinics/" + id + "/attendances", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
    assertThat(auditor.get("/api/clinics/" + id).json().getInt("booked")).isOne();
  }

  @Test
  void a_merged_duplicates_attendance_moves_to_the_surviving_patient() {
    String id =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(5), "08:00", "09:00", null, 10));
    pedLead.post("/api/clinics/" + id + "/staff", staff(member(pediatrics, "阿迪力·买买提")));
    transition(pedLead, id, "publish");
    Api registrar = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    String survivor = registerPatient(registrar);
    String duplicate = registerPatient(registrar);
    ApiResponse booked =
        pedLead.post(
            "/api/clinics/" + id + "/attendances",
            "{\"patientId\": \"" + duplicate + "\", \"kind\": \"BOOKED\"}");
    assertThat(booked.status()).isEqualTo(201);

    ApiResponse merged =
        coordinator.post(
            "/api/patients/" + survivor + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    ApiResponse attendances = auditor.get("/api/clinics/" + id + "/attendances");
    assertThat(attendances.json().getJsonArray("items"))
        .singleElement()
        .satisfies(a -> assertThat(a.asJsonObject().getString("patientId")).isEqualTo(survivor));
    ApiResponse journal =
        auditor.get(
            "/api/audit/journal?streamType=Attendance&streamId=" + booked.json().getString("id"));
    assertThat(
            journal.json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("eventType")))
        .containsExactly("PatientAttended", "AttendanceMovedToSurvivor");
  }

  @Test
  void edits_need_if_match_and_a_valid_time_zone_and_place() {
    String id =
        plannedClinic(pedLead, clinic(pediatrics, today.plusDays(9), "10:00", "12:00", null, 10));
    String moved = clinic(pediatrics, today.plusDays(10), "10:00", "12:00", "Asia/Urumqi", 10);

    assertThat(pedLead.put("/api/clinics/" + id, moved).status()).isEqualTo(428);
    assertThat(pedLead.withHeader("If-Match", "\"7\"").put("/api/clinics/" + id, moved).status())
        .isEqualTo(412);
    ApiResponse edited = pedLead.withHeader("If-Match", "\"0\"").put("/api/clinics/" + id, moved);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getString("timeZone")).isEqualTo("Asia/Urumqi");
    assertThat(edited.json().getInt("sequence")).isOne();
    assertThat(edited.header("ETag")).contains("\"1\"");

    assertBadField(
        pedLead.post("/api/clinics", clinic(pediatrics, today, "10:00", "12:00", "Mars/Base", 5)),
        "timeZone");
    assertBadField(
        pedLead.post("/api/clinics", clinic(pediatrics, today, "12:00", "10:00", null, 5)),
        "endTime");
    assertBadField(
        pedLead.post(
            "/api/clinics",
            clinic(pediatrics, today, "10:00", "12:00", null, 5).replace(JIAMU_TOWN, "652922")),
        "placeCode");
  }

  @Test
  void the_calendar_feed_shows_a_cancelled_clinic_with_a_higher_sequence() throws Exception {
    String id =
        plannedClinic(
            pedLead, clinic(pediatrics, today.plusDays(14), "10:00", "12:00", "Asia/Urumqi", 10));
    pedLead.post("/api/clinics/" + id + "/staff", staff(member(pediatrics, "帕提古丽·吾斯曼")));
    ApiResponse before = auditor.get("/api/clinics/calendar.ics?allianceId=" + pediatrics);
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.contentType()).startsWith("text/calendar");
    String event = eventOf(before.body(), id);
    assertThat(event)
        .contains(
            "DTSTART;TZID=Asia/Urumqi:"
                + today.plusDays(14).toString().replace("-", "")
                + "T100000")
        .contains("SEQUENCE:1")
        .contains("STATUS:TENTATIVE")
        .contains("帕提古丽·吾斯曼");
    assertThat(before.body()).contains("BEGIN:VTIMEZONE").contains("TZID:Asia/Urumqi");

    assertThat(
            pedLead.post("/api/clinics/" + id + "/cancel", "{\"reason\": \"sandstorm\"}").status())
        .isEqualTo(200);

    ApiResponse after = auditor.get("/api/clinics/calendar.ics?allianceId=" + pediatrics);
    String cancelled = eventOf(after.body(), id);
    assertThat(cancelled).contains("STATUS:CANCELLED").contains("SEQUENCE:2");
    Calendar parsed = new CalendarBuilder().build(new StringReader(after.body()));
    ValidationResult validation = parsed.validate(true);
    assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
    assertThat(auditor.get("/api/clinics/calendar.ics?practitionerId=" + UUID.randomUUID()).body())
        .doesNotContain("BEGIN:VEVENT");
  }

  // ---- helpers

  private static String eventOf(String ics, String clinicId) {
    String unfolded = ics.replace("\r\n ", "");
    int uid = unfolded.indexOf("UID:" + clinicId);
    assertThat(uid).as("the feed has the clinic").isPositive();
    int begin = unfolded.lastIndexOf("BEGIN:VEVENT", uid);
    int end = unfolded.indexOf("END:VEVENT", uid);
    return unfolded.substring(begin, end);
  }

  private static ApiResponse transition(Api as, String id, String step) {
    return as.post("/api/clinics/" + id + "/" + step, null);
  }

  private static <T> List<ApiResponse> concurrently(List<T> inputs, Function<T, ApiResponse> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ApiResponse>> futures = new ArrayList<>();
    for (T input : inputs) {
      Callable<ApiResponse> request =
          () -> {
            go.await();
            return call.apply(input);
          };
      futures.add(pool.submit(request));
    }
    go.countDown();
    List<ApiResponse> answers = new ArrayList<>();
    for (Future<ApiResponse> future : futures) {
      answers.add(future.get());
    }
    pool.shutdown();
    return answers;
  }

  private static void assertBadField(ApiResponse response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(
            response.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains(field);
  }

  private static String plannedClinic(Api as, String body) {
    ApiResponse planned = as.post("/api/clinics", body);
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    return planned.json().getString("id");
  }

  private static String clinic(
      String host, LocalDate date, String start, String end, String timeZone, int capacity) {
    return """
        {"title": "儿童视力听力筛查义诊", "hostAllianceId": "%s", "joiningAllianceIds": [],
         "placeCode": "%s", "venue": "佳木镇卫生院", "date": "%s", "startTime": "%s",
         "endTime": "%s", %s "services": ["VISION_SCREENING", "HEARING_SCREENING"],
         "capacity": %d}
        """
        .formatted(
            host,
            JIAMU_TOWN,
            date,
            start,
            end,
            timeZone == null ? "" : "\"timeZone\": \"" + timeZone + "\",",
            capacity);
  }

  private static String staff(String practitionerId) {
    return "{\"practitionerId\": \"" + practitionerId + "\", \"role\": \"DOCTOR\"}";
  }

  private static String membership(String practitionerId, String role, LocalDate since) {
    return "{\"practitionerId\": \"%s\", \"role\": \"%s\", \"since\": \"%s\"}"
        .formatted(practitionerId, role, since);
  }

  private static void appoint(Api as, String alliance, String practitionerId, String role) {
    ApiResponse admitted =
        as.post("/api/alliances/" + alliance + "/members", membership(practitionerId, role, today));
    assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
  }

  /** A new local practitioner, member of the alliance from today. */
  private static String member(String alliance, String name) {
    String practitioner = localPractitioner(name, "PEDIATRICS");
    appoint(pedLead, alliance, practitioner, "MEMBER");
    return practitioner;
  }

  private static String allianceId(String code) {
    return auditor.get("/api/alliances?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String organisationId(String key) {
    return admin.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", null)))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String localPractitioner(String name, String specialty) {
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            "{\"name\": \"%s\", \"specialty\": \"%s\", \"origin\": \"LOCAL\", \"organisationId\": \"%s\"}"
                .formatted(name, specialty, organisationId("WS-H")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }

  /** A new account with one role, linked to the practitioner, signed in. */
  private static Api account(String role, String practitionerId) {
    return app.api().as(accountToken(role, practitionerId));
  }

  /** A new account with one role, linked to the practitioner: its bearer token. */
  private static String accountToken(String role, String practitionerId) {
    String username =
        "it."
            + role.toLowerCase().replace('_', '.')
            + "."
            + UUID.randomUUID().toString().substring(0, 8);
    String password = "Tarim-" + UUID.randomUUID();
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"],
             "practitionerId": "%s", "jurisdiction": ["652922"]}
            """
                .formatted(username, username, password, role, practitionerId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiResponse session =
        app.api()
            .post(
                "/api/session",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    assertThat(session.status()).isEqualTo(200);
    return session.json().getString("token");
  }

  /**
   * A POST over HTTP/1.1, one connection per request, as browsers and most clients speak to a plain
   * http address: the concurrent requests of these tests arrive side by side, not multiplexed.
   */
  private static ApiResponse http11(String token, String path, String json) {
    try {
      HttpResponse<String> response =
          HTTP_11.send(
              HttpRequest.newBuilder(app.uri(path))
                  .timeout(Duration.ofSeconds(120))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json, application/problem+json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String registerPatient(Api doctor) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    LocalDate born = LocalDate.of(2014, 1, 1).plusDays((long) (Math.random() * 3000));
    ApiResponse registered =
        doctor.post(
            "/api/patients",
            """
            {"name": "阿依努尔·艾力%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
             "guardians": [{"name": "家长", "relationship": "mother"}],
             "acknowledgeDuplicates": true}
            """
                .formatted(suffix, born, JIAMU_TOWN));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }
}
