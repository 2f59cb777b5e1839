package org.alliancecare.notifications.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.InboxItem;
import org.alliancecare.notifications.api.NotificationView;
import org.alliancecare.notifications.api.RecipientKind;
import org.alliancecare.notifications.internal.domain.Claimed;
import org.alliancecare.notifications.internal.domain.NewReminder;

/**
 * The {@code notification} table: the outbox the rules write into, the worker's queue, the inboxes
 * and the coordinators' list. A reminder is written at most once per cause, recipient and channel
 * (the unique key; writing it again changes nothing). The worker claims due rows with {@code FOR
 * UPDATE SKIP LOCKED}, so that the workers of several nodes never take the same row, and a claim
 * whose lease ran out (its node died while sending) is taken again.
 */
@ApplicationScoped
public class Outbox {

  private static final String VIEW_COLUMNS =
      "id, rule_code, cause_type, cause_id, cause_number, recipient_kind, recipient, address,"
          + " channel, language, status, attempts, created_at, next_attempt_at, sent_at,"
          + " last_error, place_code";
  private static final String INBOX_COLUMNS =
      "id, rule_code, subject, body, language, cause_type, cause_id, link, created_at, read_at";

  @Inject DataSource dataSource;

  public Outbox() {}

  public Outbox(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes the reminder unless it was written before; answers whether it was written now. */
  public boolean add(NewReminder reminder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO notifications.notification (id, rule_code, cause_type, cause_id,"
                    + " occasion, cause_number, place_code, recipient_kind, recipient, channel,"
                    + " language, address, subject, body, link, status, next_attempt_at, sent_at,"
                    + " last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT"
                    + " one_reminder_per_cause_recipient_channel DO NOTHING")) {
      Timestamp at = Timestamp.from(reminder.createdAt());
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, reminder.ruleCode());
      insert.setString(3, reminder.causeType());
      insert.setString(4, reminder.causeId());
      insert.setString(5, reminder.occasion());
      insert.setString(6, reminder.causeNumber());
      insert.setString(7, reminder.placeCode());
      insert.setString(8, reminder.recipientKind().name());
      insert.setString(9, reminder.recipient());
      insert.setString(10, reminder.channel().name());
      insert.setString(11, reminder.language());
      insert.setString(12, reminder.address());
      insert.setString(13, reminder.subject());
      insert.setString(14, reminder.body());
      insert.setString(15, reminder.link());
      insert.setString(16, reminder.status().name());
      insert.setTimestamp(17, reminder.status() == DeliveryStatus.PENDING ? at : null);
      insert.setTimestamp(18, reminder.status() == DeliveryStatus.SENT ? at : null);
      insert.setString(19, reminder.skippedBecause());
      insert.setTimestamp(20, at);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("a reminder could not be written", e);
    }
  }

  /**
   * Claims up to {@code limit} reminders due at {@code now} for {@code lease}: PENDING or HELD ones
   * whose time has come, and SENDING ones whose claim ran out. Each claim counts as an attempt.
   */
  public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim =
            connection.prepareStatement(
                "UPDATE notifications.notification SET status = 'SENDING', lease_until = ?,"
                    + " attempts = attempts + 1 WHERE id IN (SELECT id FROM"
                    + " notifications.notification WHERE (status IN ('PENDING', 'HELD') AND"
                    + " next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until <= ?)"
                    + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id,"
                    + " channel, recipient_kind, address, subject, body, language, attempts")) {
      Timestamp at = Timestamp.from(now);
      claim.setTimestamp(1, Timestamp.from(now.plus(lease)));
      claim.setTimestamp(2, at);
      claim.setTimestamp(3, at);
      claim.setInt(4, limit);
      List<Claimed> claimed = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed.add(
              new Claimed(
                  rows.getString("id"),
                  Channel.valueOf(rows.getString("channel")),
                  RecipientKind.valueOf(rows.getString("recipient_kind")),
                  rows.getString("address"),
                  rows.getString("subject"),
                  rows.getString("body"),
                  rows.getString("language"),
                  rows.getInt("attempts")));
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException("reminders could not be claimed", e);
    }
  }

  /** The channel accepted the claimed reminder. */
  public void sent(String id, String reference, Instant at) {
    settle(
        id,
        "status = 'SENT', sent_at = ?, reference = ?, last_error = NULL",
        Timestamp.from(at),
        reference);
  }

  /** The claimed reminder is tried again at {@code next} (after a failure, or quiet hours). */
  public void again(String id, DeliveryStatus status, Instant next, String error) {
    settle(
        id,
        "status = ?, next_attempt_at = ?, last_error = ?",
        status.name(),
        Timestamp.from(next),
        error);
  }

  /** Quiet hours: the claim is handed back without counting as an attempt. */
  public void held(String id, Instant until) {
    settle(
        id, "status = 'HELD', next_attempt_at = ?, attempts = attempts - 1", Timestamp.from(until));
  }

  /** Given up, or not to be sent at all (no channel, no address). */
  public void ended(String id, DeliveryStatus status, String reason) {
    settle(id, "status = ?, last_error = ?", status.name(), reason);
  }

  private void settle(String id, String assignments, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE notifications.notification SET "
                    + assignments
                    + ", lease_until = NULL WHERE id = ? AND status = 'SENDING'")) {
      int i = 1;
      for (Object value : values) {
        update.setObject(i++, value);
      }
      update.setObject(i, UUID.fromString(id));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("a reminder's delivery could not be recorded", e);
    }
  }

  /** The account's inbox, newest first. */
  public Page<InboxItem> inbox(String username, boolean unreadOnly, PageRequest page) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + INBOX_COLUMNS
                + " FROM notifications.notification WHERE channel = 'INBOX' AND"
                + " recipient_kind = 'ACCOUNT' AND recipient = ?");
    List<Object> values = new ArrayList<>(List.of(username));
    if (unreadOnly) {
      sql.append(" AND read_at IS NULL");
    }
    return newestFirst(
        sql,
        values,
        page,
        Outbox::inboxItem,
        item -> item.createdAt() + "|" + item.id(),
        "an inbox could not be read");
  }

  public long unread(String username) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM notifications.notification WHERE channel = 'INBOX' AND"
                    + " recipient_kind = 'ACCOUNT' AND recipient = ? AND read_at IS NULL")) {
      count.setString(1, username);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("an inbox could not be counted", e);
    }
  }

  /** Marks the account's inbox item read (keeping the first time); empty if it is not theirs. */
  public Optional<InboxItem> markRead(String username, String id, Instant at) {
    UUID key;
    try {
      key = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE notifications.notification SET read_at = coalesce(read_at, ?) WHERE id = ?"
                    + " AND channel = 'INBOX' AND recipient_kind = 'ACCOUNT' AND recipient = ?"
                    + " RETURNING "
                    + INBOX_COLUMNS)) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setObject(2, key);
      update.setString(3, username);
      try (ResultSet row = update.executeQuery()) {
        return row.next() ? Optional.of(inboxItem(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("an inbox item could not be marked read", e);
    }
  }

  /**
   * Reminders about records at {@code places} (null: every place), newest first, in {@code status}
   * when not null; SENDING is shown as PENDING and asked for with it.
   */
  public Page<NotificationView> notifications(
      List<String> places, DeliveryStatus status, PageRequest page) {
    StringBuilder sql =
        new StringBuilder("SELECT " + VIEW_COLUMNS + " FROM notifications.notification WHERE true");
    List<Object> values = new ArrayList<>();
    if (places != null) {
      sql.append(" AND place_code = ANY (?)");
      values.add(places.toArray(String[]::new));
    }
    if (status == DeliveryStatus.PENDING) {
      sql.append(" AND status IN ('PENDING', 'SENDING')");
    } else if (status != null) {
      sql.append(" AND status = ?");
      values.add(status.name());
    }
    return newestFirst(
        sql,
        values,
        page,
        Outbox::view,
        view -> view.createdAt() + "|" + view.id(),
        "reminders could not be listed");
  }

  private interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /**
   * The page of a list of {@code sql} (narrowed by its conditions with {@code values}) newest
   * first: the rows created before the cursor's (created_at, id), one more than the page.
   */
  private <T> Page<T> newestFirst(
      StringBuilder sql,
      List<Object> values,
      PageRequest page,
      Row<T> row,
      Function<T, String> key,
      String failure) {
    if (page.after() != null) {
      sql.append(" AND (created_at, id) < (?, ?)");
      values.addAll(keyValues(page.after()));
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.add(page.fetchSize());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = bound(connection, sql.toString(), values);
        ResultSet rows = select.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rows.next()) {
        found.add(row.read(rows));
      }
      return page.toPage(found, key);
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    }
  }

  private static List<Object> keyValues(String key) {
    int bar = key.indexOf('|');
    try {
      return List.of(
          Timestamp.from(Instant.parse(key.substring(0, bar))),
          UUID.fromString(key.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
  }

  private static PreparedStatement bound(Connection connection, String sql, List<Object> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof String[] array) {
          statement.setArray(i + 1, connection.createArrayOf("text", array));
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static InboxItem inboxItem(ResultSet row) throws SQLException {
    return new InboxItem(
        row.getString("id"),
        row.getString("rule_code"),
        row.getString("subject"),
        row.getString("body"),
        row.getString("language"),
        row.getString("cause_type"),
        row.getString("cause_id"),
        row.getString("link"),
        row.getTimestamp("created_at").toInstant(),
        instant(row.getTimestamp("read_at")));
  }

  private static NotificationView view(ResultSet row) throws SQLException {
    String status = row.getString("status");
    RecipientKind kind = RecipientKind.valueOf(row.getString("recipient_kind"));
    Channel channel = Channel.valueOf(row.getString("channel"));
    return new NotificationView(
        row.getString("id"),
        row.getString("rule_code"),
        row.getString("cause_type"),
        row.getString("cause_id"),
        row.getString("cause_number"),
        kind,
        row.getString("recipient"),
        Addresses.masked(channel, row.getString("address")),
        channel,
        row.getString("language"),
        status.equals("SENDING") ? DeliveryStatus.PENDING : DeliveryStatus.valueOf(status),
        row.getInt("attempts"),
        row.getTimestamp("created_at").toInstant(),
        instant(row.getTimestamp("next_attempt_at")),
        instant(row.getTimestamp("sent_at")),
        row.getString("last_error"),
        row.getString("place_code"));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
