package org.alliancecare.screening.api;

import java.time.LocalDate;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Screenings: recorded once, classified under the rule set in force, corrected only by adding a
 * version. Every call that names a screening or a patient answers {@link
 * org.alliancecare.kernel.RecordNotFound} when it is missing or its patient lies outside the
 * caller's data scope.
 */
public interface ScreeningsFacade {

  /**
   * Records and classifies a screening. A minor needs a guardian's active SCREENING consent on the
   * day of the screening, or one given in the same request ({@code no-consent} otherwise).
   */
  ScreeningView record(NewScreening screening, Caller by);

  /** The screening at its current version, with every version. */
  ScreeningView screening(String id, Caller by);

  /** The patient's screenings, the most recently performed first. */
  Page<ScreeningView> screeningsOf(String patientId, PageRequest page, Caller by);

  /**
   * Adds a version that corrects the current one, if the screening is still at {@code
   * expectedVersion}; the corrected version stays readable.
   */
  ScreeningView correct(String id, long expectedVersion, ScreeningCorrection correction, Caller by);

  /**
   * The rule set that classifies a screening recorded now: what a client needs to classify offline
   * as the server will.
   */
  RuleSetView ruleSetInForce();

  // The closed loop: the application reports what happens to referrals started from screenings.

  /**
   * A referral was requested with this screening as its source; a source that names no screening is
   * refused ({@code source.id}), which refuses the referral.
   */
  void referralRequested(String screeningId, String referralId, String referralNumber);

  /**
   * A referral started from a screening moved on; {@code outcome} and {@code completedOn} once it
   * is completed. Referrals not started from a screening are ignored.
   */
  void referralProgressed(String referralId, String status, String outcome, LocalDate completedOn);
}
