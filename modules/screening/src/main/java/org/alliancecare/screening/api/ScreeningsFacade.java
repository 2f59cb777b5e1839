package org.alliancecare.screening.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
   * The screenings of many patients at once, for exports: patient by patient in the order of {@code
   * patientIds}, each patient's most recently performed first. Missing patients, merged duplicates
   * and patients outside the caller's data scope are left out (no {@link
   * org.alliancecare.kernel.RecordNotFound}); the scope is checked once for the whole list, and the
   * screenings, their versions and their referrals are read with one query each.
   */
  List<ScreeningView> screeningsOfPatients(Collection<String> patientIds, Caller by);

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
