package org.alliancecare.directory.internal.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants in {@code timestamptz} columns, through {@link Timestamp} (which every JPA provider
 * binds), so that the stored moment does not depend on the JVM's time zone.
 */
@Converter
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
