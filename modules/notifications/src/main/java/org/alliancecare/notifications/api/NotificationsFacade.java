package org.alliancecare.notifications.api;

import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** A staff member's inbox, and the deliveries of reminders that coordinators follow. */
public interface NotificationsFacade {

  /** The caller's inbox, newest first; only the unread ones when {@code unreadOnly}. */
  Page<InboxItem> inbox(boolean unreadOnly, PageRequest page, Caller by);

  /** How many items of the caller's inbox are unread. */
  long unread(Caller by);

  /** Marks an item of the caller's inbox read (again: no change); another's is not found. */
  InboxItem markRead(String id, Caller by);

  /**
   * Reminders about records in the caller's scope (coordinators and auditors), newest first; only
   * those in {@code status} when it is not null.
   */
  Page<NotificationView> notifications(DeliveryStatus status, PageRequest page, Caller by);
}
