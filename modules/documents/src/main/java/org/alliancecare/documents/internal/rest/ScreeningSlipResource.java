package org.alliancecare.documents.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.documents.api.DocumentsFacade;
import org.alliancecare.documents.api.Paper;
import org.alliancecare.kernel.web.AccessLogged;

/**
 * A screening's result slip for the family (API.md → Documents): who may read the screening may
 * print it; A5 unless asked otherwise.
 */
@Path("screenings/{id}/slip")
@RequestScoped
public class ScreeningSlipResource {

  @Inject DocumentsFacade documents;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = "ScreeningSlip", action = AccessLogged.Action.PRINT)
  public Response slip(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("paper") String paper) {
    DocumentRequest request = DocumentRequest.of(format, paper, Paper.A5, headers);
    return DocumentRequest.answer(
        documents.screeningSlip(id, request.format(), request.paper(), caller.get()));
  }
}
