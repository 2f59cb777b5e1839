package org.alliancecare.interop.internal.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;

/**
 * The access log of one export: a row with action {@code EXPORT} per patient and resource type
 * whose data went into the export's files, actor the account that started it, address the one it
 * started it from, resource type the FHIR type (e.g. {@code Observation}) and no single record id.
 * Rows are written in batches of {@value #BATCH} patients while the files are written, and at the
 * end of each type; a patient whose resources of one type fall into two batches gets two rows.
 */
final class ExportAccessLog implements ExportedPatients {

  static final int BATCH = 500;
  static final String EXPORT = "EXPORT";

  private final AuditFacade audit;
  private final Clock clock;
  private final String actor;
  private final String clientAddress;
  private final Set<String> pending = new LinkedHashSet<>();
  private String pendingType;

  ExportAccessLog(AuditFacade audit, Clock clock, String actor, String clientAddress) {
    this.audit = audit;
    this.clock = clock;
    this.actor = actor;
    this.clientAddress = clientAddress;
  }

  @Override
  public void exported(String resourceType, String patientId) {
    if (!resourceType.equals(pendingType)) {
      flush();
      pendingType = resourceType;
    }
    pending.add(patientId);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  @Override
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    var at = clock.instant();
    List<AccessRecord> rows = new ArrayList<>(pending.size());
    for (String patient : pending) {
      rows.add(new AccessRecord(0, at, actor, EXPORT, pendingType, null, patient, clientAddress));
    }
    audit.recordAccess(rows);
    pending.clear();
  }
}
