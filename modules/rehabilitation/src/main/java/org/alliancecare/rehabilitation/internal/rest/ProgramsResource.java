package org.alliancecare.rehabilitation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.rehabilitation.api.NewPhase;
import org.alliancecare.rehabilitation.api.NewProgram;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;

/**
 * Programs and their phases, for coordinators. Opening and closing a phase check {@code If-Match}
 * (the phase's version) when it is sent.
 */
@Path("programs")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.COORDINATOR)
public class ProgramsResource {

  @Inject RehabilitationFacade rehabilitation;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  public Response create(@Valid @NotNull NewProgram program) {
    ProgramView created = rehabilitation.createProgram(program, caller.get());
    return Response.created(uri.getBaseUriBuilder().path("programs").path(created.code()).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{code}")
  public Response program(@PathParam("code") String code) {
    ProgramView program = rehabilitation.program(code, caller.get());
    return Response.ok(program).tag(Versions.etag(program.version())).build();
  }

  @POST
  @Path("{code}/phases")
  public Response planPhase(@PathParam("code") String code, @Valid @NotNull NewPhase phase) {
    PhaseView planned = rehabilitation.planPhase(code, phase, caller.get());
    return Response.created(phaseLocation(planned))
        .tag(Versions.etag(planned.version()))
        .entity(planned)
        .build();
  }

  @GET
  @Path("{code}/phases/{number}")
  public Response phase(@PathParam("code") String code, @PathParam("number") String number) {
    return answer(rehabilitation.phase(code, Parameters.phaseNumber(number), caller.get()));
  }

  @POST
  @Path("{code}/phases/{number}/open")
  @Consumes(MediaType.WILDCARD)
  public Response open(@PathParam("code") String code, @PathParam("number") String number) {
    return answer(
        rehabilitation.openPhase(
            code, Parameters.phaseNumber(number), optionalIfMatch(), caller.get()));
  }

  @POST
  @Path("{code}/phases/{number}/close")
  @Consumes(MediaType.WILDCARD)
  public Response close(@PathParam("code") String code, @PathParam("number") String number) {
    return answer(
        rehabilitation.closePhase(
            code, Parameters.phaseNumber(number), optionalIfMatch(), caller.get()));
  }

  private Long optionalIfMatch() {
    String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
    return header == null || header.isBlank() ? null : Versions.ifMatch(headers);
  }

  private java.net.URI phaseLocation(PhaseView phase) {
    return uri.getBaseUriBuilder()
        .path("programs")
        .path(phase.programCode())
        .path("phases")
        .path(Integer.toString(phase.number()))
        .build();
  }

  private static Response answer(PhaseView phase) {
    return Response.ok(phase).tag(Versions.etag(phase.version())).build();
  }
}
