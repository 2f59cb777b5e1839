package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import org.alliancecare.outreach.api.ClinicView;

/**
 * Dates and times as pages show them. A moment always says its time zone: in the zone the user
 * chose (China Standard Time or Xinjiang time), a clinic's hours in the clinic's own zone. Days are
 * {@code YYYY-MM-DD} in every language (CLDR's short date for {@code ug} too); numbers and days
 * written out follow the page's language by the JDK's CLDR data.
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
        + isolated(zoneName(moment.getZone().getId()))
        + ")";
  }

  /**
   * On a right-to-left page the zone's Uyghur name is a bidirectional isolate (U+2068 … U+2069)
   * inside the left-to-right moment, so that the comma and the bracket around it stay where they
   * belong; Chinese and English pages get the name as it is.
   */
  private String isolated(String name) {
    return Preferences.rightToLeft(texts.locale()) ? "\u2068" + name + "\u2069" : name;
  }

  /** The zone's name in the page's language: 北京时间 / 新疆时间, China Standard Time… */
  public String zoneName(String zoneId) {
    return texts
        .find("zone." + zoneId)
        .orElseGet(() -> ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, texts.locale()));
  }

  /**
   * A measurement in the page's language, by the JDK's CLDR data: Latin digits and a full stop as
   * the decimal separator in all three languages (CLDR's default numbering system for {@code ug} is
   * {@code latn}, what Uyghur readers in Xinjiang use), no grouping, as many decimals as it has.
   */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
    format.setGroupingUsed(false);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /**
   * A day written out in the page's language by CLDR's long date pattern: {@code 2026年5月4日}, {@code
   * 4-ماي، 2026}, {@code May 4, 2026}.
   */
  public String longDate(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(texts.locale())
            .format(day);
  }
}
