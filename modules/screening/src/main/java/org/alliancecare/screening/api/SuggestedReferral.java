package org.alliancecare.screening.api;

import java.io.Serializable;

/**
 * What a REFER result offers: a referral to this specialty, which the doctor may create with {@code
 * POST /api/referrals} (source SCREENING); nothing is created without them.
 */
public record SuggestedReferral(String specialty, String urgency, String reason)
    implements Serializable {

  /** The referral a REFER result of this kind suggests. */
  public static SuggestedReferral forKind(ScreeningKind kind) {
    return switch (kind) {
      case VISION -> new SuggestedReferral("OPHTHALMOLOGY", "ROUTINE", "vision screening REFER");
      case HEARING -> new SuggestedReferral("AUDIOLOGY", "ROUTINE", "hearing screening REFER");
      case SPEECH -> new SuggestedReferral("SPEECH_THERAPY", "ROUTINE", "speech screening REFER");
    };
  }
}
