package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.alliancecare.directory.api.Account;
import org.alliancecare.directory.api.AccountChange;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.NewAccount;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.web.Versions;

/**
 * Accounts. Administrators create and change them and see all; coordinators and auditors may read
 * the accounts within their data scope (to tell who did what in their area), and an account outside
 * it answers 404 like a missing one.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@NotNull NewAccount account) {
    Account created = directory.createAccount(account, caller.get());
    return Response.created(URI.create("/api/accounts/" + created.username()))
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public Page<Account> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    return directory.accounts(Queries.page(limit, cursor), caller.get());
  }

  @GET
  @Path("{username}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public Response get(@PathParam("username") String username) {
    Account account = directory.account(username, caller.get());
    return Response.ok(account).tag(Versions.etag(account.version())).build();
  }

  /** Changes an account ({@code If-Match} required); disabling it revokes its sessions at once. */
  @PATCH
  @Path("{username}")
  @RolesAllowed(Role.Names.ADMIN)
  public Response change(
      @PathParam("username") String username,
      @NotNull AccountChange change,
      @Context HttpHeaders headers) {
    long version = Versions.ifMatch(headers);
    Account account = directory.changeAccount(username, version, change, caller.get());
    return Response.ok(account).tag(Versions.etag(account.version())).build();
  }
}
