package org.alliancecare.app.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.kernel.persistence.StaleTolerantRead;
import org.alliancecare.kernel.persistence.StaleTolerantReads;

/**
 * Where a stale-tolerant read runs, by the rule of {@link StaleTolerantReads}: the primary's WAL
 * flush position is read first ({@code pg_current_wal_flush_lsn()}, one cheap query, which covers
 * every commit acknowledged so far, since the application commits with {@code synchronous_commit =
 * on}: a commit is acknowledged once its record is flushed); the read runs on the replica once its
 * replay position ({@code pg_last_wal_replay_lsn()}) reaches it, checked every 10 ms for at most
 * {@code maxWait}; otherwise on the primary. A replica that cannot be reached is not tried again
 * for {@link #RETRY_UNREACHABLE}, so that reads do not each wait for its connection timeout. Counts
 * every decision and measures the replica's lag ({@link #lag}).
 */
public final class ReplicaRouting implements StaleTolerantReads {

  private static final Logger LOG = Logger.getLogger(ReplicaRouting.class.getName());

  /** How long a replica that could not be reached is left alone before it is tried again. */
  static final Duration RETRY_UNREACHABLE = Duration.ofSeconds(5);

  private static final long POLL_MILLIS = 10;

  /** Why a read ran where it did. */
  public enum Decision {
    /** On the replica: it had replayed the primary's position. */
    REPLICA_CAUGHT_UP("replica", "caught_up"),
    /** On the primary: the replica had not replayed the position within the wait. */
    PRIMARY_REPLICA_BEHIND("primary", "replica_behind"),
    /** On the primary: the replica could not be reached (or failed). */
    PRIMARY_REPLICA_UNREACHABLE("primary", "replica_unreachable"),
    /** On the primary: the replica's server is not in recovery (promoted, or a primary). */
    PRIMARY_NOT_A_REPLICA("primary", "not_a_replica"),
    /** On the primary: no replica is configured. */
    PRIMARY_NO_REPLICA("primary", "no_replica");

    private final String servedBy;
    private final String reason;

    Decision(String servedBy, String reason) {
      this.servedBy = servedBy;
      this.reason = reason;
    }

    public String servedBy() {
      return servedBy;
    }

    public String reason() {
      return reason;
    }
  }

  /**
   * The replica's lag as measured now: {@code seconds} since the last transaction it replayed was
   * committed on the primary (0 when it has replayed everything), {@code bytes} of WAL between the
   * primary's position and its replay position; both {@code NaN} when it cannot be measured.
   */
  public record Lag(boolean configured, boolean reachable, double seconds, double bytes) {
    static final Lag NOT_CONFIGURED = new Lag(false, false, Double.NaN, Double.NaN);
    static final Lag UNREACHABLE = new Lag(true, false, Double.NaN, Double.NaN);
  }

  private final DataSource primary;
  private final DataSource replica;
  private final boolean configured;
  private final Duration maxWait;
  private final Map<Decision, AtomicLong> counts = new EnumMap<>(Decision.class);
  private final Consumer<Decision> decided;

  /** Until when (by {@link System#nanoTime}) the replica is not tried; in the past at first. */
  private volatile long unreachableUntil = System.nanoTime();

  /**
   * @param primary the application's data source (in the caller's JTA transaction)
   * @param replica the replica's data source (outside JTA, read-only)
   * @param configured whether a replica distinct from the primary is configured
   * @param maxWait how long a read waits for the replica to catch up before it runs on the primary
   * @param decided told of every read's decision (the metrics' counters)
   */
  public ReplicaRouting(
      DataSource primary,
      DataSource replica,
      boolean configured,
      Duration maxWait,
      Consumer<Decision> decided) {
    this.primary = primary;
    this.decided = decided;
    this.replica = replica;
    this.configured = configured;
    this.maxWait = maxWait;
    for (Decision decision : Decision.values()) {
      counts.put(decision, new AtomicLong());
    }
  }

  public boolean configured() {
    return configured;
  }

  /** How many reads were decided so. */
  public long count(Decision decision) {
    return counts.get(decision).get();
  }

  @Override
  public StaleTolerantRead begin() throws SQLException {
    StaleTolerantRead onReplica = onCaughtUpReplica();
    return onReplica != null ? onReplica : StaleTolerantRead.onPrimary(primary.getConnection());
  }

  /**
   * Runs {@code reads} with a replica read bound to this thread ({@link BoundRead}) when the
   * replica has caught up; otherwise as it is, on the primary's connections.
   */
  @Override
  public <T> T within(Supplier<T> reads) {
    if (BoundRead.bound()) {
      return reads.get();
    }
    StaleTolerantRead onReplica;
    try {
      onReplica = onCaughtUpReplica();
    } catch (SQLException e) {
      throw new IllegalStateException("the primary's position could not be read", e);
    }
    if (onReplica == null) {
      return reads.get();
    }
    try (BoundRead bound = BoundRead.bind(onReplica)) {
      return reads.get();
    }
  }

