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
import javax.sql.DataSource;
import org.alliancecare.screening.internal.domain.RuleSets;
import org.alliancecare.screening.internal.domain.classification.RuleSet;

/** The {@code rule_set} table. */
@ApplicationScoped
public class JdbcRuleSets implements RuleSets {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

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
        try (JsonReader parameters = JSON.createReader(new StringReader(row.getString(2)))) {
          return RuleSetJson.read(row.getString(1), parameters.readObject());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the screening rule sets", e);
    }
  }
}
