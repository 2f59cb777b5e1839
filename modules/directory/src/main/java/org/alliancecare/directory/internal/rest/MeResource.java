package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alliancecare.directory.api.Account;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Role;

/** The signed-in caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Account me() {
    return directory.me(caller.get());
  }
}
