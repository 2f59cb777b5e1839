package org.alliancecare.outreach.internal.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;

/**
 * When a clinic takes place, as people state it: a local date, start and end times, and the IANA
 * time zone they are in (Xinjiang lives by both Beijing time, {@code Asia/Shanghai}, and Xinjiang
 * time, {@code Asia/Urumqi}, six hours from UTC). The instants it means decide overlaps, never the
 * local clock times.
 */
public record ClinicSchedule(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  public ClinicSchedule {
    List<FieldError> errors = new ArrayList<>();
    if (date == null) {
      errors.add(FieldError.of("date", "required"));
    }
    if (start == null) {
      errors.add(FieldError.of("startTime", "required-as-hh-mm"));
    }
    if (end == null) {
      errors.add(FieldError.of("endTime", "required-as-hh-mm"));
    }
    if (start != null && end != null && !end.isAfter(start)) {
      errors.add(FieldError.of("endTime", "must-after-starttime-on-same-day"));
    }
    if (zone == null) {
      errors.add(FieldError.of("timeZone", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /**
   * A schedule from what a client sent; {@code timeZone} {@code null} or blank is {@code
   * Asia/Shanghai}, anything but an IANA region id (e.g. {@code Asia/Urumqi}) is refused.
   */
  public static ClinicSchedule of(LocalDate date, LocalTime start, LocalTime end, String timeZone) {
    return new ClinicSchedule(date, start, end, zone(timeZone));
  }

  /** The IANA zone named, refused with an error on {@code timeZone} when there is none such. */
  public static ZoneId zone(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return DEFAULT_ZONE;
    }
    String id = timeZone.strip();
    if (!ZoneId.getAvailableZoneIds().contains(id) || !id.contains("/")) {
      throw InvalidInput.of("timeZone", "not-iana-time-zone-such-as-asia");
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw InvalidInput.of("timeZone", "not-iana-time-zone-such-as-asia");
    }
  }

  public Instant startsAt() {
    return ZonedDateTime.of(date, start, zone).toInstant();
  }

  public Instant endsAt() {
    return ZonedDateTime.of(date, end, zone).toInstant();
  }

  /** Whether the two take place at the same moment somewhere: half-open, so 10:00 ends ≠ starts. */
  public boolean overlaps(ClinicSchedule other) {
    return startsAt().isBefore(other.endsAt()) && other.startsAt().isBefore(endsAt());
  }
}
