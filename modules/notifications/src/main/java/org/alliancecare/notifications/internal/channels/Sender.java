package org.alliancecare.notifications.internal.channels;

import org.alliancecare.notifications.api.Channel;

/** One external channel (EMAIL or SMS). Implementations never throw for a failed delivery. */
public interface Sender {

  Channel channel();

  Delivery send(OutgoingMessage message);
}
