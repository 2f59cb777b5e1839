package org.alliancecare.web.internal;

import org.alliancecare.interop.api.ImportJobView;
import org.alliancecare.interop.api.ImportStatus;

/**
 * How far an import has got, as its progress bar shows it: the rows handled of the rows counted; 0
 * while the file is still being counted, 100 once it is done (whatever the counts say), never 100
 * before.
 */
final class ImportProgress {

  private ImportProgress() {}

  /** Done and failed imports have ended: nothing will change any more. */
  static boolean ended(ImportStatus status) {
    return status == ImportStatus.DONE || status == ImportStatus.FAILED;
  }

  static int percent(ImportJobView job) {
    if (job.status() == ImportStatus.DONE) {
      return 100;
    }
    if (job.total() <= 0 || job.processed() <= 0) {
      return 0;
    }
    long percent = job.processed() * 100 / job.total();
    return (int) Math.min(99, percent);
  }
}
