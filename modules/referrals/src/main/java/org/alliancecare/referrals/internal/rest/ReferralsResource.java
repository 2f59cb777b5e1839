package org.alliancecare.referrals.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.referrals.api.NewReferral;
import org.alliancecare.referrals.api.ReferralCompletion;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;

/**
 * Referrals (API.md → Referrals): request, work lists, one referral with its history, and the
 * transitions, each with {@code If-Match}. Every answer carries a patient's referral and is
 * access-logged.
 */
@Path("referrals")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

  private static final String REFERRAL = "Referral";

  @Inject ReferralsFacade referrals;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** Why a referral is declined or cancelled. */
  public record Reason(@NotBlank @Size(max = 1000) String reason) {}

  /** When the patient is to be seen. */
  public record Appointment(@NotNull Instant appointmentAt) {}

  @POST
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @Idempotent
  @AccessLogged(resource = REFERRAL)
  public Response request(@Valid @NotNull NewReferral referral) {
    ReferralView requested = referrals.request(referral, caller.get());
    return Response.created(uri.getBaseUriBuilder().path("referrals").path(requested.id()).build())
        .tag(Versions.etag(requested.version()))
        .entity(requested)
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = REFERRAL)
  public Page<ReferralView> workList(
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("toOrganisationId") String toOrganisationId,
      @QueryParam("placeCode") String placeCode,
      @QueryParam("number") String number,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return referrals.referrals(
        new ReferralQuery(
            status(status),
            flag(overdue, "overdue"),
            blankToNull(toOrganisationId),
            blankToNull(placeCode),
            referralNumber(number)),
        PageRequest.of(limit, cursor),
        caller.get());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = REFERRAL)
  public Response referral(@PathParam("id") String id) {
    return answer(referrals.referral(id, caller.get()));
  }

  @POST
  @Path("{id}/accept")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = REFERRAL)
  public Response accept(@PathParam("id") String id) {
    long expected = Versions.ifMatch(headers);
    return answer(referrals.accept(id, expected, caller.get()));
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = REFERRAL)
  public Response decline(@PathParam("id") String id, @Valid @NotNull Reason reason) {
    long expected = Versions.ifMatch(headers);
    return answer(referrals.decline(id, expected, reason.reason(), caller.get()));
  }

  @POST
  @Path("{id}/schedule")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = REFERRAL)
  public Response schedule(@PathParam("id") String id, @Valid @NotNull Appointment appointment) {
    long expected = Versions.ifMatch(headers);
    return answer(referrals.schedule(id, expected, appointment.appointmentAt(), caller.get()));
  }

  @POST
  @Path("{id}/complete")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = REFERRAL)
  public Response complete(
      @PathParam("id") String id, @Valid @NotNull ReferralCompletion completion) {
    long expected = Versions.ifMatch(headers);
    return answer(referrals.complete(id, expected, completion, caller.get()));
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = REFERRAL)
  public Response cancel(@PathParam("id") String id, @Valid @NotNull Reason reason) {
    long expected = Versions.ifMatch(headers);
    return answer(referrals.cancel(id, expected, reason.reason(), caller.get()));
  }

  private static Response answer(ReferralView referral) {
    return Response.ok(referral).tag(Versions.etag(referral.version())).build();
  }

  private static ReferralStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ReferralStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("status", "one-of", Arrays.toString(ReferralStatus.values()));
    }
  }

  private static Boolean flag(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw InvalidInput.of(field, "must-true-or-false");
    };
  }

  /**
   * A referral number as typed or scanned: the number itself, case and surrounding blanks aside
   * (the web UI takes a whole scanned link apart before it asks).
   */
  private static String referralNumber(String text) {
    String number = blankToNull(text);
    return number == null ? null : number.toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
