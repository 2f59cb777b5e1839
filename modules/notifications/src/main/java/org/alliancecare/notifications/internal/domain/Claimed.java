package org.alliancecare.notifications.internal.domain;

import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.RecipientKind;

/** A reminder the worker has claimed to send: what goes out, and how many attempts it has had. */
public record Claimed(
    String id,
    Channel channel,
    RecipientKind recipientKind,
    String address,
    String subject,
    String body,
    String language,
    int attempts) {}
