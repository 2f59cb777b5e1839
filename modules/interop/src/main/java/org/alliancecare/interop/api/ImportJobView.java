package org.alliancecare.interop.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An import as its owner (and the coordinators) see it while it runs and after.
 *
 * @param id the import's id (the {@code Location} of {@code POST /api/imports/...})
 * @param kind what the file brings in
 * @param status where it stands
 * @param fileName the file's name as uploaded, or null
 * @param total the data rows of the file, once counted (0 before)
 * @param processed the rows handled so far
 * @param created the records created
 * @param duplicates the rows not created because they are (possibly) a child already known, or were
 *     imported before
 * @param rejected the rows refused
 * @param errors each refusal and duplicate, by row and column, in the reader's language
 * @param queuedAt when the import was accepted
 * @param finishedAt when it ended, or null
 * @param startedBy the username of whoever started it
 */
public record ImportJobView(
    String id,
    ImportKind kind,
    ImportStatus status,
    String fileName,
    long total,
    long processed,
    long created,
    long duplicates,
    long rejected,
    List<RowError> errors,
    Instant queuedAt,
    Instant finishedAt,
    String startedBy)
    implements Serializable {
  public ImportJobView {
    errors = List.copyOf(errors);
  }
}
