package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.alliancecare.outreach.api.ClinicView;

/**
 * Dates and times as pages show them. A moment always says its time zone: in the zone the user
 * chose (China Standard Time or Xinjiang time), a clinic's hours in the clinic's own zone.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Preferences preferences;
  @Inject Texts texts;

  public String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** {@code 2026-05-04 11:00 (Asia/Shanghai, UTC+08:00)} in the user's zone. */
  public String instant(Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(preferences.zoneId());
    return MOMENT.format(local) + " " + zoneLabel(local);
  }

  /** A clinic's day and hours in its own zone: {@code 2026-05-04 10:00–12:00 (Asia/Shanghai…)}. */
  public String clinicHours(ClinicView clinic) {
    if (clinic == null) {
      return "";
    }
    ZonedDateTime start = clinic.startsAt().atZone(ZoneId.of(clinic.timeZone()));
    return date(clinic.date())
        + " "
        + clinic.startTime()
        + "–"
        + clinic.endTime()
        + " "
        + zoneLabel(start);
  }

  /** {@code (Asia/Shanghai, UTC+08:00, China Standard Time)} in the page's language. */
  public String zoneLabel(ZonedDateTime moment) {
    String offset = moment.getOffset().getId().equals("Z") ? "+00:00" : moment.getOffset().getId();
    return "("
        + moment.getZone().getId()
        + ", UTC"
        + offset
        + ", "
        + zoneName(moment.getZone().getId())
        + ")";
  }

  /** The zone's name in the page's language: 北京时间 / 新疆时间, China Standard Time… */
  public String zoneName(String zoneId) {
    return texts
        .find("zone." + zoneId)
        .orElseGet(() -> ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, texts.locale()));
  }

  public String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
