package org.alliancecare.audit.api;

import java.util.List;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** What other modules and the auditor's API may ask of the audit module. */
public interface AuditFacade {

  /**
   * Everything the journal holds about a patient (entries whose {@code patientId} is theirs),
   * oldest first. Serves {@code GET /api/patients/{id}/timeline}.
   */
  Page<JournalEntry> timeline(String patientId, PageRequest page);

  /** The whole timeline of a patient, oldest first. */
  List<JournalEntry> timeline(String patientId);

  /** Journal entries that match every filter that is set, in journal order (by {@code seq}). */
  Page<JournalEntry> journal(JournalQuery query, PageRequest page);

  /** Access-log rows that match every filter that is set, in log order. */
  Page<AccessRecord> accessLog(AccessQuery query, PageRequest page);

  /**
   * Recomputes the hash chains of one stream ({@code streamType} and {@code streamId}), of one
   * stream type, or of the whole journal (both {@code null}), and reports the first broken entry.
   * With a {@code checkpoint} it also checks that every stream head it names (within the same
   * scope) is still there with the same hash, which detects entries removed from the end of a
   * stream and streams removed whole.
   */
  Verification verify(String streamType, String streamId, Checkpoint checkpoint);

  /** A digest over the head of every stream as of now, to be kept outside the system. */
  Checkpoint latestCheckpoint();

  /**
   * Adds rows to the access log, for reads of personal data that do not pass through a REST
   * resource method (the web UI's pages): in the caller's transaction when there is one, otherwise
   * in one of their own that commits before the call returns, so that a page shows the data only
   * once its read is logged. Each row's {@code id} is ignored (the log numbers its rows).
   */
  void recordAccess(List<AccessRecord> rows);
}
