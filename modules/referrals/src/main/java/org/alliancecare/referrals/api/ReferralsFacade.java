package org.alliancecare.referrals.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Closed-loop referrals. Every call that names a referral answers {@link
 * org.alliancecare.kernel.RecordNotFound} when it is missing or its patient is outside the caller's
 * data scope; a transition the state machine does not allow answers the rule {@code
 * invalid-transition}; one made by a caller who is not a party to it ({@link
 * ReferralsFacade#steps}) answers {@link NotAllowedToAct}; one made on the strength of an old
 * version answers {@link org.alliancecare.kernel.StaleVersion}.
 */
public interface ReferralsFacade {

  /** Requests a referral: status REQUESTED, with its number and due date. */
  ReferralView request(NewReferral referral, Caller by);

  ReferralView referral(String id, Caller by);

  /** A work list, ordered by due date (the most urgent first). */
  Page<ReferralView> referrals(ReferralQuery query, PageRequest page, Caller by);

  /**
   * The statuses the caller may move the referral to now: those the state machine allows from its
   * status and that belong to the caller — accept, decline, schedule and complete to practitioners
   * of the receiving organisation, cancel to the requester, all to a coordinator in scope.
   */
  Set<ReferralStatus> steps(String id, Caller by);

  ReferralView accept(String id, long expectedVersion, Caller by);

  ReferralView decline(String id, long expectedVersion, String reason, Caller by);

  ReferralView schedule(String id, long expectedVersion, Instant appointmentAt, Caller by);

  /**
   * Records the outcome and findings; {@link
   * org.alliancecare.referrals.api.events.ReferralCompleted} carries them back to the source.
   */
  ReferralView complete(String id, long expectedVersion, ReferralCompletion completion, Caller by);

  ReferralView cancel(String id, long expectedVersion, String reason, Caller by);

  // For other modules' rules; no data scope applied, no clinical details answered.

  Optional<ReferralFacts> facts(String referralId);

  // issue 17: the FHIR API reads a patient's referrals (ServiceRequest, Task ?patient=)

  /**
   * The patient's referrals within the caller's data scope, with their transitions, by number; none
   * when the patient has none the caller may see.
   */
  List<ReferralView> referralsOf(String patientId, Caller by);

  /**
   * The referrals of many patients at once within the caller's data scope (the scope asked for once
   * and the referrals read with one query, for the Bulk Data export's pages of patients), with
   * their transitions, by number; ids that name no patient are ignored.
   */
  List<ReferralView> referralsOfPatients(Collection<String> patientIds, Caller by);
}
