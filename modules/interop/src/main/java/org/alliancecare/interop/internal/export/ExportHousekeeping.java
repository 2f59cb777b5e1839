package org.alliancecare.interop.internal.export;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every ten minutes: deletes the export jobs whose time is over with their files ({@code
 * alliancecare.export.retention-hours} after they ended, 24 by default), and fails the jobs that
 * were interrupted by a restart (see {@link BulkExports}).
 */
@Singleton
public class ExportHousekeeping {

  @Inject BulkExports exports;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void keepHouse() {
    exports.keepHouse();
  }
}
