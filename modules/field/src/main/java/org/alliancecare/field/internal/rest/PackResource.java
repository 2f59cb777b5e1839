package org.alliancecare.field.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.field.internal.application.Pack;
import org.alliancecare.field.internal.application.PackAssembly;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.web.AccessLogged;

/**
 * {@code GET /api/field/pack}: what the field app downloads before a day offline. Each child in it
 * is a read of that child's record, access-logged like {@code GET /api/patients/{id}}.
 */
@Path("field/pack")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PackResource {

  private static final String EXACTLY_ONE = "exactly-one-of-clinic-id-and-place-code";

  @Inject PackAssembly packs;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  @AccessLogged(resource = "Patient")
  @Compressed
  public Pack pack(
      @QueryParam("clinicId") String clinicId, @QueryParam("placeCode") String placeCode) {
    boolean clinic = clinicId != null && !clinicId.isBlank();
    boolean place = placeCode != null && !placeCode.isBlank();
    if (clinic == place) {
      throw new InvalidInput(
          List.of(FieldError.of("clinicId", EXACTLY_ONE), FieldError.of("placeCode", EXACTLY_ONE)));
    }
    return clinic
        ? packs.ofClinic(clinicId.strip(), caller.get())
        : packs.ofPlace(placeCode.strip(), caller.get());
  }
}
