package org.alliancecare.rehabilitation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.OpenCasesOnBothRegistrations;
import org.alliancecare.rehabilitation.internal.domain.PatientId;
import org.alliancecare.rehabilitation.internal.persistence.CaseStore;

/**
 * Follows patient merges: the duplicate's cases become the survivor's, in the transaction of the
 * merge. A child has one open case per program, so a merge of two registrations that both have an
 * open case in the same program is refused ({@code merge-open-cases}) until one is closed.
 */
@ApplicationScoped
public class PatientMerges {

  @Inject CaseStore cases;
  @Inject CaseEvents events;

  void moveCases(@Observes PatientsMerged merged) {
    PatientId survivor = PatientId.of(merged.survivorId());
    List<CaseFile> survivorsCases = cases.ofPatient(survivor);
    List<CaseFile> duplicatesCases = cases.ofPatient(PatientId.of(merged.duplicateId()));
    for (CaseFile moving : duplicatesCases) {
      if (moving.isOpen()
          && survivorsCases.stream()
              .anyMatch(c -> c.isOpen() && c.programCode().equals(moving.programCode()))) {
        throw new OpenCasesOnBothRegistrations(moving.programCode());
      }
    }
    for (CaseFile moving : duplicatesCases) {
      moving.reassignTo(survivor);
      cases.update(moving);
      events.reassigned(moving, merged.duplicateId(), merged.actor(), merged.occurredAt());
    }
  }
}
