package org.alliancecare.screening.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/** {@code /api/patients/{id}/screenings}: a patient's screenings, the most recent first. */
@Path("patients/{id}/screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientScreeningsResource {

  @Inject ScreeningsFacade screenings;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = ScreeningsResource.RESOURCE, patientIdParam = "id")
  public Page<ScreeningView> screeningsOf(
      @PathParam("id") String patientId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return screenings.screeningsOf(patientId, PageRequest.of(limit, cursor), caller.get());
  }
}
