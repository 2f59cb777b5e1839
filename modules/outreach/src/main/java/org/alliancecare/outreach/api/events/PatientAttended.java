package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A patient was seen at the clinic, BOOKED (taking a place) or WALK_IN; journaled with the
 * patient's id so that it shows in the patient's timeline.
 */
public record PatientAttended(
    String clinicId,
    String attendanceId,
    String attendingPatientId,
    String kind,
    String note,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Clinic";
  }

  @Override
  public String streamId() {
    return clinicId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(attendingPatientId);
  }
}
