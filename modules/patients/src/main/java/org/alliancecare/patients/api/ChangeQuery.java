package org.alliancecare.patients.api;

import java.time.Instant;
import java.util.Set;

/**
 * Which records to list by change time: changed at or after {@code since} and before {@code before}
 * (either null: unbounded), only those with one of {@code ids} and of one of {@code patientIds}
 * (null: any), and, for patients, only the one with this identity number in full ({@code
 * nationalId}, null: any). Patients merged away are listed only when asked for by id.
 */
public record ChangeQuery(
    Instant since, Instant before, Set<String> ids, Set<String> patientIds, String nationalId) {

  public ChangeQuery {
    ids = ids == null ? null : Set.copyOf(ids);
    patientIds = patientIds == null ? null : Set.copyOf(patientIds);
  }

  /** Everything, in change order. */
  public static ChangeQuery all() {
    return new ChangeQuery(null, null, null, null, null);
  }
}
