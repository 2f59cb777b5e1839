package org.alliancecare.launcher;

import static org.alliancecare.launcher.Endpoints.Outcome.ADMITTED;
import static org.alliancecare.launcher.Endpoints.Outcome.FORBIDDEN;
import static org.alliancecare.launcher.Endpoints.Outcome.NOT_FOUND;
import static org.alliancecare.launcher.Endpoints.Outcome.OK;
import static org.alliancecare.launcher.Endpoints.Outcome.UNAUTHENTICATED;
import static org.alliancecare.launcher.Endpoints.Who.ADMIN;
import static org.alliancecare.launcher.Endpoints.Who.ALLIANCE_LEAD;
import static org.alliancecare.launcher.Endpoints.Who.ANONYMOUS;
import static org.alliancecare.launcher.Endpoints.Who.AUDITOR;
import static org.alliancecare.launcher.Endpoints.Who.COORDINATOR;
import static org.alliancecare.launcher.Endpoints.Who.DOCTOR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;

/**
 * Every {@code /api} endpoint, and what each kind of caller gets from it: the table that {@link
 * AuthorisationMatrixIT} runs against the packaged application, and that must list every operation
 * of {@code /openapi}. A module that adds an endpoint adds one row here:
 *
 * <pre>
 * row("GET", "/api/clinics/{id}", (api, as, f) -> api.get("/api/clinics/" + f.clinicId()))
 *     .admits(OK, SIGNED_IN),
 * </pre>
 *
 * (with {@code clinicId()} a method that the module adds to {@link MatrixFixture}, making the
 * record on first use).
 *
 * <p>{@link Row#admits} sets the roles it names to the outcome given, every other role to 403 and
 * anonymous to 401; {@code .and(who, outcome)} overrides one cell. Outcomes: {@link Outcome#OK}
 * 2xx; {@link Outcome#NOT_FOUND} 404 because the record is outside the caller's data scope; {@link
 * Outcome#ADMITTED} the role is let through (neither 401 nor 403), for rows whose request carries
 * no valid data yet, so that the role rule is checked while the owning module has no fixture in
 * {@link MatrixFixture}; replace it with OK or NOT_FOUND when it has.
 *
 * <p>The callers are the demo accounts: DOCTOR doctor.wensu (Wensu), ALLIANCE_LEAD lead.ped,
 * COORDINATOR coordinator (Aksu prefecture and Aral), AUDITOR auditor.wensu (Wensu), ADMIN admin.
 */
final class Endpoints {

  /** Who calls: anonymous, or a demo account of each role. */
  enum Who {
    ANONYMOUS(null),
    DOCTOR(DemoAccounts.DOCTOR_WENSU),
    ALLIANCE_LEAD(DemoAccounts.LEAD_PED),
    COORDINATOR(DemoAccounts.COORDINATOR),
    AUDITOR(DemoAccounts.AUDITOR_WENSU),
    ADMIN("admin");

    final String username;

    Who(String username) {
      this.username = username;
    }
  }

  /** What the caller gets. */
  enum Outcome {
    OK,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    ADMITTED;

    boolean matches(int status) {
      return switch (this) {
        case OK -> status >= 200 && status < 300;
        case UNAUTHENTICATED -> status == 401;
        case FORBIDDEN -> status == 403;
        case NOT_FOUND -> status == 404;
        case ADMITTED -> status != 401 && status != 403 && status < 500;
      };
    }
  }

  /** One request to the endpoint, made with a client that is signed in as {@code as}. */
  @FunctionalInterface
  interface Call {
    ApiResponse send(Api api, Who as, MatrixFixture fixture);
  }

  /** A row: the operation as {@code /openapi} names it, how to call it, and the outcomes. */
  record Endpoint(String method, String path, Call call, Map<Who, Outcome> expected) {

    /** The operation as {@code /openapi} lists it, parameters unnamed: {@code GET /api/x/{}}. */
    String operation() {
      return operation(method, path);
    }

    static String operation(String method, String path) {
      return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
  }

  private static final Who[] SIGNED_IN = {DOCTOR, ALLIANCE_LEAD, COORDINATOR, AUDITOR, ADMIN};
  private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

