package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.NotificationView;
import org.alliancecare.notifications.api.NotificationsFacade;

/**
 * Reminders as coordinators and auditors follow them ({@code GET /api/notifications}): the
 * deliveries about records in the caller's scope, newest first, {@value #SHOWN} at a time, all or
 * those of one status; what caused each (linked to the record), to whom (an account's username, or
 * a child's family with the phone masked as the facade gives it), by which channel and in which
 * language, where it stands. Never the message's text.
 */
@Named
@RequestScoped
public class RemindersPage {

  static final int SHOWN = 50;

  @Inject NotificationsFacade notifications;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;

  private String status;
  private String cursor;
  private List<NotificationView> deliveries = List.of();
  private String nextCursor;

  public void load() {
    DeliveryStatus chosen = chosenStatus();
    PageRequest request =
        cursor == null || cursor.isBlank()
            ? PageRequest.first(SHOWN)
            : PageRequest.of(SHOWN, cursor);
    Page<NotificationView> page =
        feedback
            .attempt(() -> notifications.notifications(chosen, request, caller.get()))
            .orElse(null);
    if (page != null) {
      deliveries = page.items();
      nextCursor = page.nextCursor();
    }
  }

  /** The status filter, or null for all: an unknown status is all of them. */
  DeliveryStatus chosenStatus() {
    return Arrays.stream(DeliveryStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElse(null);
  }

  /** The statuses to filter by, in the order a delivery goes through them. */
  public List<DeliveryStatus> getStatuses() {
    return List.of(DeliveryStatus.values());
  }

  /** The address of the record that caused a reminder, with the context path; null without one. */
  public String causeHref(NotificationView delivery) {
    return RecordLinks.causePage(delivery.causeType(), delivery.causeId())
        .map(p -> contextPath() + p)
        .orElse(null);
  }

  /** The child's record, for a reminder to a family (whose recipient is the patient's id). */
  public String patientHref(NotificationView delivery) {
    return RecordLinks.causePage("PATIENT", delivery.recipient())
        .map(p -> contextPath() + p)
        .orElse(null);
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  public List<NotificationView> getDeliveries() {
    return deliveries;
  }

  public String getNextCursor() {
    return nextCursor;
  }

  public boolean isPaged() {
    return cursor != null && !cursor.isBlank();
  }
}
