package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.api.SessionFacade;
import org.alliancecare.directory.api.SignedIn;

/** Signing in (a bearer token for a username and password) and out. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** The credentials; neither is ever logged or echoed. */
  public record SignInRequest(@NotNull String username, @NotNull String password) {

    @Override
    public String toString() {
      return "SignInRequest[" + username + "]";
    }
  }

  @Inject SessionFacade sessions;

  /**
   * Exchanges a username and password for a bearer token. A wrong password, an unknown user, a
   * disabled or locked account all answer the same 401.
   */
  @POST
  @PermitAll
  public SignedIn signIn(@Valid @NotNull SignInRequest request) {
    return sessions
        .signIn(request.username(), request.password())
        .orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  /** Ends the session of the bearer token that the request carries. */
  @DELETE
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      sessions.signOut(authorization.substring(7).strip());
    }
    return Response.noContent().build();
  }
}
