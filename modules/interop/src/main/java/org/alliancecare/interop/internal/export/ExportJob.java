package org.alliancecare.interop.internal.export;

import java.time.Instant;
import java.util.List;

/**
 * An export job as stored: who asked for what, where it is, and its files once done.
 *
 * @param transactionTime the instant the export's data is as of (the kick-off), for the manifest
 *     and for the client's next {@code _since}
 * @param exported resources written so far
 * @param currentType the type being written while it runs
 * @param failure why a FAILED job failed, in words safe to show (no personal data)
 */
public record ExportJob(
    String id,
    String requester,
    ExportRequest request,
    String clientAddress,
    ExportStatus status,
    Instant transactionTime,
    Instant createdAt,
    Instant finishedAt,
    Instant expiresAt,
    long exported,
    String currentType,
    String failure,
    List<ExportFile> files) {

  public ExportJob {
    files = List.copyOf(files);
  }

  /** Whether {@code username} may poll, download or cancel it: only the account that started it. */
  public boolean ownedBy(String username) {
    return requester.equals(username);
  }

  /** What the status URL's {@code X-Progress} says while the job runs. */
  public String progress() {
    if (status == ExportStatus.ACCEPTED) {
      return "queued";
    }
    return currentType == null
        ? exported + " resources written"
        : "writing " + currentType + ", " + exported + " resources written";
  }
}
