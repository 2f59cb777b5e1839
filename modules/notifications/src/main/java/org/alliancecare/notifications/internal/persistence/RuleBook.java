package org.alliancecare.notifications.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.internal.domain.RecipientRole;
import org.alliancecare.notifications.internal.domain.ReminderRule;
import org.alliancecare.notifications.internal.domain.TriggerKind;

/**
 * The rules, their templates and the departments' names, as rows ({@code rule}, {@code template},
 * {@code department_name}): read on every use, so that a changed row applies at the next scan.
 */
@ApplicationScoped
public class RuleBook {

  /** A template: the subject and body of one rule for one audience in one language. */
  public record Template(String subject, String body) {}

  @Inject DataSource dataSource;

  public RuleBook() {}

  public RuleBook(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The rules that are on, for {@code trigger}. */
  public List<ReminderRule> enabled(TriggerKind trigger) {
    return rules("WHERE enabled AND trigger_kind = ?", trigger.name());
  }

  /** Every rule, by code. */
  public List<ReminderRule> all() {
    return rules("", null);
  }

  private List<ReminderRule> rules(String where, String trigger) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT code, trigger_kind, days, recipients, family_channels, staff_channels,"
                    + " enabled FROM notifications.rule "
                    + where
                    + " ORDER BY code")) {
      if (trigger != null) {
        select.setString(1, trigger);
      }
      List<ReminderRule> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(
              new ReminderRule(
                  rows.getString("code"),
                  TriggerKind.valueOf(rows.getString("trigger_kind")),
                  rows.getInt("days"),
                  names(rows.getArray("recipients"), RecipientRole::valueOf),
                  names(rows.getArray("family_channels"), Channel::valueOf),
                  names(rows.getArray("staff_channels"), Channel::valueOf),
                  rows.getBoolean("enabled")));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("the reminder rules could not be read", e);
    }
  }

  private static <T> java.util.Set<T> names(Array array, Function<String, T> value)
      throws SQLException {
    return Arrays.stream((String[]) array.getArray()).map(value).collect(Collectors.toSet());
  }

  /** The rule's text for the audience in {@code language}, else in Chinese. */
  public Optional<Template> template(String ruleCode, String audience, String language) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT subject, body FROM notifications.template WHERE rule_code = ?"
                    + " AND audience = ? AND language IN (?, 'zh-CN')"
                    + " ORDER BY language = ? DESC LIMIT 1")) {
      select.setString(1, ruleCode);
      select.setString(2, audience);
      select.setString(3, language);
      select.setString(4, language);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Template(row.getString(1), row.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("a reminder template could not be read", e);
    }
  }

  /** The department of {@code specialty} in {@code language}; the specialty itself if unnamed. */
  public String department(String specialty, String language) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT name FROM notifications.department_name WHERE specialty = ?"
                    + " AND language IN (?, 'zh-CN') ORDER BY language = ? DESC LIMIT 1")) {
      select.setString(1, specialty);
      select.setString(2, language);
      select.setString(3, language);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : specialty;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("a department's name could not be read", e);
    }
  }
}
