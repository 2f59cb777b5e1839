package org.alliancecare.screening.internal.domain.classification;

/** Why a screening was referred, or a remark on its classification; stable codes for clients. */
public enum ReasonCode {
  /** The better eye's presenting acuity is below the limit for the child's age. */
  BELOW_AGE_THRESHOLD,
  /** The two eyes differ by two chart lines (0.2 logMAR) or more. */
  INTEROCULAR_DIFFERENCE,
  /** A vision screening instrument reported REFER. */
  INSTRUMENT_REFER,
  /** A clinician recorded REFER. */
  CLINICIAN_REFER,
  /** OAE or AABR reported REFER in one ear. */
  EAR_REFER,
  /** One ear's four-frequency average reached the referral level. */
  PTA4_AT_OR_ABOVE_LIMIT,
  /** A remark, not a reason to refer: GB/T 26341 grade 4 hearing loss under 3 is not graded. */
  GB_HEARING_GRADE_4_NOT_COUNTED_UNDER_3
}
