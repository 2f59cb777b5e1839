package org.alliancecare.outreach.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicId;
import org.alliancecare.outreach.internal.domain.ClinicNumber;
import org.alliancecare.outreach.internal.domain.SampleClinics;
import org.junit.jupiter.api.Test;

class ClinicCalendarTest {

  private static final Instant NOW = Instant.parse("2026-04-20T02:00:00Z");

  @Test
  void a_feed_of_clinics_in_two_time_zones_is_valid_icalendar_with_their_vtimezones()
      throws Exception {
    Clinic beijing = SampleClinics.planned();
    Practitioner doctor = SampleClinics.localDoctor("阿依古丽·吐尔逊");
    beijing.assign(doctor, "DOCTOR", SampleClinics.PEDIATRICS, "lead.ped", NOW);
    beijing.publish(true, "lead.ped", NOW);
    Clinic urumqi =
        Clinic.plan(
            ClinicId.random(),
            ClinicNumber.of(2026, 2),
            SampleClinics.details(
                SampleClinics.schedule("10:30", "11:30", SampleClinics.XINJIANG_TIME), 5),
            "lead.ped",
            NOW);
    urumqi.cancel("sandstorm warning", "lead.ped", NOW);

    String ics =
        ClinicCalendar.render(
            List.of(beijing, urumqi),
            NOW,
            code -> "佳木镇 Jiamu Town",
            id -> id.equals(doctor.id()) ? doctor.name() : null);

    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = parsed.validate(true);
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai")
        .contains("TZID:Asia/Urumqi")
        .contains("DTSTART;TZID=Asia/Shanghai:20260504T100000")
        .contains("DTEND;TZID=Asia/Shanghai:20260504T120000")
        .contains("DTSTART;TZID=Asia/Urumqi:20260504T103000")
        .contains("UID:" + beijing.id() + "@clinics.alliancecare")
        .contains("STATUS:CONFIRMED")
        .contains("STATUS:CANCELLED")
        .contains("SEQUENCE:2")
        .contains("SEQUENCE:1")
        .contains("LOCATION:佳木镇 Jiamu Town\\, 佳木镇卫生院")
        .contains("urn:uuid:" + doctor.id());
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(2);
  }
}
