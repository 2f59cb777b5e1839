package org.alliancecare.outreach.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A clinic as planned ({@code POST /api/clinics}) or revised ({@code PUT /api/clinics/{id}}): the
 * local date and times in {@code timeZone} (an IANA id; {@code null} means {@code Asia/Shanghai}).
 */
public record ClinicPlan(
    String title,
    String hostAllianceId,
    List<String> joiningAllianceIds,
    String placeCode,
    String venue,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    List<ClinicService> services,
    Integer capacity) {

  public ClinicPlan {
    joiningAllianceIds = joiningAllianceIds == null ? List.of() : List.copyOf(joiningAllianceIds);
    services = services == null ? List.of() : List.copyOf(services);
  }
}
