package org.alliancecare.patients.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.AccessLogged.Action;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.NationalIdView;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientRegistration;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.ReminderPreference;
import org.alliancecare.patients.api.ReminderPreferenceChange;

/** Patients (API.md → Patients). Every answer carrying personal data is access-logged. */
@Path("patients")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

  private static final String PATIENT = "Patient";

  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** A merge names the duplicate that goes into the patient of the path. */
  public record MergeRequest(@NotNull String duplicateId) {}

  /** A withdrawal may name its day; today when absent. */
  public record Withdrawal(LocalDate on) {}

  @POST
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @Idempotent
  @AccessLogged(resource = PATIENT)
  public Response register(@Valid @NotNull PatientRegistration registration) {
    PatientView patient = patients.register(registration, caller.get());
    return Response.created(uri.getAbsolutePathBuilder().path(patient.id()).build())
        .tag(Versions.etag(patient.version()))
        .entity(patient)
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = PATIENT)
  public Page<PatientView> search(
      @QueryParam("q") String q,
      @QueryParam("birthDate") String birthDate,
      @QueryParam("placeCode") String placeCode,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return patients.search(
        new PatientQuery(q, date(birthDate, "birthDate"), placeCode),
        PageRequest.of(limit, cursor),
        caller.get());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = PATIENT)
  public Response patient(@PathParam("id") String id) {
    PatientView patient = patients.patient(id, caller.get());
    return Response.ok(patient).tag(Versions.etag(patient.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = PATIENT)
  public Response edit(@PathParam("id") String id, @Valid @NotNull PatientRegistration details) {
    long expected = Versions.ifMatch(headers);
    PatientView patient = patients.edit(id, expected, details, caller.get());
    return Response.ok(patient).tag(Versions.etag(patient.version())).build();
  }

  @GET
  @Path("{id}/national-id")
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = "NationalId", action = Action.UNMASK)
  public NationalIdView nationalId(@PathParam("id") String id) {
    return patients.nationalId(id, caller.get());
  }

  @POST
  @Path("{id}/consents")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @Idempotent
  @AccessLogged(resource = "Consent")
  public Response giveConsent(@PathParam("id") String id, @Valid @NotNull ConsentDetails consent) {
    ConsentView given = patients.giveConsent(id, consent, caller.get());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("patients")
                .path(given.patientId())
                .path("consents")
                .path(given.id())
                .build())
        .tag(Versions.etag(given.version()))
        .entity(given)
        .build();
  }

  @GET
  @Path("{id}/consents")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = "Consent", patientIdParam = "id")
  public Page<ConsentView> consents(@PathParam("id") String id) {
    return new Page<>(patients.consents(id, caller.get()), null);
  }

  @POST
  @Path("{id}/consents/{consentId}/withdraw")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = "Consent")
  public ConsentView withdrawConsent(
      @PathParam("id") String id, @PathParam("consentId") String consentId, Withdrawal withdrawal) {
    return patients.withdrawConsent(
        id, consentId, withdrawal == null ? null : withdrawal.on(), caller.get());
  }

  @POST
  @Path("{id}/merge")
  @RolesAllowed(Role.Names.COORDINATOR)
  @AccessLogged(resource = PATIENT)
  public PatientView merge(@PathParam("id") String id, @Valid @NotNull MergeRequest merge) {
    return patients.merge(id, merge.duplicateId(), caller.get());
  }

  /**
   * How the family wants reminders (issue 20): their recorded choice or the default, at version 0
   * until one is recorded; a merged-away patient answers its survivor's.
   */
  @GET
  @Path("{id}/reminders")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = "ReminderPreference", patientIdParam = "id")
  public Response reminderPreference(@PathParam("id") String id) {
    ReminderPreference preference = patients.reminderPreference(id, caller.get());
    return Response.ok(preference).tag(Versions.etag(preference.version())).build();
  }

  /**
   * Records the family's choice ({@code If-Match} the preference's ETag, {@code "0"} for the
   * default): {@code {"optedOut": true, "language": "ug-CN"}}, each optional.
   */
  @PUT
  @Path("{id}/reminders")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = "ReminderPreference", patientIdParam = "id")
  public Response changeReminderPreference(
      @PathParam("id") String id, @NotNull ReminderPreferenceChange change) {
    long expected = Versions.ifMatch(headers);
    ReminderPreference preference =
        patients.changeReminderPreference(id, expected, change, caller.get());
    return Response.ok(preference).tag(Versions.etag(preference.version())).build();
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(field, "must-date-yyyy-mm-dd");
    }
  }
}
