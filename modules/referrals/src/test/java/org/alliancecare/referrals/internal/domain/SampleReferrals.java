package org.alliancecare.referrals.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;

/** Referrals of children of 乌什县 (Wushi County, 652927) to Aksu's maternal and child hospital. */
final class SampleReferrals {

  static final String WUSHI = "652927";
  static final Instant REQUESTED_AT = Instant.parse("2026-05-04T03:00:00Z");
  static final LocalDate REQUESTED_ON = LocalDate.of(2026, 5, 4);
  static final String DOCTOR = "dr.aysha";
  static final String HOSPITAL_DOCTOR = "dr.li";

  private SampleReferrals() {}

  static Referral requested(Urgency urgency) {
    return Referral.request(
        ReferralId.newId(),
        ReferralNumber.of(2026, 42),
        new PatientId(UUID.randomUUID()),
        WUSHI,
        WUSHI,
        new ReferralSource(SourceKind.SCREENING, UUID.randomUUID().toString()),
        UUID.randomUUID().toString(),
        "OTOLARYNGOLOGY",
        urgency,
        "REFER in both ears on OAE at the outreach clinic",
        DueDate.byUrgency(urgency, REQUESTED_ON),
        REQUESTED_AT,
        DOCTOR);
  }

  static Referral requested() {
    return requested(Urgency.ROUTINE);
  }
}
