package org.alliancecare.audit.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.internal.domain.ConcurrentChange;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.audit.internal.domain.RootHash;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.jdbc.ResultColumns;

/**
 * The journal table, partitioned by month, and the head of every stream ({@code
 * audit.journal_stream_head}). An append reads the head of its own stream (a primary key lookup),
 * advances it from version N-1 to N and inserts version N, all in the caller's transaction: no
 * global head, no lock beyond the stream's head row, so writers of different streams never wait for
 * each other. Two writers of one stream that read the same head wait for each other on the head
 * row; the one that commits second finds the version taken and fails with {@link ConcurrentChange},
 * and its transaction rolls back — whichever months their entries fall into.
 */
public final class JdbcJournal {

  static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS =
      "seq, stream_type, stream_id, stream_version, patient_id, event_type, payload, actor,"
          + " occurred_at, recorded_at, prev_hash, hash";
  private static final int FETCH_SIZE = 1000;

  private JdbcJournal() {}

  /**
   * The latest version and hash of a stream as its head row says, or {@code null} for a stream
   * without entries.
   */
  public static HashChain.Head head(Connection connection, String streamType, String streamId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT stream_version, hash FROM audit.journal_stream_head"
                + " WHERE stream_type = ? AND stream_id = ?")) {
      select.setString(1, streamType);
      select.setString(2, streamId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new HashChain.Head(row.getLong(1), row.getString(2)) : null;
      }
    }
  }

  /**
   * Appends the next entry of its stream: reads the head, chains the entry to it and inserts it.
   * Answers the stored entry with its {@code seq}.
   */
  public static JournalEntry append(
      Connection connection,
      String streamType,
      String streamId,
      String patientId,
      String eventType,
      String payload,
      String actor,
      Instant occurredAt,
      Instant recordedAt)
      throws SQLException {
    return appendAfter(
        connection,
        head(connection, streamType, streamId),
        streamType,
        streamId,
        patientId,
        eventType,
        payload,
        actor,
        occurredAt,
        recordedAt);
  }

  /**
   * Appends the entry that follows {@code head}, read by the caller in this transaction, or — when
   * {@code head} is null — the first entry of a stream: version 1 chained to {@link
   * HashChain#GENESIS}. A stream whose subject was just created needs no read of its head; were it
   * to have entries after all, the version is taken, the head does not advance, the append fails
   * with {@link ConcurrentChange} and the chain does not fork.
   */
  public static JournalEntry appendAfter(
      Connection connection,
      HashChain.Head head,
      String streamType,
      String streamId,
      String patientId,
      String eventType,
      String payload,
      String actor,
      Instant occurredAt,
      Instant recordedAt)
      throws SQLException {
    JournalEntry entry =
        HashChain.next(
            head,
            streamType,
            streamId,
            patientId,
            eventType,
            payload,
            actor,
            occurredAt,
            recordedAt);
    advanceHead(connection, entry);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit.journal_entry (stream_type, stream_id, stream_version, patient_id,"
                + " event_type, payload, actor, occurred_at, recorded_at, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq")) {
      insert.setString(1, entry.streamType());
      insert.setString(2, entry.streamId());
      insert.setLong(3, entry.streamVersion());
      insert.setString(4, entry.patientId());
      insert.setString(5, entry.eventType());
      insert.setString(6, entry.payload());
      insert.setString(7, entry.actor());
      insert.setObject(8, utc(entry.occurredAt()));
      insert.setObject(9, utc(entry.recordedAt()));
      insert.setString(10, entry.prevHash());
      insert.setString(11, entry.hash());
      try (ResultSet seq = insert.executeQuery()) {
        seq.next();
        return withSeq(entry, seq.getLong(1));
      }
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new ConcurrentChange(streamType);
      }
      throw e;
    }
  }

  /**
   * Reads entries in stream order (type, id, version, seq) and hands them to {@code reader} one by
   * one, fetching a thousand rows at a time; the caller's connection must not be in auto-commit
   * mode for PostgreSQL to use a cursor. {@code streamType} and {@code streamId} narrow the scope
   * when set.
   */
  public static <T> T inStreamOrder(
      Connection connection,
      String streamType,
      String streamId,
      Function<Iterator<JournalEntry>, T> reader)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit.journal_entry");
    List<Object> values = new ArrayList<>();
    if (streamType != null) {
      sql.append(" WHERE stream_type = ?");
      values.add(streamType);
      if (streamId != null) {
        sql.append(" AND stream_id = ?");
        values.add(streamId);
      }
    }
    sql.append(" ORDER BY stream_type, stream_id, stream_version, seq");
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      select.setFetchSize(FETCH_SIZE);
      bind(select, values);
      try (ResultSet rows = select.executeQuery()) {
        return reader.apply(new Rows(rows));
      }
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    }
  }

  /**
   * Moves the stream's head from the entry's previous version to the entry's, or creates it at
   * version 1; when the head is elsewhere (another transaction appended this version first, or it
   * is no new stream) no row changes and the append fails with {@link ConcurrentChange}. A writer
   * that finds the head row locked by another's uncommitted append waits for it to end.
   */
  private static void advanceHead(Connection connection, JournalEntry entry) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO audit.journal_stream_head AS head"
                + " (stream_type, stream_id, stream_version, hash) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (stream_type, stream_id) DO UPDATE"
                + " SET stream_version = EXCLUDED.stream_version, hash = EXCLUDED.hash"
                + " WHERE head.stream_version = EXCLUDED.stream_version - 1")) {
      upsert.setString(1, entry.streamType());
      upsert.setString(2, entry.streamId());
      upsert.setLong(3, entry.streamVersion());
      upsert.setString(4, entry.hash());
      if (upsert.executeUpdate() != 1) {
        throw new ConcurrentChange(entry.streamType());
      }
    }
  }

  /**
   * The head of every stream and the root hash over them, read in one statement (one snapshot),
   * stream by stream in the order of the unique index.
   */
  public static Checkpoint checkpoint(Connection connection, Instant at) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT DISTINCT ON (stream_type, stream_id) stream_type, stream_id, stream_version,"
                + " hash FROM audit.journal_entry"
                + " ORDER BY stream_type, stream_id, stream_version DESC")) {
      select.setFetchSize(FETCH_SIZE);
      RootHash root = new RootHash();
      List<StreamHead> heads = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          StreamHead head =
              new StreamHead(
                  rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4));
          root.add(head);
          heads.add(head);
        }
      }
      return new Checkpoint(at, root.entries(), root.hex(), heads);
    }
  }

  /** One page of entries matching the query, in journal order, after the cursor's seq. */
  public static Page<JournalEntry> page(Connection connection, JournalQuery query, PageRequest page)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit.journal_entry");
    List<Object> values = new ArrayList<>();
    Where where = new Where(sql, values);
    where.equal("stream_type", query.streamType());
    where.equal("stream_id", query.streamId());
    where.equal("patient_id", query.patientId());
    where.equal("actor", query.actor());
    where.atLeast("occurred_at", query.from());
    where.before("occurred_at", query.to());
    where.after("seq", afterKey(page));
    sql.append(" ORDER BY seq LIMIT ?");
    values.add(page.fetchSize());
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      bind(select, values);
      List<JournalEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
      return page.toPage(entries, e -> Long.toString(e.seq()));
    }
  }

  static JournalEntry entry(ResultSet row) throws SQLException {
    return new JournalEntry(
        row.getLong("seq"),
        row.getString("stream_type"),
        row.getString("stream_id"),
        row.getLong("stream_version"),
        row.getString("patient_id"),
        row.getString("event_type"),
        row.getString("payload"),
        row.getString("actor"),
        ResultColumns.instant(row, "occurred_at"),
        ResultColumns.instant(row, "recorded_at"),
        row.getString("prev_hash"),
        row.getString("hash"));
  }

  private static JournalEntry withSeq(JournalEntry e, long seq) {
    return new JournalEntry(
        seq,
        e.streamType(),
        e.streamId(),
        e.streamVersion(),
        e.patientId(),
        e.eventType(),
        e.payload(),
        e.actor(),
        e.occurredAt(),
        e.recordedAt(),
        e.prevHash(),
        e.hash());
  }

  static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof Instant instant) {
        statement.setObject(i + 1, utc(instant));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  /**
   * An instant as PostgreSQL's driver binds it to a {@code timestamptz} without time-zone games.
   */
  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * The key that a list's cursor carries: the {@code seq} or {@code id} of the last row handed out.
   */
  static Long afterKey(PageRequest page) {
    if (page.after() == null) {
      return null;
    }
    try {
      return Long.parseLong(page.after());
    } catch (NumberFormatException e) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
  }

  /** The rows of a result set as entries, read as they are asked for. */
  private static final class Rows implements Iterator<JournalEntry> {
    private final ResultSet rows;
    private Boolean ahead;

    Rows(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        try {
          ahead = rows.next();
        } catch (SQLException e) {
          throw new UncheckedSqlException(e);
        }
      }
      return ahead;
    }

    @Override
    public JournalEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = null;
      try {
        return entry(rows);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
  }

  private static final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
