package org.alliancecare.referrals.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.internal.domain.PatientId;
import org.alliancecare.referrals.internal.domain.Referral;
import org.alliancecare.referrals.internal.persistence.ReferralStore;

/**
 * Follows patient merges: the duplicate's referrals become the survivor's, in the transaction of
 * the merge, each with a {@link ReferralReassigned} in its history.
 */
@ApplicationScoped
public class PatientMerges {

  @Inject ReferralStore store;
  @Inject Event<DomainEvent> events;

  void moveReferrals(@Observes PatientsMerged merged) {
    PatientId survivor = PatientId.of(merged.survivorId());
    for (Referral referral : store.ofPatient(PatientId.of(merged.duplicateId()))) {
      referral.reassignTo(survivor);
      store.reassign(referral);
      events.fire(
          new ReferralReassigned(
              referral.id().toString(),
              referral.number().value(),
              merged.survivorId(),
              merged.duplicateId(),
              referral.placeCode(),
              referral.countyCode(),
              referral.status(),
              merged.actor(),
              merged.occurredAt()));
    }
  }
}
