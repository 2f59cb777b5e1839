package org.alliancecare.screening.api;

import java.util.List;

/**
 * The referral rules in force, as a client that classifies offline needs them (the field app):
 * decimals as text so that no client reads {@code 0.20} as a binary fraction.
 *
 * @param id the rule set's id, as a screening names it in {@code ruleSet}
 * @param optotypeFromAge youngest age in whole years at which chart acuity is recorded
 * @param acuityLimits lower limit of the better eye's presenting decimal acuity, from an age on
 * @param interocularDifferenceLogMar REFER when the two eyes differ by this much or more
 * @param referAtPta4DbHl REFER when either ear's PTA4 is this or more
 */
public record RuleSetView(
    String id,
    int optotypeFromAge,
    List<AcuityLimit> acuityLimits,
    String interocularDifferenceLogMar,
    String referAtPta4DbHl) {

  /** From {@code fromAge} whole years, the better eye's acuity is at least {@code decimal}. */
  public record AcuityLimit(int fromAge, String decimal) {}
}
