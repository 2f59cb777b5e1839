package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.InboxItem;
import org.alliancecare.notifications.api.NotificationsFacade;

/**
 * The caller's inbox, newest first, {@value #SHOWN} at a time ("older" follows the cursor), all or
 * only the unread ones; each item's subject, body, time, the record it is about, and "mark read".
 * "Mark read" posts the item's id as the value of the button that was pressed (the form's view
 * state and the same-origin check guard it as every form); the facade finds only the caller's own
 * items, and the page then shows itself again (post/redirect/get).
 */
@Named
@RequestScoped
public class InboxPage {

  static final int SHOWN = 50;

  /** The name of the "mark read" buttons: their value is the item's id. */
  static final String READ = "read";

  @Inject NotificationsFacade notifications;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;
  @Inject Texts texts;

  private boolean unreadOnly;
  private String cursor;
  private List<InboxItem> items = List.of();
  private String nextCursor;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      String id = faces.getExternalContext().getRequestParameterMap().get(READ);
      if (id != null
          && !id.isBlank()
          && feedback.attempt(() -> notifications.markRead(id, caller.get())).isPresent()) {
        texts.info("inbox.marked");
      }
      Navigation.redirect(address(unreadOnly, cursor));
      return;
    }
    PageRequest request =
        cursor == null || cursor.isBlank()
            ? PageRequest.first(SHOWN)
            : PageRequest.of(SHOWN, cursor);
    Page<InboxItem> page =
        feedback.attempt(() -> notifications.inbox(unreadOnly, request, caller.get())).orElse(null);
    if (page != null) {
      items = page.items();
      nextCursor = page.nextCursor();
    }
  }

  /** The inbox page's own address, with its filter and page. */
  static String address(boolean unreadOnly, String cursor) {
    StringBuilder address = new StringBuilder("/app/inbox.xhtml");
    if (unreadOnly) {
      address.append("?unread=true");
    }
    if (cursor != null && !cursor.isBlank()) {
      address
          .append(unreadOnly ? '&' : '?')
          .append("cursor=")
          .append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    return address.toString();
  }

  /** The address of the record an item is about: its link, else its cause's page. */
  public String href(InboxItem item) {
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return RecordLinks.href(contextPath, item.link())
        .or(() -> RecordLinks.causePage(item.causeType(), item.causeId()).map(p -> contextPath + p))
        .orElse(null);
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  public List<InboxItem> getItems() {
    return items;
  }

  public String getNextCursor() {
    return nextCursor;
  }

  /** Whether this is a later page than the first (to offer "newest"). */
  public boolean isPaged() {
    return cursor != null && !cursor.isBlank();
  }
}
