package org.alliancecare.notifications.internal.channels;

import org.alliancecare.notifications.api.Channel;

/**
 * A reminder ready to go out by one external channel: {@code address} is an e-mail address or a
 * phone number, {@code subject} is for e-mail only (else null), {@code language} the language the
 * text is in ({@code zh-CN}, {@code ug-CN}, {@code en}).
 */
public record OutgoingMessage(
    String notificationId,
    Channel channel,
    String address,
    String subject,
    String body,
    String language) {}
