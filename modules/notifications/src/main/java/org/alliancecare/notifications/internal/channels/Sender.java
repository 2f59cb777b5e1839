package org.alliancecare.notifications.internal.channels;

import org.alliancecare.notifications.api.Channel;

/**
 * One external channel ({@link Channel#EMAIL} or {@link Channel#SMS}). An implementation never
 * throws for a failed delivery: it answers {@link Delivery.Retry} or {@link Delivery.Refused}. It
 * is called by several worker threads at once.
 */
public interface Sender {

  /** The channel this sender delivers by. */
  Channel channel();

  /** Hands the message to the channel and says how that went. */
  Delivery send(OutgoingMessage message);
}
