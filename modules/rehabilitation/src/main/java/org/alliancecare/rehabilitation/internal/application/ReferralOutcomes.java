package org.alliancecare.rehabilitation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.referrals.api.ReferralFacts;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.CaseId;
import org.alliancecare.rehabilitation.internal.persistence.CaseStore;

/**
 * Closes the loop of a referral: when one completes, the cases it serves (the case it was made
 * from, and open cases enrolled from it) reach their matching milestone on the day of completion.
 * It runs in the completion's transaction, so that the milestone and the completion are stored
 * together or not at all; it is idempotent, since only a PLANNED milestone is reached, and a
 * referral that serves no open case changes nothing.
 */
@ApplicationScoped
public class ReferralOutcomes {

  @Inject CaseStore cases;
  @Inject RehabilitationService service;
  @Inject BusinessClock clock;

  void reachMilestones(@Observes ReferralCompleted completed) {
    Map<String, CaseFile> served = new LinkedHashMap<>();
    if (completed.sourceKind() == SourceKind.CASE) {
      try {
        cases
            .find(CaseId.of(completed.sourceId()))
            .filter(CaseFile::isOpen)
            .ifPresent(c -> served.put(c.id().toString(), c));
      } catch (org.alliancecare.kernel.RecordNotFound malformed) {
        // a source id that is no case id serves no case
      }
    }
    cases
        .openFromReferral(completed.referralId())
        .forEach(c -> served.putIfAbsent(c.id().toString(), c));
    ReferralFacts referral =
        new ReferralFacts(
            completed.referralId(),
            completed.referralNumber(),
            completed.patient(),
            new ReferralSource(completed.sourceKind(), completed.sourceId()),
            completed.specialty(),
            ReferralStatus.COMPLETED,
            completed.outcome(),
            completed.occurredAt());
    for (CaseFile caseFile : served.values()) {
      service.reachMilestone(
          caseFile, referral, completed.actor(), completed.occurredAt(), clock.today());
    }
  }
}
