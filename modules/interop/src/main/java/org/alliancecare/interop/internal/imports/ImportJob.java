package org.alliancecare.interop.internal.imports;

import java.nio.file.Path;
import java.time.Instant;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportStatus;

/**
 * An import as stored: the file in the spool, its hash, who started it (the rows are imported on
 * their behalf, also after a restart) and the counts so far.
 */
record ImportJob(
    String id,
    ImportKind kind,
    ImportStatus status,
    String fileName,
    String contentType,
    Path spoolFile,
    String fileHash,
    Caller startedBy,
    long total,
    long processed,
    long created,
    long duplicates,
    long rejected,
    Instant queuedAt,
    Instant finishedAt) {

  boolean finished() {
    return status == ImportStatus.DONE || status == ImportStatus.FAILED;
  }
}
