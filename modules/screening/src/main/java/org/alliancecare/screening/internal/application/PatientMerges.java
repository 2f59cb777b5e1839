package org.alliancecare.screening.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.screening.api.events.ScreeningMovedToSurvivor;
import org.alliancecare.screening.internal.domain.PatientId;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.Screenings;

/**
 * Follows merges of duplicate patients: in the merge's own transaction, the duplicate's screenings
 * move to the survivor, each with an event in its own journal stream, so that no screening points
 * at the duplicate once the merge commits.
 */
@ApplicationScoped
public class PatientMerges {

  @Inject Screenings screenings;
  @Inject Event<ScreeningMovedToSurvivor> moved;

  @Transactional(Transactional.TxType.MANDATORY)
  void moveScreeningsToSurvivor(@Observes PatientsMerged merged) {
    for (ScreeningId screening :
        screenings.moveToSurvivor(
            PatientId.of(merged.duplicateId()), PatientId.of(merged.survivorId()))) {
      moved.fire(
          new ScreeningMovedToSurvivor(
              screening.toString(),
              merged.survivorId(),
              merged.duplicateId(),
              merged.actor(),
              merged.occurredAt()));
    }
  }
}
