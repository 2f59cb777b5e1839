package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.NewOrganisation;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.RecordNotFound;

/** Hospitals, schools and centres: reference data that every signed-in caller reads. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<Organisation> list(
      @QueryParam("kind") String kind,
      @QueryParam("placeCode") String placeCode,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return directory.organisations(
        Queries.optionalEnum(kind, OrganisationKind.class, "kind"),
        Queries.optional(placeCode),
        Queries.page(limit, cursor));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Organisation get(@PathParam("id") String id) {
    return directory.findOrganisation(id).orElseThrow(() -> new RecordNotFound("organisation"));
  }

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response add(@NotNull NewOrganisation organisation) {
    Organisation added = directory.addOrganisation(organisation, caller.get());
    return Response.created(URI.create("/api/organisations/" + added.id())).entity(added).build();
  }
}
