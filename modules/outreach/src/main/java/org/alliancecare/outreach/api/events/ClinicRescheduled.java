package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * The clinic's date, times or time zone changed; {@code startsAt}/{@code endsAt} are the new UTC
 * instants.
 */
public record ClinicRescheduled(
    String clinicId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    Instant startsAt,
    Instant endsAt,
    int sequence,
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
