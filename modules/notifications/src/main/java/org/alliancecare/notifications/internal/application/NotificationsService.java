package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.InboxItem;
import org.alliancecare.notifications.api.NotificationView;
import org.alliancecare.notifications.api.NotificationsFacade;
import org.alliancecare.notifications.internal.persistence.Outbox;

/**
 * {@link NotificationsFacade}: a caller's own inbox, and the reminders about records in the
 * caller's data scope (a reminder belongs to the place of the record it is about).
 */
@ApplicationScoped
public class NotificationsService implements NotificationsFacade {

  static final String INBOX_ITEM = "InboxItem";

  @Inject Outbox outbox;
  @Inject DirectoryFacade directory;
  @Inject Clock clock;

  @Override
  public Page<InboxItem> inbox(boolean unreadOnly, PageRequest page, Caller by) {
    return outbox.inbox(by.username(), unreadOnly, page);
  }

  @Override
  public long unread(Caller by) {
    return outbox.unread(by.username());
  }

  @Override
  public InboxItem markRead(String id, Caller by) {
    return outbox
        .markRead(by.username(), id, clock.instant())
        .orElseThrow(() -> new RecordNotFound(INBOX_ITEM));
  }

  @Override
  public Page<NotificationView> notifications(DeliveryStatus status, PageRequest page, Caller by) {
    DataScope scope = directory.scopeOf(by);
    if (scope.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    return outbox.notifications(List.copyOf(scope.places()), status, page);
  }
}
