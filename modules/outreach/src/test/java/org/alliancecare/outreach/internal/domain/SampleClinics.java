package org.alliancecare.outreach.internal.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.outreach.api.ClinicService;

/** Fixtures: clinics of the paediatrics alliance in Jiamu Town (佳木镇), Wensu County. */
public final class SampleClinics {

  public static final String PEDIATRICS = UUID.randomUUID().toString();
  public static final String OPHTHALMOLOGY = UUID.randomUUID().toString();

  /** 佳木镇, a township of 温宿县 (652922). */
  public static final String JIAMU_TOWN = "652922-T01";

  public static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
  public static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");
  public static final ZoneId XINJIANG_TIME = ZoneId.of("Asia/Urumqi");

  private SampleClinics() {}

  public static ClinicSchedule schedule(String start, String end, ZoneId zone) {
    return new ClinicSchedule(MAY_4, LocalTime.parse(start), LocalTime.parse(end), zone);
  }

  public static ClinicDetails details(ClinicSchedule schedule, int capacity) {
    return new ClinicDetails(
        "儿童视力听力筛查义诊",
        PEDIATRICS,
        Set.of(OPHTHALMOLOGY),
        JIAMU_TOWN,
        "佳木镇卫生院",
        schedule,
        EnumSet.of(ClinicService.VISION_SCREENING, ClinicService.HEARING_SCREENING),
        capacity);
  }

  public static ClinicDetails details() {
    return details(schedule("10:00", "12:00", BEIJING_TIME), 10);
  }

  public static Clinic planned() {
    return Clinic.plan(
        ClinicId.random(),
        ClinicNumber.of(2026, 1),
        details(),
        "lead.ped",
        MAY_4.atStartOfDay(BEIJING_TIME).toInstant());
  }

  public static Practitioner localDoctor(String name) {
    return new Practitioner(
        UUID.randomUUID().toString(),
        name,
        "PEDIATRICS",
        Origin.LOCAL,
        UUID.randomUUID().toString(),
        null,
        null,
        null,
        0);
  }

  public static Practitioner aidDoctor(String name, LocalDate tourStart, LocalDate tourEnd) {
    return new Practitioner(
        UUID.randomUUID().toString(),
        name,
        "PEDIATRICS",
        Origin.AID,
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString(),
        tourStart,
        tourEnd,
        0);
  }
}
