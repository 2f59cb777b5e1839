package org.alliancecare.notifications.api;

/** How a reminder reaches its recipient. */
public enum Channel {
  /** The in-app inbox of a staff account (web UI and field app). */
  INBOX,
  /** E-mail over SMTP, to a staff account's address. */
  EMAIL,
  /** A text message through the SMS gateway, to a guardian's phone. */
  SMS
}
