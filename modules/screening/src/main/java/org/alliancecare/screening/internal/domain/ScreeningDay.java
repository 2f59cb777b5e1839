package org.alliancecare.screening.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day on which a screening was done: its instant read in China Standard Time (Asia/Shanghai),
 * the zone in which the program dates its records. The child's age for the referral thresholds, and
 * whether consent was active, are taken on this day. Xinjiang time (UTC+6) and a clinic's own zone
 * differ from it only between 00:00 and 02:00 Beijing time, when no clinic screens.
 */
public final class ScreeningDay {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ScreeningDay() {}

  public static LocalDate of(Instant performedAt) {
    return LocalDate.ofInstant(performedAt, ZONE);
  }
}
