package org.alliancecare.kernel.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs an occurrence of a scheduled job on one node of the cluster only. Every node's timer fires
 * (Payara's {@code @Schedule} timers are per node); each asks to claim the occurrence, and only the
 * node whose claim is recorded first runs it. The claim is committed before the job runs and is
 * kept whatever the job does: an occurrence whose node dies or fails while running it is not run
 * again by another node, the next occurrence is (the jobs are housekeeping that catches up). The
 * application provides the implementation (claims are rows in the database, {@code
 * platform.scheduled_run}).
 */
public interface OnceInCluster {

  /**
   * Claims the occurrence of {@code job} due at {@code due}: true for exactly one caller in the
   * cluster, false for every other.
   */
  boolean claim(String job, Instant due);

  /**
   * Records that the claimed occurrence ended (for operators: how long it ran, whether it ended).
   */
  void finished(String job, Instant due);

  /**
   * Runs {@code work} if this node claims, through {@code cluster} (the injected bean, so that its
   * claim is a transaction of its own and not a call to itself), the occurrence of {@code job} that
   * fired at {@code firedAt}; answers whether it ran here.
   */
  static boolean run(
      OnceInCluster cluster, String job, Instant firedAt, Duration granule, Runnable work) {
    Instant due = due(firedAt, granule);
    if (!cluster.claim(job, due)) {
      return false;
    }
    work.run();
    cluster.finished(job, due);
    return true;
  }

  /**
   * The occurrence a timer that fired at {@code firedAt} stands for: the instant truncated to the
   * job's granule (counted from the epoch). Every node's timer fires at or a little after the
   * scheduled time by its own clock, so every node names the same occurrence as long as it fires
   * within the granule; a granule no longer than the job's period keeps occurrences apart.
   */
  static Instant due(Instant firedAt, Duration granule) {
    long millis = granule.toMillis();
    if (millis <= 0) {
      throw new IllegalArgumentException("a granule is positive: " + granule);
    }
    return Instant.ofEpochMilli(Math.floorDiv(firedAt.toEpochMilli(), millis) * millis);
  }
}
