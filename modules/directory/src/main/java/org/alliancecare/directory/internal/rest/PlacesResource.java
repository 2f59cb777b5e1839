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
import org.alliancecare.directory.api.NewPlace;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.RecordNotFound;

/** The place hierarchy: reference data that every signed-in caller reads. */
@Path("places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacesResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  /** Places below {@code parent} (all without it), of {@code level} where given, in code order. */
  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<Place> list(
      @QueryParam("parent") String parent,
      @QueryParam("level") String level,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return directory.places(
        Queries.optional(parent),
        Queries.optionalEnum(level, PlaceLevel.class, "level"),
        Queries.page(limit, cursor));
  }

  @GET
  @Path("{code}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Place get(@PathParam("code") String code) {
    return directory.findPlace(code).orElseThrow(() -> new RecordNotFound("place"));
  }

  /** Adds a township or village. */
  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response add(@NotNull NewPlace place) {
    Place added = directory.addPlace(place, caller.get());
    return Response.created(URI.create("/api/places/" + added.code())).entity(added).build();
  }
}
