package org.alliancecare.app.internal.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B configuration of the API: unknown fields in a request are an error (so that a
 * typo, or a field a role may not set, is never silently ignored), and absent values are left out.
 */
@Provider
@ApplicationScoped
public class JsonBinding implements ContextResolver<Jsonb> {

  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .withDeserializers(
                  new ExactNumbers.Integers(),
                  new ExactNumbers.Longs(),
                  new StrictText(),
                  new StrictBooleans())
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same configuration for code that writes JSON itself (problems, stored responses). */
  @Produces
  @ApplicationScoped
  Jsonb jsonb() {
    return JSONB;
  }
}
