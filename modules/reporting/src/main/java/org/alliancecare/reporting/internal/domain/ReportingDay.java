package org.alliancecare.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.alliancecare.kernel.BusinessClock;

/**
 * Days in reports are days in China Standard Time ({@code Asia/Shanghai}), the time in which the
 * program's due dates are written, like the referrals' and rehabilitation's rules.
 */
public final class ReportingDay {

  public static final ZoneId ZONE = BusinessClock.ZONE;

  private ReportingDay() {}

  public static LocalDate of(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
