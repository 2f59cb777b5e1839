package org.alliancecare.kernel.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Reads that may be served by the PostgreSQL streaming replica: reports, the auditor's searches.
 * Each read is routed when it begins, by one rule: it runs on the replica only if the replica has
 * replayed every write that the primary had acknowledged when the read began (the primary's WAL
 * position, read first, reached by the replica within a short wait); otherwise — replica behind,
 * unreachable, or not configured — it runs on the primary. A user who has just written therefore
 * sees the write on any node, and so does everyone else (stricter than read-your-own-writes).
 *
 * <p>Only reads: a replica read's connection is read-only and PostgreSQL refuses any write on it.
 * Writes that go with a read (the access log's rows) stay on the application's data source. {@code
 * docs/operations/replica-reads.md} says which reads use it.
 */
public interface StaleTolerantReads {

  /**
   * Begins a read, on the replica or on the primary; close it when done. A replica read is one
   * read-only transaction (repeatable read, one snapshot for all its statements) outside the
   * caller's JTA transaction; a primary read takes the application's data source as before, in the
   * caller's transaction.
   */
  StaleTolerantRead begin() throws SQLException;

  /**
   * Runs {@code reads} — a module's facade call that only reads, through the application's {@code
   * DataSource} — with every connection that data source hands out on this thread taken from one
   * read begun here: on the replica when it has caught up, else the primary's connections as
   * always. For readers that go through modules' stores rather than a connection of their own (the
   * Bulk Data export). Nothing in {@code reads} may write: on the replica PostgreSQL refuses it.
   * Reads of JPA entities keep the persistence unit's data source, the primary. Within an enclosing
   * call, runs in that call's read.
   */
  <T> T within(Supplier<T> reads);

  /** Every read on {@code primary}: where no replica is configured, and in tests. */
  static StaleTolerantReads onPrimary(DataSource primary) {
    return new StaleTolerantReads() {
      @Override
      public StaleTolerantRead begin() throws SQLException {
        return StaleTolerantRead.onPrimary(primary.getConnection());
      }

      @Override
      public <T> T within(Supplier<T> reads) {
        return reads.get();
      }
    };
  }
}
