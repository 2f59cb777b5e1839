package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;

/**
 * The four-frequency pure-tone average (PTA4) of one ear: the mean of the thresholds at 500, 1000,
 * 2000 and 4000 Hz in dB HL. It is exact, never rounded: the mean of four whole decibels is a
 * multiple of 0.25 (e.g. 19.75), held with two decimals.
 */
public record PureToneAverage(BigDecimal dbHl) {

  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal LOWEST = BigDecimal.valueOf(HearingThresholds.LOWEST_DB_HL);
  private static final BigDecimal HIGHEST = BigDecimal.valueOf(HearingThresholds.HIGHEST_DB_HL);

  public PureToneAverage {
    Objects.requireNonNull(dbHl, "dbHl");
    if (dbHl.remainder(QUARTER).signum() != 0) {
      throw InvalidInput.of("pta4", "average-multiple-of-quarter-was", dbHl);
    }
    if (dbHl.compareTo(LOWEST) < 0 || dbHl.compareTo(HIGHEST) > 0) {
      throw InvalidInput.of("pta4", "average-between-was", dbHl);
    }
    dbHl = dbHl.setScale(2);
  }

  public static PureToneAverage of(HearingThresholds thresholds) {
    int sum =
        thresholds.at500Hz()
            + thresholds.at1000Hz()
            + thresholds.at2000Hz()
            + thresholds.at4000Hz();
    return new PureToneAverage(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(4)));
  }

  public static PureToneAverage of(String dbHl) {
    return new PureToneAverage(new BigDecimal(dbHl));
  }

  /** The better (lower) of two ears' averages. */
  public static PureToneAverage better(PureToneAverage one, PureToneAverage other) {
    return one.dbHl.compareTo(other.dbHl) <= 0 ? one : other;
  }

  /** The worse (higher) of two ears' averages. */
  public static PureToneAverage worse(PureToneAverage one, PureToneAverage other) {
    return one.dbHl.compareTo(other.dbHl) >= 0 ? one : other;
  }

  public boolean isAtLeast(BigDecimal level) {
    return dbHl.compareTo(level) >= 0;
  }

  public boolean isAbove(BigDecimal level) {
    return dbHl.compareTo(level) > 0;
  }

  /** For messages: "19.75", "20". */
  public String describe() {
    return dbHl.stripTrailingZeros().toPlainString();
  }
}
