package org.alliancecare.referrals.internal.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.referrals.api.SourceKind;

/**
 * The 1-3-6 rule of infant hearing care (screen by 1 month, diagnose by 3 months, intervene by 6
 * months of age): a referral that follows an infant's hearing screening is due no later than the
 * day the child is three months old.
 *
 * <p>The referrals module may not read screenings (ARCHITECTURE.md, allowed dependencies), so a
 * referral counts as following a hearing REFER when its source is a screening and its specialty is
 * a hearing specialty: a screening that passed leads to no referral, and one that leads to an
 * audiologist or an ear, nose and throat doctor was a hearing screening. The rule holds while the
 * child is younger than three months on the day of the request; after that day it can no longer be
 * met, and the urgency sets the due date as for anyone.
 */
public final class InfantHearingRule {

  /** Specialties that a hearing referral goes to, as practitioners and alliances spell them. */
  static final Set<String> HEARING_SPECIALTIES =
      Set.of("AUDIOLOGY", "OTOLARYNGOLOGY", "OTORHINOLARYNGOLOGY", "ENT", "HEARING");

  static final int DIAGNOSIS_BY_MONTHS = 3;

  private InfantHearingRule() {}

  /** Whether {@code specialty} is one that hearing referrals go to (case and spacing ignored). */
  public static boolean isHearingSpecialty(String specialty) {
    if (specialty == null) {
      return false;
    }
    String normalised =
        specialty.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("_$", "");
    return HEARING_SPECIALTIES.contains(normalised);
  }

  /** The day the child is three months old: the birth date plus three calendar months. */
  public static LocalDate threeMonthsOld(LocalDate birthDate) {
    return birthDate.plusMonths(DIAGNOSIS_BY_MONTHS);
  }

  /**
   * The latest due date the rule allows for this referral, or empty when the rule does not apply
   * (not a hearing referral from a screening, or the child is three months old or older).
   */
  public static Optional<LocalDate> latestDueOn(
      SourceKind sourceKind, String specialty, LocalDate birthDate, LocalDate requestedOn) {
    if (sourceKind != SourceKind.SCREENING || !isHearingSpecialty(specialty)) {
      return Optional.empty();
    }
    LocalDate deadline = threeMonthsOld(birthDate);
    return requestedOn.isBefore(deadline) ? Optional.of(deadline) : Optional.empty();
  }
}
