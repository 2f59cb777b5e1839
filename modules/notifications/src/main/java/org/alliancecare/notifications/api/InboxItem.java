package org.alliancecare.notifications.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A reminder in a staff member's inbox, in their account's language: {@code link} is the page of
 * the record it is about, relative to the application (e.g. {@code
 * app/records/referral.xhtml?id=…}), or null; {@code readAt} null while unread.
 */
public record InboxItem(
    String id,
    String rule,
    String subject,
    String body,
    String language,
    @JsonbNillable String causeType,
    @JsonbNillable String causeId,
    @JsonbNillable String link,
    Instant createdAt,
    @JsonbNillable Instant readAt) {}
