package org.alliancecare.notifications.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * One reminder's delivery as a coordinator follows it: what caused it ({@code causeType}/{@code
 * causeId}, with the record's number, e.g. a referral's {@code R-…}), to whom ({@code recipient}: a
 * username, or for a guardian the patient's id and the phone masked), by which channel, and where
 * it stands. Never the message's text: an SMS to a family is the family's.
 */
public record NotificationView(
    String id,
    String rule,
    String causeType,
    String causeId,
    @JsonbNillable String causeNumber,
    RecipientKind recipientKind,
    String recipient,
    @JsonbNillable String address,
    Channel channel,
    String language,
    DeliveryStatus status,
    int attempts,
    Instant createdAt,
    @JsonbNillable Instant nextAttemptAt,
    @JsonbNillable Instant sentAt,
    @JsonbNillable String lastError,
    String placeCode) {}
