package org.alliancecare.app.internal.flows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralEvent;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * Closes the loop from a referral back to the screening it started from: the screening lists the
 * referral from its request on, with its status, and its outcome once completed. Referrals may not
 * use the screening module (nor it theirs), so the application carries their events across, in the
 * transaction of the referral's change.
 */
@ApplicationScoped
public class ReferralOutcomesToScreenings {

  @Inject ScreeningsFacade screenings;

  void requested(@Observes ReferralRequested requested) {
    if (requested.sourceKind() == SourceKind.SCREENING) {
      screenings.referralRequested(
          requested.sourceId(), requested.referralId(), requested.referralNumber());
    }
  }

  void progressed(@Observes ReferralEvent event) {
    if (event instanceof ReferralRequested) {
      return;
    }
    if (event instanceof ReferralCompleted completed) {
      screenings.referralProgressed(
          completed.referralId(),
          completed.status().name(),
          completed.outcome(),
          completed.completedOn());
    } else {
      screenings.referralProgressed(event.referralId(), event.status().name(), null, null);
    }
  }
}
