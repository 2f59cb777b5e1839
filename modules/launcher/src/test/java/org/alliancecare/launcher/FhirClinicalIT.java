package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.FhirValidation;
import org.alliancecare.testing.RunningApplication;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 API's clinical types against the packaged application, through HAPI's generic client:
 * a child of 温宿县 (Wensu) is screened (pure-tone, REFER), referred to Aksu's maternal and child
 * hospital (accepted, scheduled, completed) and enrolled in a rehabilitation program with a
 * milestone reached; the records are then read and searched as Observation, ServiceRequest, Task,
 * EpisodeOfCare, CarePlan, Goal and AuditEvent. Every resource validates against the R4 base; a
 * doctor of another county finds none of them (404); only auditors read the audit trail.
 */
class FhirClinicalIT {

  private static final String WENSU = "652922";
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String OURS = "https://alliancecare.org/fhir/";

  private static RunningApplication app;
  private static IGenericClient doctor;
  private static IGenericClient doctorKuqa;
  private static IGenericClient auditor;
  private static String child;
  private static String screeningId;
  private static String referralId;
  private static String referralNumber;
  private static String caseId;
  private static final List<Resource> produced = new ArrayList<>();

  @BeforeAll
  static void aChildScreenedReferredAndEnrolled() {
    app = RunningApplication.shared();
    FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    Api coordinatorApi = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    Api doctorApi = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctor = client(DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = client(DemoAccounts.DOCTOR_KUQA);
    auditor = client(DemoAccounts.AUDITOR_WENSU);

    child =
        created(
                coordinatorApi.post(
                    "/api/patients",
                    """
                    {"name": "古丽娜尔·%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
                     "acknowledgeDuplicates": true,
                     "guardians": [{"name": "阿依先木·托合提", "relationship": "mother",
                                    "phone": "138%08d"}]}"""
                        .formatted(
                            UUID.randomUUID().toString().substring(0, 6),
                            today().minusYears(7),
                            WENSU,
                            (int) (Math.random() * 99_999_999))))
            .getString("id");
    created(
        coordinatorApi.post(
            "/api/patients/" + child + "/consents",
            """
            {"guardianName": "阿依先木·托合提", "relationship": "mother",
             "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "%s"}"""
                .formatted(today().minusDays(1))));

    JsonObject screening =
        created(
            doctorApi
                .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    "/api/screenings",
                    """
                    {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE",
                     "performedAt": "%s",
                     "measurements": {
                       "rightEar": {"500": 45, "1000": 45, "2000": 45, "4000": 45},
                       "leftEar": {"500": 15, "1000": 15, "2000": 15, "4000": 15}}}"""
                        .formatted(child, Instant.now().minus(10, ChronoUnit.MINUTES))));
    assertThat(screening.getString("result")).isEqualTo("REFER");
    screeningId = screening.getString("id");

    JsonObject referral =
        created(
            doctorApi.post(
                "/api/referrals",
                """
                {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
                 "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
                 "reason": "right ear PTA4 45 dB HL"}"""
                    .formatted(child, screeningId, organisation(coordinatorApi, "AKS-MCH"))));
    referralId = referral.getString("id");
    referralNumber = referral.getString("referralNumber");
    ok(coordinatorApi.withHeader("If-Match", "\"1\"").post(referralPath("accept"), "{}"));
    ok(
        coordinatorApi
            .withHeader("If-Match", "\"2\"")
            .post(referralPath("schedule"), "{\"appointmentAt\": \"2030-01-01T02:00:00Z\"}"));
    ok(
        coordinatorApi
            .withHeader("If-Match", "\"3\"")
            .post(
                referralPath("complete"),
                "{\"outcome\": \"unilateral conductive hearing loss\", \"findings\": \"otitis media with effusion, right\"}"));

    String program =
        "IT_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toUpperCase(Locale.ROOT);
    created(
        coordinatorApi.post(
            "/api/programs",
            """
            {"code": "%s", "nameZh": "启明行动（测试）", "nameEn": "Qiming Action (test)",
             "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900"],
                             "conditions": ["VISION", "HEARING", "SPEECH"]}}"""
                .formatted(program)));
    created(
        coordinatorApi.post(
            "/api/programs/" + program + "/phases",
            """
            {"number": 1, "startsOn": "%s", "endsOn": "%s", "quota": null}"""
                .formatted(today().minusMonths(1), today().plusYears(1))));
    ok(
        coordinatorApi
            .withHeader("If-Match", "\"1\"")
            .post("/api/programs/" + program + "/phases/1/open", null));
    JsonObject caseFile =
        created(
            coordinatorApi.post(
                "/api/cases",
                """
                {"patientId": "%s", "programCode": "%s", "conditions": ["HEARING"]}"""
                    .formatted(child, program)));
    caseId = caseFile.getString("id");
    String fitted =
        caseFile.getJsonArray("milestones").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("kind").equals("DEVICE_FITTED"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    ok(
        coordinatorApi
            .withHeader("If-Match", "\"" + caseFile.getJsonNumber("version").longValue() + "\"")
            .post(
                "/api/cases/" + caseId + "/milestones/" + fitted + "/achieve",
                "{\"on\": \"" + today() + "\", \"evidence\": \"hearing aid fitted\"}"));
  }

  @Test
  void the_screening_is_an_observation_with_thresholds_per_ear_and_frequency() {
    Observation observation =
        doctor.read().resource(Observation.class).withId(screeningId).execute();
    produced(observation);
    assertThat(observation.getSubject().getReferenceElement().getIdPart()).isEqualTo(child);
    assertThat(observation.getInterpretationFirstRep().getCoding())
        .extracting(c -> c.getCode())
        .contains("A", "REFER");
    assertThat(
            observation.getComponent().stream()
                .filter(
                    c ->
                        c.getCode().getCoding().stream()
                            .anyMatch(x -> x.getCode().equals("89025-1")))
                .findFirst()
                .orElseThrow()
                .getValueQuantity()
                .getValue())
        .isEqualByComparingTo("45");

    Bundle byPatient =
        doctor
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(child))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byPatient)).containsExactly(screeningId);
    Bundle byCode =
        doctor
            .search()
            .forResource(Observation.class)
            .where(Observation.SUBJECT.hasId("Patient/" + child))
            .and(
                Observation.CODE
                    .exactly()
                    .systemAndCode(OURS + "CodeSystem/screening", "HEARING-PURE_TONE"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byCode)).containsExactly(screeningId);
    Bundle otherCode =
        doctor
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(child))
            .and(
                Observation.CODE
                    .exactly()
                    .systemAndCode(OURS + "CodeSystem/screening", "VISION-OPTOTYPE"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(otherCode.getEntry()).isEmpty();
    Bundle longAgo =
        doctor
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(child))
            .and(Observation.DATE.before().day("2020-01-01"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(longAgo.getEntry()).isEmpty();
  }

  @Test
  void the_referral_is_a_service_request_and_a_completed_task() {
    ServiceRequest request =
        doctor.read().resource(ServiceRequest.class).withId(referralId).execute();
    produced(request);
    assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
    assertThat(request.getReasonReferenceFirstRep().getReference())
        .isEqualTo("Observation/" + screeningId);
    Bundle byNumber =
        doctor
            .search()
            .forResource(ServiceRequest.class)
            .where(
                ServiceRequest.IDENTIFIER
                    .exactly()
                    .systemAndIdentifier(OURS + "sid/referral-number", referralNumber))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byNumber)).containsExactly(referralId);

    Task task = doctor.read().resource(Task.class).withId(referralId).execute();
    produced(task);
    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("COMPLETED");
    assertThat(task.getOutput()).hasSize(2);
    Bundle completed =
        doctor
            .search()
            .forResource(Task.class)
            .where(Task.PATIENT.hasId(child))
            .and(Task.STATUS.exactly().code("completed"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(completed)).containsExactly(referralId);
    Bundle requested =
        doctor
            .search()
            .forResource(Task.class)
            .where(Task.PATIENT.hasId(child))
            .and(Task.STATUS.exactly().code("requested"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(requested.getEntry()).isEmpty();
  }

  @Test
  void the_case_is_an_episode_of_care_with_a_care_plan_and_a_goal_per_milestone() {
    EpisodeOfCare episode = doctor.read().resource(EpisodeOfCare.class).withId(caseId).execute();
    produced(episode);
    assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    Bundle episodes =
        doctor
            .search()
            .forResource(EpisodeOfCare.class)
            .where(EpisodeOfCare.PATIENT.hasId(child))
            .and(EpisodeOfCare.STATUS.exactly().code("active"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(episodes)).containsExactly(caseId);

    CarePlan plan = doctor.read().resource(CarePlan.class).withId(caseId).execute();
    produced(plan);
    assertThat(plan.getGoal()).hasSize(7);

    Bundle goals =
        doctor
            .search()
            .forResource(Goal.class)
            .where(Goal.PATIENT.hasId(child))
            .count(3)
            .returnBundle(Bundle.class)
            .execute();
    List<Goal> all = new ArrayList<>();
    while (true) {
      goals.getEntry().forEach(e -> all.add((Goal) e.getResource()));
      if (goals.getLink(Bundle.LINK_NEXT) == null) {
        break;
      }
      goals = doctor.loadPage().next(goals).execute();
    }
    assertThat(all).hasSize(7);
    assertThat(all)
        .filteredOn(g -> g.getLifecycleStatus() == Goal.GoalLifecycleStatus.COMPLETED)
        .hasSize(1);
    Goal read =
        doctor.read().resource(Goal.class).withId(all.get(0).getIdElement().getIdPart()).execute();
    produced(read);
    all.forEach(FhirClinicalIT::produced);
  }

  @Test
  void auditors_read_the_trail_of_the_child_as_audit_events_and_doctors_may_not() {
    Bundle trail =
        auditor
            .search()
            .forResource(AuditEvent.class)
            .where(AuditEvent.PATIENT.hasId(child))
            .count(100)
            .returnBundle(Bundle.class)
            .execute();
    assertThat(trail.getEntry()).isNotEmpty();
    trail.getEntry().forEach(e -> produced(e.getResource()));
    assertThat(trail.getEntry())
        .anySatisfy(
            e ->
                assertThat(((AuditEvent) e.getResource()).getSubtypeFirstRep().getCode())
                    .isEqualTo("ScreeningRecorded"));
    String first = trail.getEntryFirstRep().getResource().getIdElement().getIdPart();
    produced(auditor.read().resource(AuditEvent.class).withId(first).execute());
    Bundle ofScreening =
        auditor
            .search()
            .forResource(AuditEvent.class)
            .where(AuditEvent.ENTITY.hasId("Observation/" + screeningId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ofScreening.getEntry()).isNotEmpty();
    assertThatThrownBy(() -> doctor.read().resource(AuditEvent.class).withId(first).execute())
        .isInstanceOf(ForbiddenOperationException.class);
  }

  @Test
  void a_doctor_of_another_county_finds_none_of_them() {
    assertThatThrownBy(
            () -> doctorKuqa.read().resource(Observation.class).withId(screeningId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> doctorKuqa.read().resource(Task.class).withId(referralId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () -> doctorKuqa.read().resource(EpisodeOfCare.class).withId(caseId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    Bundle none =
        doctorKuqa
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(child))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(none.getEntry()).isEmpty();
  }

  @Test
  void every_clinical_resource_read_validates_against_r4() {
    the_screening_is_an_observation_with_thresholds_per_ear_and_frequency();
    the_referral_is_a_service_request_and_a_completed_task();
    the_case_is_an_episode_of_care_with_a_care_plan_and_a_goal_per_milestone();
    auditors_read_the_trail_of_the_child_as_audit_events_and_doctors_may_not();
    assertThat(produced)
        .extracting(Resource::fhirType)
        .contains(
            "Observation",
            "ServiceRequest",
            "Task",
            "EpisodeOfCare",
            "CarePlan",
            "Goal",
            "AuditEvent");
    for (Resource resource : produced) {
      assertThat(FhirValidation.errors(resource))
          .as(FHIR.newJsonParser().encodeResourceToString(resource))
          .isEmpty();
    }
  }

  private static void produced(IBaseResource resource) {
    synchronized (produced) {
      produced.add((Resource) resource);
    }
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  private static IGenericClient client(String username) {
    ApiResponse session =
        app.api()
            .post(
                "/api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}"
                    .formatted(username, DemoAccounts.password(username)));
    assertThat(session.status()).isEqualTo(200);
    IGenericClient client = FHIR.newRestfulGenericClient(app.uri("/fhir").toString());
    client.registerInterceptor(new BearerTokenAuthInterceptor(session.json().getString("token")));
    return client;
  }

  private static String referralPath(String step) {
    return "/api/referrals/" + referralId + "/" + step;
  }

  private static String organisation(Api api, String key) {
    return ok(api.get("/api/organisations?limit=500")).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static JsonObject created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static JsonObject ok(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }
}
