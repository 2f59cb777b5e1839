package org.alliancecare.notifications.internal.channels;

/**
 * What a channel answered for one message. The reasons are for coordinators and the log: they name
 * the failure (an SMTP reply code, a gateway's error code), never the address or the text.
 */
public sealed interface Delivery {

  /** Taken by the channel; {@code reference} is the provider's id (SMS) or the Message-ID. */
  record Accepted(String reference) implements Delivery {}

  /** Not sent, for a reason that may pass: network, timeout, 4xx/5xx of a server, throttling. */
  record Retry(String reason) implements Delivery {}

  /** Not sent and never will be as it is: bad address or number, rejected content, refused key. */
  record Refused(String reason) implements Delivery {}
}
