package org.alliancecare.notifications.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.InboxItem;
import org.alliancecare.notifications.api.NotificationsFacade;

/**
 * The signed-in account's inbox (docs/reminders.md): its reminders newest first ({@code
 * unread=true} for the unread ones only), how many are unread, and marking one read. Nobody sees
 * another's inbox: an item of another account is not found.
 */
@Path("me/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  /** How many of the inbox's items are unread. */
  public record Unread(long unread) {}

  @Inject NotificationsFacade notifications;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Page<InboxItem> inbox(
      @QueryParam("unread") String unread,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return notifications.inbox(unreadOnly(unread), PageRequest.of(limit, cursor), caller.get());
  }

  @GET
  @Path("unread")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public Unread unread() {
    return new Unread(notifications.unread(caller.get()));
  }

  @POST
  @Path("{id}/read")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public InboxItem read(@PathParam("id") String id) {
    return notifications.markRead(id, caller.get());
  }

  private static boolean unreadOnly(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInput.of("unread", "must-true-or-false");
    };
  }
}
