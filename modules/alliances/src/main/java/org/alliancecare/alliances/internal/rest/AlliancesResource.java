package org.alliancecare.alliances.internal.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.alliancecare.alliances.api.AllianceView;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.alliances.api.MembershipEnd;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.api.MembershipView;
import org.alliancecare.alliances.api.NewAlliance;
import org.alliancecare.alliances.api.NewMembership;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.Versions;

/** {@code /api/alliances}: specialist alliances and their members (API.md, Alliances). */
@Path("alliances")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlliancesResource {

  /** {@code POST /api/alliances}. */
  public record FoundAlliance(
      @NotBlank String code,
      @NotBlank @Size(max = 200) String nameZh,
      @NotBlank @Size(max = 200) String nameEn,
      @NotBlank @Size(max = 100) String specialty,
      LocalDate foundedOn) {}

  /** {@code POST /api/alliances/{id}/members}. */
  public record AdmitMember(
      @NotBlank String practitionerId, @NotNull MembershipRole role, @NotNull LocalDate since) {}

  /** {@code POST /api/alliances/{id}/members/{practitionerId}/end}. */
  public record EndMembership(@NotNull LocalDate on, @NotBlank @Size(max = 500) String reason) {}

  /** The members on a day. */
  public record Members(
      String allianceId, LocalDate at, List<MembershipView> items, String nextCursor) {}

  @Inject AlliancesFacade alliances;
  @Inject CurrentCaller caller;
  @Inject BusinessClock clock;

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<AllianceView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return alliances.alliances(PageRequest.of(limit, cursor));
  }

  @POST
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
  public Response found(@Valid @NotNull FoundAlliance request) {
    AllianceView alliance =
        alliances.found(
            new NewAlliance(
                request.code(),
                request.nameZh(),
                request.nameEn(),
                request.specialty(),
                request.foundedOn()),
            caller.get());
    return Response.created(URI.create("/api/alliances/" + alliance.id()))
        .entity(alliance)
        .tag(Versions.etag(alliance.version()))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Response alliance(@PathParam("id") String id) {
    AllianceView alliance = alliances.alliance(id);
    return Response.ok(alliance).tag(Versions.etag(alliance.version())).build();
  }

  @GET
  @Path("{id}/members")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Members members(@PathParam("id") String id, @QueryParam("at") String at) {
    LocalDate day = at == null || at.isBlank() ? clock.today() : date("at", at);
    return new Members(id, day, alliances.members(id, day), null);
  }

  @POST
  @Path("{id}/members")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.ALLIANCE_LEAD})
  public Response admit(@PathParam("id") String id, @Valid @NotNull AdmitMember request) {
    MembershipView membership =
        alliances.admit(
            id,
            new NewMembership(request.practitionerId(), request.role(), request.since()),
            caller.get());
    return Response.created(
            URI.create("/api/alliances/" + id + "/members/" + membership.practitionerId()))
        .entity(membership)
        .build();
  }

  @POST
  @Path("{id}/members/{practitionerId}/end")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.ALLIANCE_LEAD})
  public MembershipView end(
      @PathParam("id") String id,
      @PathParam("practitionerId") String practitionerId,
      @Valid @NotNull EndMembership request) {
    return alliances.endMembership(
        id, practitionerId, new MembershipEnd(request.on(), request.reason()), caller.get());
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(field, "must-date-yyyy-mm-dd");
    }
  }
}
