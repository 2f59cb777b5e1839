package org.alliancecare.documents.internal.rendering;

import java.time.LocalDate;

/**
 * What a screening's result slip says.
 *
 * @param kind {@code VISION}, {@code HEARING} or {@code SPEECH}
 * @param result {@code PASS} or {@code REFER}, as the classification names it
 * @param place where the child was screened (the place's name), or {@code null}
 * @param doctor who screened (the practitioner's name, else the account), or {@code null}
 * @param referral the referral started from a REFER result, or {@code null} when none is yet
 */
public record SlipFacts(
    Child child,
    LocalDate screenedOn,
    String kind,
    String result,
    String place,
    String doctor,
    ReferralFacts referral) {

  /** Where and by when a referred child is to be seen. */
  public record ReferralFacts(String hospital, String specialty, LocalDate dueOn) {}
}
