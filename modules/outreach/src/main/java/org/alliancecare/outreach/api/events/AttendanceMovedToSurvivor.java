package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/** A merged duplicate patient's attendance now belongs to the surviving patient. */
public record AttendanceMovedToSurvivor(
    String attendanceId,
    String clinicId,
    String duplicatePatientId,
    String survivorPatientId,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Attendance";
  }

  @Override
  public String streamId() {
    return attendanceId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(survivorPatientId);
  }
}
