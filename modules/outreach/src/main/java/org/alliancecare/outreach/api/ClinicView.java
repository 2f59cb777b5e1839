package org.alliancecare.outreach.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A clinic as clients see it. {@code startTime} and {@code endTime} are local {@code HH:MM} in
 * {@code timeZone}; {@code startsAt} and {@code endsAt} are the same moments in UTC. {@code booked}
 * counts the BOOKED attendances against {@code capacity}. {@code sequence} is the iCalendar
 * SEQUENCE, raised by every change; {@code version} is also the ETag.
 */
public record ClinicView(
    String id,
    String clinicNumber,
    String title,
    String hostAllianceId,
    List<String> joiningAllianceIds,
    String placeCode,
    String venue,
    LocalDate date,
    String startTime,
    String endTime,
    String timeZone,
    Instant startsAt,
    Instant endsAt,
    List<ClinicService> services,
    int capacity,
    int booked,
    ClinicStatus status,
    String cancellationReason,
    String summary,
    List<StaffView> staff,
    int sequence,
    long version)
    implements Serializable {

  /** One practitioner staffing the clinic, and the alliance through which they may. */
  public record StaffView(String practitionerId, String name, String role, String allianceId)
      implements Serializable {}
}
