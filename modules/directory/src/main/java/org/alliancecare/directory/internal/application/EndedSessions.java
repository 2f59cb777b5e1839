package org.alliancecare.directory.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.alliancecare.kernel.scheduling.OnceInCluster;

/**
 * Deletes the rows of sessions that ended (expired or revoked and past their end) once a day, on
 * one node of the cluster.
 */
@Singleton
public class EndedSessions {

  private static final Logger LOG = Logger.getLogger(EndedSessions.class.getName());

  @Inject Sessions sessions;
  @Inject OnceInCluster cluster;
  @Inject Clock clock;

  @Schedule(hour = "4", minute = "23", persistent = false)
  void forget() {
    OnceInCluster.run(
        cluster,
        "ended-sessions",
        clock.instant(),
        Duration.ofHours(1),
        () -> {
          int forgotten = sessions.forgetEndedSessions();
          LOG.info(() -> "forgot " + forgotten + " ended sessions");
        });
  }
}
