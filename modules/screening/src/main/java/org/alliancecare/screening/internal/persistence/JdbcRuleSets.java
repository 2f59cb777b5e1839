package org.alliancecare.screening.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.alliancecare.screening.internal.domain.RuleSets;
import org.alliancecare.screening.internal.domain.classification.RuleSet;

/**
 * The {@code rule_set} table. Which rule set is in force is asked of the database on every call, so
 * a rule set added on any node applies from its {@code in_force_from} at once; its parameters are
 * parsed once per node and kept by id, which can never be stale: a stored rule set is history (the
 * trigger {@code rule_set_is_history} refuses every UPDATE and DELETE), so an id names the same
 * parameters forever.
 */
@ApplicationScoped
public class JdbcRuleSets implements RuleSets {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Parsed rule sets by id; a handful at most (one per change of the screening rules). */
  private final ConcurrentMap<String, RuleSet> parsed = new ConcurrentHashMap<>();

  @Inject DataSource dataSource;

  @Override
  public RuleSet inForceAt(Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, parameters FROM screening.rule_set WHERE in_force_from <= ?"
                    + " ORDER BY in_force_from DESC LIMIT 1")) {
      select.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no screening rule set is in force at " + at);
        }
        String id = row.getString(1);
        RuleSet known = parsed.get(id);
        if (known != null) {
          return known;
        }
        RuleSet read = parse(id, row.getString(2));
        parsed.putIfAbsent(id, read);
        return read;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the screening rule sets", e);
    }
  }

  private static RuleSet parse(String id, String parameters) {
    try (JsonReader reader = JSON.createReader(new StringReader(parameters))) {
      return RuleSetJson.read(id, reader.readObject());
    }
  }
}
