package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.alliancecare.kernel.events.DomainEvent;

/** A clinic was planned (status PLANNED). */
public record ClinicPlanned(
    String clinicId,
    String clinicNumber,
    String title,
    String hostAllianceId,
    List<String> joiningAllianceIds,
    String placeCode,
    String venue,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    Instant startsAt,
    Instant endsAt,
    List<String> services,
    int capacity,
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
}
