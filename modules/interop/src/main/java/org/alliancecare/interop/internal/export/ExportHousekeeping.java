package org.alliancecare.interop.internal.export;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.alliancecare.kernel.scheduling.OnceInCluster;

/**
 * Every ten minutes: deletes the export jobs whose time is over with their files ({@code
 * alliancecare.export.retention-hours} after they ended, 24 by default), and fails the jobs that
 * were interrupted by a restart (see {@link BulkExports}); on one node of the cluster.
 */
@Singleton
public class ExportHousekeeping {

  @Inject BulkExports exports;
  @Inject OnceInCluster cluster;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void keepHouse() {
    OnceInCluster.run(
        cluster,
        "export-housekeeping",
        clock.instant(),
        Duration.ofMinutes(10),
        exports::keepHouse);
  }
}
