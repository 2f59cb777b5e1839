package org.alliancecare.kernel.persistence;

import java.sql.SQLException;
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

  /** Every read on {@code primary}: where no replica is configured, and in tests. */
  static StaleTolerantReads onPrimary(DataSource primary) {
    return () -> StaleTolerantRead.onPrimary(primary.getConnection());
  }
}
