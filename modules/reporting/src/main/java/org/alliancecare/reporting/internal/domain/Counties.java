package org.alliancecare.reporting.internal.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The county-level place that a place code lies in, read from the code itself.
 *
 * <p>GB/T 2260 gives county-level units six digits whose last two are not {@code 00} (652927 乌什县,
 * 659002 阿拉尔市); a prefecture ends in {@code 00} (652900), a province in {@code 0000}. Townships and
 * villages have twelve digits (GB/T 10114) or, until those are known, a local code: the county's
 * code, {@code -T} or {@code -V} and a number (652922-T01 佳木镇). The directory refuses a place below
 * a county whose code does not begin with the county's code, so the first six characters of any
 * place at or below county level are its county. A place above county level (a prefecture, a
 * province) has no county.
 */
public final class Counties {

  private static final Pattern PLACE = Pattern.compile("[0-9]{6}([0-9]{6}|-[TV][0-9]{2,4})?");

  private Counties() {}

  /** The county of {@code placeCode}; empty for a place above county level or no place code. */
  public static Optional<String> countyOf(String placeCode) {
    if (placeCode == null || !PLACE.matcher(placeCode).matches()) {
      return Optional.empty();
    }
    String county = placeCode.substring(0, 6);
    return county.endsWith("00") ? Optional.empty() : Optional.of(county);
  }
}