  private static final List<Row> ROWS =
      List.of(
          // application
          row("GET", "/api/version", (api, as, f) -> api.get("/api/version"))
              .admits(OK, SIGNED_IN)
              .and(ANONYMOUS, OK),

          // directory: session and accounts
          row("POST", "/api/session", (api, as, f) -> f.signInRequest(api))
              .admits(OK, SIGNED_IN)
              .and(ANONYMOUS, OK),
          row(
                  "DELETE",
                  "/api/session",
                  (api, as, f) -> f.freshSession(api, as).delete("/api/session"))
              .admits(OK, SIGNED_IN),
          row("GET", "/api/me", (api, as, f) -> api.get("/api/me")).admits(OK, SIGNED_IN),
          // a language the UI does not speak: refused (400) for every signed-in caller, and the
          // demo accounts keep the language they have
          row("PATCH", "/api/me", (api, as, f) -> api.patch("/api/me", "{\"language\": \"fr\"}"))
              .admits(ADMITTED, SIGNED_IN),
          // the inbox of reminders (issue 20): every signed-in account's own
          row("GET", "/api/me/inbox", (api, as, f) -> api.get("/api/me/inbox"))
              .admits(OK, SIGNED_IN),
          row("GET", "/api/me/inbox/unread", (api, as, f) -> api.get("/api/me/inbox/unread"))
              .admits(OK, SIGNED_IN),
          row(
                  "POST",
                  "/api/me/inbox/{id}/read",
                  (api, as, f) -> api.post("/api/me/inbox/" + NO_SUCH_ID + "/read", "{}"))
              .admits(NOT_FOUND, SIGNED_IN),
          // the reminders' deliveries, for those who follow them
          row("GET", "/api/notifications", (api, as, f) -> api.get("/api/notifications"))
              .admits(OK, COORDINATOR, AUDITOR),
          row("POST", "/api/accounts", (api, as, f) -> api.post("/api/accounts", f.newAccount()))
              .admits(OK, ADMIN),
          row("GET", "/api/accounts", (api, as, f) -> api.get("/api/accounts"))
              .admits(OK, ADMIN, COORDINATOR, AUDITOR),
          // the Kuqa auditor's account: in the coordinator's scope, outside the Wensu auditor's
          row(
                  "GET",
                  "/api/accounts/{username}",
                  (api, as, f) -> api.get("/api/accounts/" + DemoAccounts.AUDITOR_KUQA))
              .admits(OK, ADMIN, COORDINATOR)
              .and(AUDITOR, NOT_FOUND),
          row("PATCH", "/api/accounts/{username}", (api, as, f) -> f.renameAccount(api))
              .admits(OK, ADMIN),

          // directory: reference data
          row("GET", "/api/places", (api, as, f) -> api.get("/api/places?parent=652922"))
              .admits(OK, SIGNED_IN),
          row("GET", "/api/places/{code}", (api, as, f) -> api.get("/api/places/652922-V01"))
              .admits(OK, SIGNED_IN),
          row("POST", "/api/places", (api, as, f) -> api.post("/api/places", f.newVillage()))
              .admits(OK, ADMIN),
          row("GET", "/api/organisations", (api, as, f) -> api.get("/api/organisations"))
              .admits(OK, SIGNED_IN),
          row(
                  "GET",
                  "/api/organisations/{id}",
                  (api, as, f) -> api.get("/api/organisations/" + f.wensuHospitalId()))
              .admits(OK, SIGNED_IN),
          row(
                  "POST",
                  "/api/organisations",
                  (api, as, f) -> api.post("/api/organisations", f.newOrganisation()))
              .admits(OK, ADMIN),
          row("GET", "/api/practitioners", (api, as, f) -> api.get("/api/practitioners?q=demo"))
              .admits(OK, SIGNED_IN),
          row(
                  "POST",
                  "/api/practitioners",
                  (api, as, f) -> api.post("/api/practitioners", f.newPractitioner()))
              .admits(OK, ADMIN, COORDINATOR),
          row(
                  "GET",
                  "/api/practitioners/{id}",
                  (api, as, f) -> api.get("/api/practitioners/" + f.practitionerId()))
              .admits(OK, SIGNED_IN),
          row("PUT", "/api/practitioners/{id}", (api, as, f) -> f.replacePractitioner(api))
              .admits(OK, ADMIN, COORDINATOR),

          // alliances (API.md, Alliances)
          row("GET", "/api/alliances", (api, as, f) -> api.get("/api/alliances"))
              .admits(OK, SIGNED_IN),
          row("POST", "/api/alliances", (api, as, f) -> api.post("/api/alliances", "{}"))
              .admits(ADMITTED, ADMIN, COORDINATOR),
          row(
                  "GET",
                  "/api/alliances/{id}",
                  (api, as, f) -> api.get("/api/alliances/" + f.pediatricsId()))
              .admits(OK, SIGNED_IN),
          row(
                  "GET",
                  "/api/alliances/{id}/members",
                  (api, as, f) -> api.get("/api/alliances/" + f.pediatricsId() + "/members"))
              .admits(OK, SIGNED_IN),
          row(
                  "POST",
                  "/api/alliances/{id}/members",
                  (api, as, f) -> api.post("/api/alliances/" + NO_SUCH_ID + "/members", "{}"))
              .admits(ADMITTED, ADMIN, COORDINATOR, ALLIANCE_LEAD),
          row(
                  "POST",
                  "/api/alliances/{id}/members/{practitionerId}/end",
                  (api, as, f) ->
                      api.post(
                          "/api/alliances/" + NO_SUCH_ID + "/members/" + NO_SUCH_ID + "/end", "{}"))
              .admits(ADMITTED, ADMIN, COORDINATOR, ALLIANCE_LEAD),

          // outreach clinics (API.md, Outreach clinics)
          row("POST", "/api/clinics", (api, as, f) -> api.post("/api/clinics", "{}"))
              .admits(ADMITTED, ALLIANCE_LEAD, COORDINATOR),
          row("GET", "/api/clinics", (api, as, f) -> api.get("/api/clinics")).admits(OK, SIGNED_IN),
          row("GET", "/api/clinics/{id}", (api, as, f) -> api.get("/api/clinics/" + f.clinicId()))
              .admits(OK, SIGNED_IN),
          row(
                  "PUT",
                  "/api/clinics/{id}",
                  (api, as, f) -> api.put("/api/clinics/" + NO_SUCH_ID, "{}"))
              .admits(ADMITTED, ALLIANCE_LEAD, COORDINATOR),
          row(
                  "POST",
                  "/api/clinics/{id}/staff",
                  (api, as, f) -> api.post("/api/clinics/" + NO_SUCH_ID + "/staff", "{}"))
              .admits(ADMITTED, ALLIANCE_LEAD, COORDINATOR),
          row(
                  "DELETE",
                  "/api/clinics/{id}/staff/{practitionerId}",
                  (api, as, f) -> api.delete("/api/clinics/" + NO_SUCH_ID + "/staff/" + NO_SUCH_ID))
              .admits(ADMITTED, ALLIANCE_LEAD, COORDINATOR),
          clinicTransition("publish"),
          clinicTransition("start"),
          clinicTransition("complete"),
          clinicTransition("cancel"),
          row(
                  "POST",
                  "/api/clinics/{id}/attendances",
                  (api, as, f) -> api.post("/api/clinics/" + NO_SUCH_ID + "/attendances", "{}"))
              .admits(ADMITTED, DOCTOR, ALLIANCE_LEAD),
          // DOCTOR and ALLIANCE_LEAD may ask, but only a doctor staffing the clinic and a lead of
          // its alliances are answered: lead.ped leads PED, the clinic's host; the demo doctor does
          // not staff it (403). A coordinator manages clinics but is not told who attended
          // (API.md: staff, lead, AUDITOR); the clinic page does not ask for it.
          row(
                  "GET",
                  "/api/clinics/{id}/attendances",
                  (api, as, f) -> api.get("/api/clinics/" + f.clinicId() + "/attendances"))
              .admits(OK, AUDITOR, ALLIANCE_LEAD),
          row(
                  "GET",
                  "/api/clinics/calendar.ics",
                  (api, as, f) -> api.get("/api/clinics/calendar.ics"))
              .admits(OK, SIGNED_IN),

          // patients (API.md, Patients)
          row("POST", "/api/patients", (api, as, f) -> api.post("/api/patients", "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row("GET", "/api/patients", (api, as, f) -> api.get("/api/patients"))
              .admits(OK, DOCTOR, COORDINATOR, AUDITOR),
          row("GET", "/api/patients/{id}", (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "PUT",
                  "/api/patients/{id}",
                  (api, as, f) -> api.put("/api/patients/" + NO_SUCH_ID, "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          // the family's reminder preference (issue 20): 404 for a missing patient, 428 without
          // If-Match
          row(
                  "GET",
                  "/api/patients/{id}/reminders",
                  (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID + "/reminders"))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "PUT",
                  "/api/patients/{id}/reminders",
                  (api, as, f) -> api.put("/api/patients/" + NO_SUCH_ID + "/reminders", "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "GET",
                  "/api/patients/{id}/national-id",
                  (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID + "/national-id"))
              .admits(ADMITTED, COORDINATOR, AUDITOR),
          row(
                  "POST",
                  "/api/patients/{id}/consents",
                  (api, as, f) -> api.post("/api/patients/" + NO_SUCH_ID + "/consents", "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "GET",
                  "/api/patients/{id}/consents",
                  (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID + "/consents"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "POST",
                  "/api/patients/{id}/consents/{consentId}/withdraw",
                  (api, as, f) ->
                      api.post(
                          "/api/patients/" + NO_SUCH_ID + "/consents/" + NO_SUCH_ID + "/withdraw",
                          "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "POST",
                  "/api/patients/{id}/merge",
                  (api, as, f) -> api.post("/api/patients/" + NO_SUCH_ID + "/merge", "{}"))
              .admits(ADMITTED, COORDINATOR),
          row(
                  "GET",
                  "/api/patients/{id}/screenings",
                  (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID + "/screenings"))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),

          // screenings (API.md, Screenings)
          row("POST", "/api/screenings", (api, as, f) -> api.post("/api/screenings", "{}"))
              .admits(ADMITTED, DOCTOR),
          row(
                  "GET",
                  "/api/screenings/{id}",
                  (api, as, f) -> api.get("/api/screenings/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "POST",
                  "/api/screenings/{id}/corrections",
                  (api, as, f) -> api.post("/api/screenings/" + NO_SUCH_ID + "/corrections", "{}"))
              .admits(ADMITTED, DOCTOR),
          // printed documents (issue 16; docs/documents.md): as reading the record
          row(
                  "GET",
                  "/api/screenings/{id}/slip",
                  (api, as, f) -> api.get("/api/screenings/" + NO_SUCH_ID + "/slip"))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),

          // referrals (API.md, Referrals)
          row("POST", "/api/referrals", (api, as, f) -> api.post("/api/referrals", "{}"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row("GET", "/api/referrals", (api, as, f) -> api.get("/api/referrals"))
              .admits(OK, DOCTOR, COORDINATOR, AUDITOR),
          row("GET", "/api/referrals/{id}", (api, as, f) -> api.get("/api/referrals/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "GET",
                  "/api/referrals/{id}/letter",
                  (api, as, f) -> api.get("/api/referrals/" + NO_SUCH_ID + "/letter"))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          referralTransition("accept"),
          referralTransition("decline"),
          referralTransition("schedule"),
          referralTransition("complete"),
          referralTransition("cancel"),

          // rehabilitation program (API.md, Rehabilitation program): programs and phases are the
          // coordinators'; QIMING is loaded by migration, phase 999 is one no program has
          row("POST", "/api/programs", (api, as, f) -> api.post("/api/programs", "{}"))
              .admits(ADMITTED, COORDINATOR),
          row("GET", "/api/programs/{code}", (api, as, f) -> api.get("/api/programs/QIMING"))
              .admits(OK, COORDINATOR),
          row(
                  "POST",
                  "/api/programs/{code}/phases",
                  (api, as, f) -> api.post("/api/programs/QIMING/phases", "{}"))
              .admits(ADMITTED, COORDINATOR),
          row(
                  "GET",
                  "/api/programs/{code}/phases/{number}",
                  (api, as, f) -> api.get("/api/programs/QIMING/phases/999"))
              .admits(ADMITTED, COORDINATOR),
          phaseTransition("open"),
          phaseTransition("close"),
          row("POST", "/api/cases", (api, as, f) -> api.post("/api/cases", "{}"))
              .admits(ADMITTED, COORDINATOR, DOCTOR),
          row("GET", "/api/cases", (api, as, f) -> api.get("/api/cases"))
              .admits(OK, DOCTOR, COORDINATOR, AUDITOR),
          row("GET", "/api/cases/{id}", (api, as, f) -> api.get("/api/cases/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "POST",
                  "/api/cases/{id}/stage",
                  (api, as, f) -> api.post("/api/cases/" + NO_SUCH_ID + "/stage", "{}"))
              .admits(ADMITTED, COORDINATOR, DOCTOR),
          row(
                  "POST",
                  "/api/cases/{id}/milestones",
                  (api, as, f) -> api.post("/api/cases/" + NO_SUCH_ID + "/milestones", "{}"))
              .admits(ADMITTED, COORDINATOR, DOCTOR),
          row(
                  "GET",
                  "/api/cases/{id}/milestones/{milestoneId}",
                  (api, as, f) -> api.get("/api/cases/" + NO_SUCH_ID + "/milestones/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          milestoneTransition("achieve"),
          milestoneTransition("skip"),

          // the patient's timeline (API.md, Patients) and reports (API.md, Reports); the Wensu
          // auditor sees the Wensu rows of QIMING
          row(
                  "GET",
                  "/api/patients/{id}/timeline",
                  (api, as, f) -> api.get("/api/patients/" + NO_SUCH_ID + "/timeline"))
              .admits(ADMITTED, DOCTOR, COORDINATOR, AUDITOR),
          row(
                  "GET",
                  "/api/reports/programs/{code}",
                  (api, as, f) -> api.get("/api/reports/programs/QIMING"))
              .admits(OK, COORDINATOR, AUDITOR),
          row("GET", "/api/reports/alliances", (api, as, f) -> api.get("/api/reports/alliances"))
              .admits(OK, ALLIANCE_LEAD, COORDINATOR, AUDITOR),
          row(
                  "POST",
                  "/api/reports/rebuild",
                  (api, as, f) -> api.post("/api/reports/rebuild", null))
              .admits(OK, ADMIN),

          // field app (docs/field-app.md, part 2)
          row(
                  "GET",
                  "/api/field/pack",
                  (api, as, f) -> api.get("/api/field/pack?placeCode=652922-V01"))
              .admits(OK, DOCTOR, COORDINATOR),
          row(
                  "GET",
                  "/api/idempotency-keys/{key}",
                  (api, as, f) -> api.get("/api/idempotency-keys/" + NO_SUCH_ID))
              .admits(NOT_FOUND, SIGNED_IN),

          // audit (API.md, Audit)
          row("GET", "/api/audit/journal", (api, as, f) -> api.get("/api/audit/journal"))
              .admits(OK, AUDITOR),
          row("GET", "/api/audit/access", (api, as, f) -> api.get("/api/audit/access"))
              .admits(OK, AUDITOR),
          row(
                  "POST",
                  "/api/audit/verify",
                  (api, as, f) -> api.post("/api/audit/verify", "{\"streamType\": \"Place\"}"))
              .admits(OK, AUDITOR),
          row(
                  "GET",
                  "/api/audit/checkpoints/latest",
                  (api, as, f) -> api.get("/api/audit/checkpoints/latest"))
              .admits(OK, AUDITOR),

          // --- issue 17: imports backend (docs/import.md); a dry run of a header alone
          row(
                  "POST",
                  "/api/imports/patients",
                  (api, as, f) ->
                      api.send("POST", "/api/imports/patients?dryRun=true", "name\n", "text/csv"))
              .admits(OK, DOCTOR, COORDINATOR),
          row(
                  "POST",
                  "/api/imports/screenings",
                  (api, as, f) ->
                      api.send(
                          "POST", "/api/imports/screenings?dryRun=true", "patientId\n", "text/csv"))
              .admits(OK, DOCTOR, COORDINATOR),
          row("GET", "/api/imports", (api, as, f) -> api.get("/api/imports"))
              .admits(OK, DOCTOR, COORDINATOR),
          row("GET", "/api/imports/{id}", (api, as, f) -> api.get("/api/imports/" + NO_SUCH_ID))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "GET",
                  "/api/imports/{id}/errors.csv",
                  (api, as, f) -> api.get("/api/imports/" + NO_SUCH_ID + "/errors.csv"))
              .admits(ADMITTED, DOCTOR, COORDINATOR),
          row(
                  "GET",
                  "/api/imports/templates/{file}",
                  (api, as, f) -> api.get("/api/imports/templates/patients.csv"))
              .admits(OK, DOCTOR, COORDINATOR));

  private Endpoints() {}

  private static Row clinicTransition(String transition) {
    return row(
            "POST",
            "/api/clinics/{id}/" + transition,
            (api, as, f) -> api.post("/api/clinics/" + NO_SUCH_ID + "/" + transition, "{}"))
        .admits(ADMITTED, ALLIANCE_LEAD, COORDINATOR);
  }

  /**
   * A transition of a referral that the coordinator requested for a Wensu child, addressed to the
   * prefecture's MCH hospital: the doctor's role may move referrals, but doctor.wensu neither works
   * at the receiving hospital (accept, decline, schedule, complete) nor requested it (cancel), so
   * the doctor gets 403 as every role but the coordinator's does.
   */
  private static Row referralTransition(String transition) {
    return row(
            "POST",
            "/api/referrals/{id}/" + transition,
            (api, as, f) -> f.referralTransition(api, transition))
        .admits(OK, COORDINATOR);
  }

  private static Row phaseTransition(String transition) {
    return row(
            "POST",
            "/api/programs/{code}/phases/{number}/" + transition,
            (api, as, f) -> api.post("/api/programs/QIMING/phases/999/" + transition, null))
        .admits(ADMITTED, COORDINATOR);
  }

  private static Row milestoneTransition(String transition) {
    return row(
            "POST",
            "/api/cases/{id}/milestones/{milestoneId}/" + transition,
            (api, as, f) ->
                api.post(
                    "/api/cases/" + NO_SUCH_ID + "/milestones/" + NO_SUCH_ID + "/" + transition,
                    "{}"))
        .admits(ADMITTED, COORDINATOR, DOCTOR);
  }

  static Row row(String method, String path, Call call) {
    return new Row(method, path, call);
  }

  /** A row being written; it becomes an {@link Endpoint} of {@link #ALL}. */
  static final class Row {
    private final String method;
    private final String path;
    private final Call call;
    private final Map<Who, Outcome> expected = new EnumMap<>(Who.class);

    private Row(String method, String path, Call call) {
      this.method = method;
      this.path = path;
      this.call = call;
    }

    /** The named roles get {@code outcome}, the other roles 403, anonymous 401. */
    Row admits(Outcome outcome, Who... roles) {
      for (Who who : Who.values()) {
        expected.put(who, who == ANONYMOUS ? UNAUTHENTICATED : FORBIDDEN);
      }
      for (Who role : roles) {
        expected.put(role, outcome);
      }
      return this;
    }

    Row and(Who who, Outcome outcome) {
      expected.put(who, outcome);
      return this;
    }
  }

  private static List<Endpoint> endpoints(List<Row> rows) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Row row : rows) {
      if (row.expected.size() != Who.values().length) {
        throw new IllegalStateException(row.method + " " + row.path + " lacks outcomes");
      }
      endpoints.add(new Endpoint(row.method, row.path, row.call, Map.copyOf(row.expected)));
    }
    return List.copyOf(endpoints);
  }

  /** The table. */
  static final List<Endpoint> ALL = endpoints(ROWS);
}
