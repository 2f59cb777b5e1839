package org.alliancecare.notifications.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.NotificationView;
import org.alliancecare.notifications.api.NotificationsFacade;

/**
 * The reminders about records in the caller's scope and where each delivery stands ({@code
 * status=PENDING|HELD|SENT|FAILED|SKIPPED}), for coordinators and auditors (docs/reminders.md). No
 * message text: the recipient's address masked.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject NotificationsFacade notifications;
  @Inject CurrentCaller caller;

  @GET
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public Page<NotificationView> deliveries(
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return notifications.notifications(status(status), PageRequest.of(limit, cursor), caller.get());
  }

  private static DeliveryStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("status", "one-of", Arrays.toString(DeliveryStatus.values()));
    }
  }
}
