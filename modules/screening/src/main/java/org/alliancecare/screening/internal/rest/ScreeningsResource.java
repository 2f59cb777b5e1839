package org.alliancecare.screening.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.screening.api.NewScreening;
import org.alliancecare.screening.api.ScreeningCorrection;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * {@code /api/screenings}: record, read and correct screenings. One instance serves every request
 * (made once, not per request through CDI): it holds no request state, the caller is a request
 * scoped proxy and the request's URI comes in as a parameter.
 */
@Path("screenings")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsResource {

  static final String RESOURCE = "Screening";

  @Inject ScreeningsFacade screenings;
  @Inject CurrentCaller caller;

  /** Records a screening; the same {@code Idempotency-Key} and body answer the first response. */
  @POST
  @RolesAllowed(Role.Names.DOCTOR)
  @Idempotent(keyRequired = true)
  @AccessLogged(resource = RESOURCE)
  public Response record(@Context UriInfo uri, @Valid @NotNull NewScreening screening) {
    return created(uri, screenings.record(screening, caller.get()));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = RESOURCE)
  public Response screening(@PathParam("id") String id) {
    ScreeningView screening = screenings.screening(id, caller.get());
    return Response.ok(screening).tag(Versions.etag(screening.version())).build();
  }

  /** Adds a version that corrects the current one, named by {@code If-Match}. */
  @POST
  @Path("{id}/corrections")
  @RolesAllowed(Role.Names.DOCTOR)
  @AccessLogged(resource = RESOURCE)
  public Response correct(
      @PathParam("id") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Valid @NotNull ScreeningCorrection correction) {
    long expectedVersion = Versions.ifMatch(headers);
    return created(uri, screenings.correct(id, expectedVersion, correction, caller.get()));
  }

  private static Response created(UriInfo uri, ScreeningView screening) {
    return Response.created(uri.getBaseUriBuilder().path("screenings").path(screening.id()).build())
        .entity(screening)
        .tag(Versions.etag(screening.version()))
        .build();
  }
}
