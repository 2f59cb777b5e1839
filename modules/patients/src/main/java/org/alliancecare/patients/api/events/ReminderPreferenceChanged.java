package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * The family's reminder preference was changed: whether they opted out of reminders and the
 * language of their SMS, as they are now ({@code version}: the preference's new version).
 */
public record ReminderPreferenceChanged(
    String patient,
    String placeCode,
    boolean optedOut,
    String language,
    long version,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Patient";
  }

  @Override
  public String streamId() {
    return patient;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(patient);
  }
}
