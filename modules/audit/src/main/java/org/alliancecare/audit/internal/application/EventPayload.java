package org.alliancecare.audit.internal.application;

import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.alliancecare.audit.internal.domain.CanonicalJson;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * An event's journal payload: the event record as JSON-B writes it (every component, absent values
 * as {@code null}), then rewritten canonically, keys sorted at every depth, so that the text does
 * not depend on the order of a map or of reflection.
 *
 * <p>The payload is kept for ever and shown to auditors: events carry ids, codes and facts, never
 * secrets (passwords, tokens, keys) and never a plaintext identity number.
 */
public final class EventPayload {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
              .withNullValues(true));

  /**
   * Looked up once: {@code Json.createReader} looks the provider up again on every call, through
   * the service loader of the application's class loader, which cost a measurable part of every
   * change (bench/README.md).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private EventPayload() {}

  public static String of(DomainEvent event) {
    String json = JSONB.toJson(event);
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return CanonicalJson.of(reader.readValue());
    }
  }
}
