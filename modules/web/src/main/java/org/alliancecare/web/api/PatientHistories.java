package org.alliancecare.web.api;

import java.util.List;
import org.alliancecare.directory.api.Caller;

/**
 * A patient's history across the modules, composed by the WAR as {@code GET
 * /api/patients/{id}/timeline} answers it: the registrations merged into the patient included.
 */
public interface PatientHistories {

  /**
   * Everything that happened to the patient, oldest first; missing or outside the caller's scope →
   * {@link org.alliancecare.kernel.RecordNotFound}.
   */
  List<? extends HistoryEntry> of(String patientId, Caller caller);
}
