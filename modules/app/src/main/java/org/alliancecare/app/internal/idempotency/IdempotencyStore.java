package org.alliancecare.app.internal.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.alliancecare.app.internal.http.IdempotencyKeyReused;

/**
 * The stored keys ({@code platform.idempotency_key}, per account). One request per key runs at a
 * time: a transaction-scoped advisory lock on the key is taken without waiting, so a duplicate that
 * arrives while the first is in flight is told so (409) instead of queueing. The key's row is
 * written in the same transaction as the records the request creates, so either both are committed
 * or neither; a request that fails stores nothing and may be retried with the same key.
 */
@ApplicationScoped
public class IdempotencyStore {

  @Inject DataSource dataSource;

  @Inject Jsonb jsonb;

  @Inject HttpServletRequest request;

  @Transactional(Transactional.TxType.REQUIRED)
  public Response once(
      String account, String key, RequestFingerprint fingerprint, Supplier<Response> work) {
    try (Connection connection = dataSource.getConnection()) {
      Response stored = lockedAndStored(connection, account, key, fingerprint);
      if (stored != null) {
        return stored;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency keys are unavailable", e);
    }
    Response response = work.get();
    if (response.getStatus() >= 200 && response.getStatus() < 300) {
      return remember(account, key, fingerprint.value(), response);
    }
    return response;
  }

  /**
   * A key the account sent and what it answered, for a client that lost the response (the field
   * app, offline when its request went through); empty for another account's key or an unknown one.
   */
  public Optional<StoredKey> find(String account, String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT response_status, response_location, created_at"
                    + " FROM platform.idempotency_key WHERE account = ? AND key = ?")) {
      select.setString(1, account);
      select.setString(2, key);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredKey(
                key,
                rows.getInt("response_status"),
                rows.getString("response_location"),
                rows.getObject("created_at", java.time.OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency keys are unavailable", e);
    }
  }

  /** A stored key: the status and {@code Location} (or null) of the response it answers again. */
  public record StoredKey(String key, int status, String location, Instant createdAt) {}

  /**
   * Takes the key's lock or refuses ({@link RequestInFlight}), then reads the stored response: two
   * statements sent in one round trip. The read is a statement of its own and PostgreSQL takes its
   * snapshot (read committed) when it starts, after the lock is held: a request with the same key
   * that committed just before is seen and answered again, never run twice. A request that found
   * the lock taken is refused; its read is not looked at.
   */
  private static Response lockedAndStored(
      Connection connection, String account, String key, RequestFingerprint fingerprint)
      throws SQLException {
    try (PreparedStatement both =
        connection.prepareStatement(
            "SELECT pg_try_advisory_xact_lock(hashtextextended(?, 17));"
                + " SELECT request_hash, response_status, response_body, response_location,"
                + " response_etag FROM platform.idempotency_key WHERE account = ? AND key = ?")) {
      both.setString(1, account + '\n' + key);
      both.setString(2, account);
      both.setString(3, key);
      both.execute();
      try (ResultSet lock = both.getResultSet()) {
        lock.next();
        if (!lock.getBoolean(1)) {
          throw new RequestInFlight();
        }
      }
      if (!both.getMoreResults()) {
        throw new SQLException("the stored key's read answered no rows");
      }
      try (ResultSet rows = both.getResultSet()) {
        return rows.next() ? replay(rows, fingerprint) : null;
      }
    }
  }

  private static Response replay(ResultSet rows, RequestFingerprint fingerprint)
      throws SQLException {
    if (!fingerprint.matches(rows.getString("request_hash"))) {
      throw new IdempotencyKeyReused();
    }
    Response.ResponseBuilder replay =
        Response.status(rows.getInt("response_status")).header("Idempotent-Replayed", "true");
    String body = rows.getString("response_body");
    if (body != null) {
      replay.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }
    String location = rows.getString("response_location");
    if (location != null) {
      replay.location(URI.create(location));
    }
    String etag = rows.getString("response_etag");
    if (etag != null) {
      replay.tag(new EntityTag(etag));
    }
    return replay.build();
  }

  /**
   * Stores the response; the entity is written to JSON once, here, and {@link PreparedAnswer} sends
   * the client that same text (a replay later sends it again, byte for byte). The response keeps
   * its entity object, which the response filters (the access log) read.
   */
  private Response remember(String account, String key, String fingerprint, Response response) {
    Object entity = response.getEntity();
    String body = entity == null ? null : entity instanceof String s ? s : jsonb.toJson(entity);
    URI location = response.getLocation();
    EntityTag etag = response.getEntityTag();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO platform.idempotency_key (account, key, request_hash,"
                    + " response_status, response_body, response_location, response_etag)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, account);
      insert.setString(2, key);
      insert.setString(3, fingerprint);
      insert.setInt(4, response.getStatus());
      insert.setString(5, body);
      insert.setString(6, location == null ? null : location.toString());
      insert.setString(7, etag == null ? null : etag.getValue());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the idempotency key", e);
    }
    if (entity != null && !(entity instanceof String)) {
      request.setAttribute(PreparedAnswer.ATTRIBUTE, new PreparedAnswer(entity, body));
    }
    return response;
  }
}
