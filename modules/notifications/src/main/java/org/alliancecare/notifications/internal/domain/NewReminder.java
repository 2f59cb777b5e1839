package org.alliancecare.notifications.internal.domain;

import java.time.Instant;
import java.util.Objects;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.RecipientKind;

/**
 * A reminder as the rules write it into the outbox: its cause ({@code occasion} tells apart two
 * reminders of one rule about one record, e.g. a milestone's due date before and after it moved),
 * its recipient and channel, the message in the recipient's language, and how it starts: PENDING
 * for the worker, SENT for the inbox (stored is delivered), SKIPPED with its reason.
 */
public record NewReminder(
    String ruleCode,
    String causeType,
    String causeId,
    String occasion,
    String causeNumber,
    String placeCode,
    RecipientKind recipientKind,
    String recipient,
    Channel channel,
    String language,
    String address,
    String subject,
    String body,
    String link,
    DeliveryStatus status,
    String skippedBecause,
    Instant createdAt) {

  public NewReminder {
    Objects.requireNonNull(ruleCode, "ruleCode");
    Objects.requireNonNull(causeId, "causeId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(status, "status");
  }
}
