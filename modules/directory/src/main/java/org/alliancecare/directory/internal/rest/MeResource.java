package org.alliancecare.directory.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alliancecare.directory.api.Account;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Role;

/**
 * The signed-in caller's own account, and what its holder may change on it themselves: the language
 * of the UI ({@code PATCH /api/me} with {@code {"language": "ug-CN"}}).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;

  /** What the holder of an account may change on it: the UI's language. */
  public record MyChange(String language) {}

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Account me() {
    return directory.me(caller.get());
  }

  /**
   * Keeps the language the caller chose (no {@code If-Match}: only the holder changes it, and the
   * last choice wins); anything but {@code zh-CN}, {@code ug-CN} or {@code en} is a 400 naming
   * {@code language}.
   */
  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Account change(MyChange change) {
    return directory.changeLanguage(caller.get(), change == null ? null : change.language());
  }
}
