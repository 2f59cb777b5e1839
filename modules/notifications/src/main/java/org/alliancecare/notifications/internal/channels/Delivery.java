package org.alliancecare.notifications.internal.channels;

/** What the channel answered. */
public sealed interface Delivery {

  /** Accepted: the provider's id or the Message-ID. */
  record Accepted(String reference) implements Delivery {}

  /** Failed for now: network, timeout, 5xx, throttled. */
  record Retry(String reason) implements Delivery {}

  /** Refused for good: bad address, rejected, authentication refused. */
  record Refused(String reason) implements Delivery {}
}
