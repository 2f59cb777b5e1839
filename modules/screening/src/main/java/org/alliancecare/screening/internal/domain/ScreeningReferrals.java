package org.alliancecare.screening.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.alliancecare.screening.api.ScreeningReferral;

/** The referrals started from screenings, kept beside the screenings. */
public interface ScreeningReferrals {

  /** Links the referral to its source screening (once; a repeated link changes nothing). */
  void link(ScreeningId screening, String referralId, String referralNumber, String status);

  /** Records the referral's new status; answers whether it was one started from a screening. */
  boolean progress(String referralId, String status, String outcome, LocalDate completedOn);

  List<ScreeningReferral> of(ScreeningId screening);

  Map<ScreeningId, List<ScreeningReferral>> of(Collection<ScreeningId> screenings);
}
