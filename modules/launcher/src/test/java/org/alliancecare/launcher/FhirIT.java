package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.FhirValidation;
import org.alliancecare.testing.IdentityNumbers;
import org.alliancecare.testing.RunningApplication;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 API's people and places against the packaged application, through HAPI's generic
 * client: a child registered through the API with a guardian, a consent and an identity number is
 * read and searched as Patient, RelatedPerson and Consent; the directory as Organization,
 * Practitioner, PractitionerRole and Location. Every resource read validates against the R4 base;
 * scope, roles, masking, paging and the access log are the API's.
 */
class FhirIT {

  private static final String RESIDENT_ID = "urn:oid:2.16.156.10011.1.3";
  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private static RunningApplication app;
  private static Api doctorApi;
  private static IGenericClient doctor;
  private static IGenericClient coordinator;
  private static IGenericClient doctorKuqa;
  private static IGenericClient auditor;
  private static Api auditorApi;
  private static String patientId;
  private static String consentId;
  private static String nationalId;

  @BeforeAll
  static void registerAChild() {
    app = RunningApplication.shared();
    FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    doctorApi = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    auditorApi = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    doctor = client(DemoAccounts.DOCTOR_WENSU);
    coordinator = client(DemoAccounts.COORDINATOR);
    doctorKuqa = client(DemoAccounts.DOCTOR_KUQA);
    auditor = client(DemoAccounts.AUDITOR_WENSU);

    LocalDate born = LocalDate.of(2018, 6, 1).plusDays((long) (Math.random() * 900));
    nationalId = IdentityNumbers.random("652922", born, true);
    ApiResponse created =
        doctorApi.post(
            "/api/patients",
            """
            {"name": "阿依古丽·%s", "nameUg": "ئايگۈل", "sex": "FEMALE", "birthDate": "%s",
             "nationalId": "%s", "ethnicity": "Uyghur", "placeCode": "652922",
             "address": "温宿镇", "guardians": [{"name": "买买提", "nameUg": "مەمەت",
             "relationship": "father", "phone": "139%08d"}]}
            """
                .formatted(
                    UUID.randomUUID().toString().substring(0, 6),
                    born,
                    nationalId,
                    (int) (Math.random() * 99999999)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    patientId = created.json().getString("id");
    ApiResponse consent =
        doctorApi.post(
            "/api/patients/" + patientId + "/consents",
            """
            {"guardianName": "买买提", "relationship": "father",
             "scopes": ["SCREENING", "DATA_SHARING"], "givenOn": "2026-01-10"}
            """);
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    consentId = consent.json().getString("id");
    for (int i = 0; i < 3; i++) {
      // enough patients in the county for four pages of one
      assertThat(
              PatientsIT.register(doctorApi, "分页" + UUID.randomUUID().toString().substring(0, 6)))
          .isNotBlank();
    }
  }

  static IGenericClient client(String username) {
    ApiResponse session =
        app.api()
            .post(
                "/api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}"
                    .formatted(username, DemoAccounts.password(username)));
    assertThat(session.status()).isEqualTo(200);
    IGenericClient client = FHIR.newRestfulGenericClient(base());
    client.registerInterceptor(new BearerTokenAuthInterceptor(session.json().getString("token")));
    return client;
  }

  static String base() {
    return app.uri("/fhir").toString();
  }

  static void assertValid(IBaseResource resource) {
    assertThat(FhirValidation.errors(resource))
        .as(FHIR.newJsonParser().encodeResourceToString(resource))
        .isEmpty();
  }

  @Test
  void the_capability_statement_is_public_and_names_every_type_and_the_bearer_token() {
    IGenericClient anonymous = FHIR.newRestfulGenericClient(base());
    CapabilityStatement statement =
        anonymous.capabilities().ofType(CapabilityStatement.class).execute();
    assertThat(statement.getPublisher()).isEqualTo("AllianceCare");
    Set<String> types =
        statement.getRestFirstRep().getResource().stream()
            .map(r -> r.getType())
            .collect(Collectors.toSet());
    assertThat(types)
        .contains(
            "Patient",
            "RelatedPerson",
            "Consent",
            "Organization",
            "Practitioner",
            "PractitionerRole",
            "Location",
            "Observation",
            "ServiceRequest",
            "Task",
            "EpisodeOfCare",
            "CarePlan",
            "Goal",
            "AuditEvent",
            "Group");
    assertThat(statement.getRestFirstRep().getSecurity().getDescription()).contains("Bearer");
    assertThat(statement.getRestFirstRep().getOperation())
        .extracting(o -> o.getDefinition())
        .contains("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
    assertThat(statement.getInstantiates())
        .extracting(c -> c.getValue())
        .containsExactly("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data");
    assertValid(statement);
  }

  @Test
  void without_a_token_it_is_401_with_an_operation_outcome_and_no_sign_in_redirect() {
    ApiResponse anonymous = app.api().get("/fhir/Patient/" + patientId);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(anonymous.body()).contains("OperationOutcome");
    assertThat(app.api().as("not-a-token").get("/fhir/Patient").status()).isEqualTo(401);
    IGenericClient noToken = FHIR.newRestfulGenericClient(base());
    assertThatThrownBy(() -> noToken.read().resource(Patient.class).withId(patientId).execute())
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void the_patient_reads_and_searches_with_the_identity_number_masked_for_a_doctor() {
    Patient read = doctor.read().resource(Patient.class).withId(patientId).execute();
    assertValid(read);
    assertThat(read.getBirthDate()).isNotNull();
    assertThat(read.getName()).extracting(n -> n.getText()).contains("ئايگۈل");
    Identifier resident = residentId(read);
    assertThat(resident.getValue()).contains("*").isNotEqualTo(nationalId);
    assertThat(read.getMeta().getSecurity()).anyMatch(c -> "MASKED".equals(c.getCode()));
    assertThat(FHIR.newJsonParser().encodeResourceToString(read)).doesNotContain(nationalId);

    Bundle byIdentifier =
        doctor
            .search()
            .forResource(Patient.class)
            .where(Patient.IDENTIFIER.exactly().systemAndCode(RESIDENT_ID, nationalId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byIdentifier)).containsExactly(patientId);
    assertValid(byIdentifier);

    Bundle byId =
        doctor
            .search()
            .forResource(Patient.class)
            .where(Patient.RES_ID.exactly().code(patientId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(byId)).containsExactly(patientId);

    Bundle recent =
        doctor
            .search()
            .forResource(Patient.class)
            .where(Patient.RES_ID.exactly().code(patientId))
            .lastUpdated(new ca.uhn.fhir.rest.param.DateRangeParam("2020-01-01", null))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(recent)).containsExactly(patientId);
  }

  @Test
  void a_coordinator_and_an_auditor_see_the_identity_number_in_full_and_it_is_logged() {
    Patient read = coordinator.read().resource(Patient.class).withId(patientId).execute();
    assertValid(read);
    assertThat(residentId(read).getValue()).isEqualTo(nationalId);
    assertThat(read.getMeta().getSecurity()).isEmpty();
    Patient audited = auditor.read().resource(Patient.class).withId(patientId).execute();
    assertThat(residentId(audited).getValue()).isEqualTo(nationalId);

    List<JsonObject> rows = accessRows();
    assertThat(rows)
        .anyMatch(
            r ->
                r.getString("action").equals("UNMASK")
                    && r.getString("actor").equals(DemoAccounts.COORDINATOR));
    assertThat(app.log()).doesNotContain(nationalId);
  }

  @Test
  void a_doctor_of_another_county_gets_404_as_for_a_missing_record() {
    assertThatThrownBy(() -> doctorKuqa.read().resource(Patient.class).withId(patientId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> doctorKuqa.read().resource(Consent.class).withId(consentId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                doctorKuqa.read().resource(RelatedPerson.class).withId(patientId + "-1").execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                doctor
                    .read()
                    .resource(Patient.class)
                    .withId(UUID.randomUUID().toString())
                    .execute())
        .isInstanceOf(ResourceNotFoundException.class);
    Bundle none =
        doctorKuqa
            .search()
            .forResource(Patient.class)
            .where(Patient.RES_ID.exactly().code(patientId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(none.getEntry()).isEmpty();
  }

  @Test
  void the_guardian_and_the_consent_read_and_search_by_patient() {
    RelatedPerson guardian =
        doctor.read().resource(RelatedPerson.class).withId(patientId + "-1").execute();
    assertValid(guardian);
    assertThat(guardian.getPatient().getReference()).endsWith("Patient/" + patientId);
    assertThat(guardian.getRelationshipFirstRep().getCodingFirstRep().getCode()).isEqualTo("FTH");
    Bundle guardians =
        doctor
            .search()
            .forResource(RelatedPerson.class)
            .where(RelatedPerson.PATIENT.hasId(patientId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(guardians)).containsExactly(patientId + "-1");

    Consent consent = doctor.read().resource(Consent.class).withId(consentId).execute();
    assertValid(consent);
    assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
    Bundle consents =
        doctor
            .search()
            .forResource(Consent.class)
            .where(Consent.PATIENT.hasId(patientId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(ids(consents)).containsExactly(consentId);
    assertValid(consents);

    List<JsonObject> rows = accessRows();
    assertThat(rows).anyMatch(r -> "RelatedPerson".equals(r.getString("resourceType", "")));
    assertThat(rows)
        .anyMatch(
            r ->
                "Consent".equals(r.getString("resourceType", ""))
                    && consentId.equals(r.getString("resourceId", "")));
    assertThat(rows)
        .anyMatch(
            r ->
                "Patient".equals(r.getString("resourceType", ""))
                    && r.getString("actor").equals(DemoAccounts.DOCTOR_WENSU));
  }

  @Test
  void the_directory_reads_and_searches_as_organization_practitioner_role_and_location() {
    Bundle organizations =
        doctor
            .search()
            .forResource(Organization.class)
            .count(5)
            .returnBundle(Bundle.class)
            .execute();
    assertThat(organizations.getEntry()).isNotEmpty();
    for (Bundle.BundleEntryComponent entry : organizations.getEntry()) {
      assertValid(entry.getResource());
    }
    String organizationId =
        organizations.getEntryFirstRep().getResource().getIdElement().getIdPart();
    assertValid(doctor.read().resource(Organization.class).withId(organizationId).execute());

    Bundle practitioners =
        doctor
            .search()
            .forResource(Practitioner.class)
            .count(3)
            .returnBundle(Bundle.class)
            .execute();
    assertThat(practitioners.getEntry()).isNotEmpty();
    String practitionerId =
        practitioners.getEntryFirstRep().getResource().getIdElement().getIdPart();
    assertValid(doctor.read().resource(Practitioner.class).withId(practitionerId).execute());
    PractitionerRole role =
        doctor.read().resource(PractitionerRole.class).withId(practitionerId).execute();
    assertValid(role);
    assertThat(role.getPractitioner().getReference()).endsWith("Practitioner/" + practitionerId);

    Location wensu = doctor.read().resource(Location.class).withId("652922").execute();
    assertValid(wensu);
    assertThat(wensu.getName()).isEqualTo("温宿县");
    Bundle townships =
        doctor
            .search()
            .forResource(Location.class)
            .where(Location.PARTOF.hasId("652922"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(townships.getEntry()).isNotEmpty();
    for (Bundle.BundleEntryComponent entry : townships.getEntry()) {
      assertValid(entry.getResource());
      assertThat(((Location) entry.getResource()).getPartOf().getReference())
          .endsWith("Location/652922");
    }
  }

  @Test
  void paging_with_count_one_follows_stateless_next_links() {
    Bundle page =
        doctor.search().forResource(Patient.class).count(1).returnBundle(Bundle.class).execute();
    List<String> seen = new ArrayList<>();
    int pages = 0;
    while (page != null && pages < 4) {
      assertThat(page.getEntry()).hasSizeLessThanOrEqualTo(1);
      page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
      pages++;
      page = page.getLink("next") == null ? null : doctor.loadPage().next(page).execute();
    }
    assertThat(pages).isEqualTo(4);
    assertThat(seen).hasSize(4).doesNotHaveDuplicates();
  }

  @Test
  void a_role_the_api_does_not_admit_for_the_records_gets_403() {
    IGenericClient lead = client(DemoAccounts.LEAD_PED);
    assertThatThrownBy(() -> lead.read().resource(Patient.class).withId(patientId).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> auditor.read().resource(Consent.class).withId(consentId).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertValid(lead.read().resource(Location.class).withId("652922").execute());
  }

  @Test
  void a_search_by_identity_number_may_be_posted_to_keep_it_out_of_urls() {
    ApiResponse posted =
        doctorApi.send(
            "POST",
            "/fhir/Patient/_search",
            "identifier=" + RESIDENT_ID + "%7C" + nationalId,
            "application/x-www-form-urlencoded");
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    Bundle found = (Bundle) FHIR.newJsonParser().parseResource(posted.body());
    assertThat(ids(found)).containsExactly(patientId);
  }

  @Test
  void bad_input_is_400_naming_the_parameter_and_xml_is_offered_too() {
    ApiResponse badCount = doctorApi.get("/fhir/Patient?_count=100000");
    assertThat(badCount.status()).isEqualTo(400);
    assertThat(badCount.body()).contains("OperationOutcome").contains("_count");
    ApiResponse badCursor = doctorApi.get("/fhir/Patient?_cursor=nonsense");
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.body()).contains("_cursor");
    ApiResponse xml = doctorApi.get("/fhir/Patient/" + patientId + "?_format=xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.body()).contains("<Patient xmlns=\"http://hl7.org/fhir\"");
    OperationOutcome outcome =
        (OperationOutcome) FHIR.newJsonParser().parseResource(badCount.body());
    assertValid(outcome);
  }

  private static Identifier residentId(Patient patient) {
    return patient.getIdentifier().stream()
        .filter(i -> RESIDENT_ID.equals(i.getSystem()))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(e -> e.getResource())
        .map(Resource::getIdElement)
        .map(id -> id.getIdPart())
        .toList();
  }

  private static List<JsonObject> accessRows() {
    ApiResponse log = auditorApi.get("/api/audit/access?limit=500&patientId=" + patientId);
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
