package org.alliancecare.app.internal.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Decision;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Lag;
import org.alliancecare.kernel.persistence.StaleTolerantReads;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@link StaleTolerantReads} of every module: the {@link ReplicaRouting} between the primary
 * ({@link Database}) and the replica ({@link ReplicaDatabase}). A replica is configured when {@code
 * alliancecare.replica.db.url} is set and differs from {@code alliancecare.db.url}; otherwise every
 * read runs on the primary, as before there was a replica.
 *
 * <p>Metrics ({@code /metrics}): {@code alliancecare_replica_lag_seconds} and {@code
 * alliancecare_replica_lag_bytes} (NaN when there is no replica to measure), and {@code
 * alliancecare_replica_reads_total} by {@code served_by} and {@code reason}. The lag is measured at
 * most once a second, however often it is asked for.
 */
@ApplicationScoped
public class ReplicaReads {

  private static final Logger LOG = Logger.getLogger(ReplicaReads.class.getName());
  private static final long MEASURED_FOR_NANOS = Duration.ofSeconds(1).toNanos();

  @Inject DataSources dataSources;

  @Resource(lookup = ReplicaDatabase.JNDI_NAME)
  DataSource replica;

  @Inject
  @ConfigProperty(name = "alliancecare.db.url")
  Optional<String> primaryUrl;

  @Inject
  @ConfigProperty(name = "alliancecare.replica.db.url")
  Optional<String> replicaUrl;

  @Inject
  @ConfigProperty(name = "alliancecare.replica.max-wait-millis", defaultValue = "200")
  long maxWaitMillis;

  @Inject MetricRegistry metrics;

  private ReplicaRouting routing;
  private volatile Measured measured;

  private record Measured(Lag lag, long at) {}

  /** Made when the application starts, so that the metrics are there before the first read. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    configured();
  }

  @PostConstruct
  void route() {
    boolean configured = distinct(primaryUrl, replicaUrl);
    Map<Decision, Counter> counters = new EnumMap<>(Decision.class);
    Metadata reads =
        Metadata.builder()
            .withName("alliancecare.replica.reads")
            .withDescription(
                "Stale-tolerant reads (reports, auditor searches) by where they ran and why")
            .build();
    for (Decision decision : Decision.values()) {
      counters.put(
          decision,
          metrics.counter(
              reads,
              new Tag("served_by", decision.servedBy()),
              new Tag("reason", decision.reason())));
    }
    DataSource primaryPool = dataSources.primaryPool();
    routing =
        new ReplicaRouting(
            primaryPool,
            configured ? replicaDataSource() : primaryPool,
            configured,
            Duration.ofMillis(maxWaitMillis),
            decision -> counters.get(decision).inc());
    metrics.gauge(
        Metadata.builder()
            .withName("alliancecare.replica.lag.seconds")
            .withDescription(
                "Seconds since the last transaction the replica replayed was committed on the"
                    + " primary; 0 when it has replayed everything, NaN when not measurable")
            .build(),
        this,
        r -> r.lag().seconds());
    metrics.gauge(
        Metadata.builder()
            .withName("alliancecare.replica.lag.bytes")
            .withDescription(
                "Bytes of WAL between the primary's position and the replica's replay position;"
                    + " NaN when not measurable")
            .build(),
        this,
        r -> r.lag().bytes());
    LOG.info(
        configured
            ? "a replica is configured: reports and auditor searches may read on it"
            : "no replica is configured: every read runs on the primary");
  }

  /** Whether a replica address is set that is not the primary's. */
  static boolean distinct(Optional<String> primaryUrl, Optional<String> replicaUrl) {
    String replicaAddress = replicaUrl.map(String::strip).orElse("");
    return !replicaAddress.isEmpty()
        && !replicaAddress.equals(primaryUrl.map(String::strip).orElse(""));
  }

  private DataSource replicaDataSource() {
    if (replica != null) {
      return replica;
    }
    try {
      return InitialContext.doLookup(ReplicaDatabase.JNDI_NAME);
    } catch (NamingException e) {
      throw new IllegalStateException("the replica's data source is not bound", e);
    }
  }

  @Produces
  @ApplicationScoped
  StaleTolerantReads reads() {
    return routing;
  }

  /** The replica's lag, measured at most once a second. */
  public Lag lag() {
    Measured last = measured;
    long now = System.nanoTime();
    if (last == null || now - last.at() > MEASURED_FOR_NANOS) {
      last = new Measured(routing.lag(), now);
      measured = last;
    }
    return last.lag();
  }

  /** How many reads were decided so, since the start. */
  public long count(Decision decision) {
    return routing.count(decision);
  }

  public boolean configured() {
    return routing.configured();
  }
}
