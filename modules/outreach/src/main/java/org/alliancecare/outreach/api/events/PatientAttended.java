package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A patient was seen at a clinic, BOOKED (taking a place) or WALK_IN. Journaled on the attendance's
 * own stream (concurrent bookings of one clinic never contend for one stream) with the patient's
 * id, so that it shows in the patient's timeline.
 */
public record PatientAttended(
    String attendanceId,
    String clinicId,
    String attendingPatientId,
    String kind,
    String note,
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
    return Optional.of(attendingPatientId);
  }
}