  /**
   * A read on the replica if it has caught up with the primary's position, or null where the read
   * is to run on the primary; the decision counted either way.
   */
  private StaleTolerantRead onCaughtUpReplica() throws SQLException {
    if (!configured) {
      counted(Decision.PRIMARY_NO_REPLICA);
      return null;
    }
    if (System.nanoTime() - unreachableUntil < 0) {
      counted(Decision.PRIMARY_REPLICA_UNREACHABLE);
      return null;
    }
    String position = primaryPosition();
    Connection connection;
    try {
      connection = replica.getConnection();
    } catch (SQLException e) {
      unreachable(e);
      counted(Decision.PRIMARY_REPLICA_UNREACHABLE);
      return null;
    }
    Decision decision;
    try {
      decision = awaitReplayed(connection, position);
    } catch (SQLException e) {
      connection.close();
      unreachable(e);
      counted(Decision.PRIMARY_REPLICA_UNREACHABLE);
      return null;
    }
    if (decision != Decision.REPLICA_CAUGHT_UP) {
      connection.close();
      counted(decision);
      return null;
    }
    StaleTolerantRead read;
    try {
      read = StaleTolerantRead.onReplica(connection);
    } catch (SQLException e) {
      unreachable(e);
      counted(Decision.PRIMARY_REPLICA_UNREACHABLE);
      return null;
    }
    counted(Decision.REPLICA_CAUGHT_UP);
    return read;
  }

  private void counted(Decision decision) {
    counts.get(decision).incrementAndGet();
    decided.accept(decision);
  }

  private void unreachable(SQLException e) {
    unreachableUntil = System.nanoTime() + RETRY_UNREACHABLE.toNanos();
    LOG.warning(
        () ->
            "the replica cannot be reached, reads run on the primary for "
                + RETRY_UNREACHABLE.toSeconds()
                + " s: "
                + e.getMessage());
  }

  /**
   * The primary's WAL flush position, as text ({@code 0/3000148}). Not the insert position: that
   * also counts the records of transactions still running — the caller's own among them, when its
   * request wrote before it reads (a session's use, an access-log row) — which the replica cannot
   * receive before they are flushed, so a read would wait for them in vain and fall back.
   */
  private String primaryPosition() throws SQLException {
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_current_wal_flush_lsn()::text")) {
      row.next();
      return row.getString(1);
    }
  }

  private Decision awaitReplayed(Connection connection, String position) throws SQLException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    try (PreparedStatement replayed =
        connection.prepareStatement(
            "SELECT pg_is_in_recovery(), pg_wal_lsn_diff(pg_last_wal_replay_lsn(),"
                + " CAST(? AS pg_lsn)) >= 0")) {
      replayed.setString(1, position);
      while (true) {
        try (ResultSet row = replayed.executeQuery()) {
          row.next();
          if (!row.getBoolean(1)) {
            return Decision.PRIMARY_NOT_A_REPLICA;
          }
          if (row.getBoolean(2)) {
            return Decision.REPLICA_CAUGHT_UP;
          }
        }
        if (System.nanoTime() - deadline >= 0) {
          return Decision.PRIMARY_REPLICA_BEHIND;
        }
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Decision.PRIMARY_REPLICA_BEHIND;
        }
      }
    }
  }

  /** Measures the replica's lag now (two queries: one on each server). */
  public Lag lag() {
    if (!configured) {
      return Lag.NOT_CONFIGURED;
    }
    if (System.nanoTime() - unreachableUntil < 0) {
      return Lag.UNREACHABLE;
    }
    String position;
    try {
      position = primaryPosition();
    } catch (SQLException e) {
      return new Lag(true, false, Double.NaN, Double.NaN);
    }
    try (Connection connection = replica.getConnection();
        PreparedStatement measured =
            connection.prepareStatement(
                "SELECT pg_is_in_recovery(),"
                    + " pg_wal_lsn_diff(CAST(? AS pg_lsn), pg_last_wal_replay_lsn()),"
                    + " EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp())")) {
      measured.setString(1, position);
      try (ResultSet row = measured.executeQuery()) {
        row.next();
        if (!row.getBoolean(1)) {
          return new Lag(true, true, Double.NaN, Double.NaN);
        }
        double bytes = row.getDouble(2);
        if (row.wasNull()) {
          return new Lag(true, true, Double.NaN, Double.NaN);
        }
        double seconds = row.getDouble(3);
        boolean neverReplayed = row.wasNull();
        if (bytes <= 0) {
          // everything replayed: an idle primary commits nothing, and the age of the last replayed
          // transaction says nothing about lag then
          return new Lag(true, true, 0, 0);
        }
        return new Lag(true, true, neverReplayed ? Double.NaN : Math.max(0, seconds), bytes);
      }
    } catch (SQLException e) {
      unreachable(e);
      return Lag.UNREACHABLE;
    }
  }
}
