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
import jakarta.ws.rs.core.UriInfo;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.documents.api.DocumentsFacade;
import org.alliancecare.documents.api.Paper;
import org.alliancecare.kernel.web.AccessLogged;

/**
 * A referral's letter for the family to take to the receiving hospital (API.md → Documents): who
 * may read the referral may print it; A4 unless asked otherwise. Its QR code holds {@code {public
 * address}/r/{referral number}}.
 */
@Path("referrals/{id}/letter")
@RequestScoped
public class ReferralLetterResource {

  @Inject DocumentsFacade documents;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = "ReferralLetter", action = AccessLogged.Action.PRINT)
  public Response letter(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("paper") String paper) {
    DocumentRequest request = DocumentRequest.of(format, paper, Paper.A4, headers);
    return DocumentRequest.answer(
        documents.referralLetter(
            id,
            request.format(),
            request.paper(),
            uri.getBaseUri().resolve("..").toString(),
            caller.get()));
  }
}
