package org.alliancecare.notifications.internal.channels;

import org.alliancecare.notifications.api.Channel;

/** A reminder ready to go out by one external channel. */
public record OutgoingMessage(
    String notificationId,
    Channel channel,
    String address,
    String subject,
    String body,
    String language) {}
