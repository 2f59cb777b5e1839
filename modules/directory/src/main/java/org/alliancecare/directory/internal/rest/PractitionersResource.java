package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.net.URI;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.PractitionerDetails;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.web.Versions;

/**
 * Practitioners: every signed-in caller reads them; administrators and coordinators register and
 * change them.
 */
@Path("practitioners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PractitionersResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  /** Practitioners whose name contains {@code q}, of {@code specialty}, in name order. */
  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<Practitioner> list(
      @QueryParam("q") String q,
      @QueryParam("specialty") String specialty,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return directory.practitioners(q, specialty, Queries.page(limit, cursor));
  }

  @POST
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
  public Response register(@NotNull PractitionerDetails details) {
    Practitioner registered = directory.registerPractitioner(details, caller.get());
    return Response.created(URI.create("/api/practitioners/" + registered.id()))
        .tag(Versions.etag(registered.version()))
        .entity(registered)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Response get(@PathParam("id") String id) {
    Practitioner practitioner =
        directory.findPractitioner(id).orElseThrow(() -> new RecordNotFound("practitioner"));
    return Response.ok(practitioner).tag(Versions.etag(practitioner.version())).build();
  }

  /** Replaces the record ({@code If-Match} required). */
  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
  public Response replace(
      @PathParam("id") String id,
      @NotNull PractitionerDetails details,
      @Context HttpHeaders headers) {
    long version = Versions.ifMatch(headers);
    Practitioner changed = directory.changePractitioner(id, version, details, caller.get());
    return Response.ok(changed).tag(Versions.etag(changed.version())).build();
  }
}
