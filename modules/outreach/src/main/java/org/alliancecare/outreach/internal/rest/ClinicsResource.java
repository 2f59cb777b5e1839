package org.alliancecare.outreach.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.api.CalendarQuery;
import org.alliancecare.outreach.api.ClinicPlan;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.NewAttendance;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.outreach.api.StaffAssignment;

/** {@code /api/clinics}: outreach clinics (API.md, Outreach clinics). */
@Path("clinics")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClinicsResource {

  static final String TEXT_CALENDAR = "text/calendar";
  private static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";
  private static final String HH_MM_MESSAGE = "must be a local time HH:MM, e.g. 09:30";

  /** {@code POST /api/clinics} and {@code PUT /api/clinics/{id}}. */
  public record ClinicRequest(
      @NotBlank @Size(max = 200) String title,
      @NotBlank String hostAllianceId,
      List<@NotBlank String> joiningAllianceIds,
      @NotBlank String placeCode,
      @NotBlank @Size(max = 200) String venue,
      @NotNull LocalDate date,
      @NotNull @Pattern(regexp = HH_MM, message = HH_MM_MESSAGE) String startTime,
      @NotNull @Pattern(regexp = HH_MM, message = HH_MM_MESSAGE) String endTime,
      String timeZone,
      List<@NotNull ClinicService> services,
      @NotNull @Min(0) @Max(10_000) Integer capacity) {

    ClinicPlan plan() {
      return new ClinicPlan(
          title,
          hostAllianceId,
          joiningAllianceIds,
          placeCode,
          venue,
          date,
          LocalTime.parse(startTime),
          LocalTime.parse(endTime),
          timeZone,
          services,
          capacity);
    }
  }

  /** {@code POST /api/clinics/{id}/staff}. */
  public record StaffRequest(
      @NotBlank String practitionerId, @NotBlank @Size(max = 60) String role) {}

  /** {@code POST /api/clinics/{id}/cancel}. */
  public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {}

  /** {@code POST /api/clinics/{id}/complete} (the body is optional). */
  public record CompleteRequest(@Size(max = 4000) String summary) {}

  /** {@code POST /api/clinics/{id}/attendances}. */
  public record AttendanceRequest(
      @NotBlank String patientId, @NotNull AttendanceKind kind, @Size(max = 2000) String note) {}

  @Inject OutreachFacade outreach;
  @Inject CurrentCaller caller;
  @Inject Jsonb jsonb;
  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response plan(@Valid @NotNull ClinicRequest request) {
    ClinicView clinic = outreach.plan(request.plan(), caller.get());
    return Response.created(URI.create("/api/clinics/" + clinic.id()))
        .entity(clinic)
        .tag(Versions.etag(clinic.version()))
        .build();
  }

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<ClinicView> clinics(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("allianceId") String allianceId,
      @QueryParam("placeCode") String placeCode,
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return outreach.clinics(
        new ClinicQuery(
            date("from", from),
            date("to", to),
            blankToNull(allianceId),
            blankToNull(placeCode),
            status(status)),
        PageRequest.of(limit, cursor));
  }

  @GET
  @Path("calendar.ics")
  @Produces(TEXT_CALENDAR + ";charset=utf-8")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Response calendar(
      @QueryParam("allianceId") String allianceId,
      @QueryParam("practitionerId") String practitionerId) {
    return Response.ok(outreach.calendar(new CalendarQuery(allianceId, practitionerId)))
        .type(TEXT_CALENDAR + ";charset=utf-8")
        .header("Content-Disposition", "inline; filename=\"alliancecare-clinics.ics\"")
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Response clinic(@PathParam("id") String id) {
    return withTag(outreach.clinic(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response revise(@PathParam("id") String id, @Valid @NotNull ClinicRequest request) {
    long expected = Versions.ifMatch(headers);
    return withTag(outreach.revise(id, expected, request.plan(), caller.get()));
  }

  @POST
  @Path("{id}/staff")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response assignStaff(@PathParam("id") String id, @Valid @NotNull StaffRequest request) {
    ClinicView clinic =
        outreach.assignStaff(
            id,
            new StaffAssignment(request.practitionerId(), request.role()),
            optionalIfMatch(),
            caller.get());
    return Response.created(
            URI.create("/api/clinics/" + id + "/staff/" + request.practitionerId().strip()))
        .entity(clinic)
        .tag(Versions.etag(clinic.version()))
        .build();
  }

  @DELETE
  @Path("{id}/staff/{practitionerId}")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response releaseStaff(
      @PathParam("id") String id, @PathParam("practitionerId") String practitionerId) {
    return withTag(outreach.releaseStaff(id, practitionerId, optionalIfMatch(), caller.get()));
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response publish(@PathParam("id") String id) {
    return withTag(outreach.publish(id, optionalIfMatch(), caller.get()));
  }

  @POST
  @Path("{id}/start")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response start(@PathParam("id") String id) {
    return withTag(outreach.start(id, optionalIfMatch(), caller.get()));
  }

  @POST
  @Path("{id}/complete")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response complete(@PathParam("id") String id, String body) {
    CompleteRequest request =
        body == null || body.isBlank()
            ? new CompleteRequest(null)
            : jsonb.fromJson(body, CompleteRequest.class);
    if (request.summary() != null && request.summary().length() > 4000) {
      throw InvalidInput.of("summary", "must-at-most-4000-characters");
    }
    return withTag(outreach.complete(id, optionalIfMatch(), request.summary(), caller.get()));
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR})
  public Response cancel(@PathParam("id") String id, @Valid @NotNull CancelRequest request) {
    return withTag(outreach.cancel(id, optionalIfMatch(), request.reason(), caller.get()));
  }

  @POST
  @Path("{id}/attendances")
  @Idempotent
  @AccessLogged(resource = "ClinicAttendance")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.ALLIANCE_LEAD})
  public Response recordAttendance(
      @PathParam("id") String id, @Valid @NotNull AttendanceRequest request) {
    AttendanceView attendance =
        outreach.recordAttendance(
            id,
            new NewAttendance(request.patientId().strip(), request.kind(), request.note()),
            caller.get());
    return Response.created(URI.create("/api/clinics/" + id + "/attendances/" + attendance.id()))
        .entity(attendance)
        .build();
  }

  @GET
  @Path("{id}/attendances")
  @AccessLogged(resource = "ClinicAttendance")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.ALLIANCE_LEAD, Role.Names.AUDITOR})
  public Page<AttendanceView> attendances(
      @PathParam("id") String id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return outreach.attendances(id, PageRequest.of(limit, cursor), caller.get());
  }

  private static Response withTag(ClinicView clinic) {
    return Response.ok(clinic).tag(Versions.etag(clinic.version())).build();
  }

  /** State transitions and staff changes check If-Match when the client sends it. */
  private Long optionalIfMatch() {
    String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
    return header == null || header.isBlank() ? null : Versions.ifMatch(headers);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(field, "must-date-yyyy-mm-dd");
    }
  }

  private static ClinicStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ClinicStatus.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("status", "must-one-of-planned-published-in-progress");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
