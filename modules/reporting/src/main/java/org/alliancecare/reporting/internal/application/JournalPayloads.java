package org.alliancecare.reporting.internal.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.reporting.api.RecordedEvent;

/**
 * The event records again from the journal's payloads: the audit module stores each event as JSON-B
 * wrote it (every component by name), so JSON-B reads it back into the same record.
 */
final class JournalPayloads {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JournalPayloads() {}

  /**
   * The event the entry recorded, if the read models follow it; an entry of another stream that
   * happens to share the name of a followed event is left alone.
   */
  static Optional<DomainEvent> eventOf(RecordedEvent entry) {
    return Projection.eventNamed(entry.eventType())
        .map(type -> (DomainEvent) JSONB.fromJson(entry.payload(), type))
        .filter(event -> event.streamType().equals(entry.streamType()));
  }
}
