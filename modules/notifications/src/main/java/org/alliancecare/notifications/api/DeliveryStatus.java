package org.alliancecare.notifications.api;

/** Where a reminder's delivery stands. */
public enum DeliveryStatus {
  /** Written, waiting for the worker (or for its next attempt after a failure). */
  PENDING,
  /** Waiting for the end of the recipient's quiet hours (no SMS 22:00–08:00 their time). */
  HELD,
  /** Handed to the channel, which accepted it (the inbox: stored). */
  SENT,
  /** Given up after the last attempt, or refused by the channel for good. */
  FAILED,
  /** Not sent, by rule: the guardian opted out, or there is no address to send to. */
  SKIPPED
}
