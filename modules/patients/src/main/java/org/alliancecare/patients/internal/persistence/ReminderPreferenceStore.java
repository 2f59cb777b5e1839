package org.alliancecare.patients.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.patients.internal.domain.FamilyLanguage;

/**
 * The families' reminder preferences ({@code patients.reminder_preference}) over JDBC: one
 * statement reads the patient a preference belongs to (a merged duplicate's survivor), what the
 * default needs, the first guardian's phone and the recorded preference, if any.
 */
@ApplicationScoped
public class ReminderPreferenceStore {

  @Inject DataSource dataSource;

  public ReminderPreferenceStore() {}

  /** A store on {@code dataSource} outside the container (the facade's tests). */
  public ReminderPreferenceStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * What a reminder to the family of {@code patientId} needs, following a merged duplicate to its
   * survivor ({@code mergedAway}: the patient asked for was such a duplicate); the language and
   * opt-out are the family's recorded choice, else the default.
   */
  public record Family(
      boolean mergedAway,
      String patientId,
      String name,
      String nameUg,
      String placeCode,
      String phone,
      boolean optedOut,
      String language,
      long version) {}

  /** The family of the patient; empty for an unknown patient. */
  public Optional<Family> family(String patientId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT p.merged_into IS NOT NULL AS merged_away, f.id, f.name, f.name_ug, f.ethnicity, f.place_code,"
                    + " (SELECT g.phone FROM patients.guardian g WHERE g.patient_id = f.id"
                    + " AND g.phone IS NOT NULL ORDER BY g.position LIMIT 1) AS phone,"
                    + " r.opted_out, r.language, r.version"
                    + " FROM patients.patient p"
                    + " LEFT JOIN patients.patient survivor ON survivor.id = p.merged_into"
                    + " JOIN patients.patient f ON f.id = COALESCE(survivor.id, p.id)"
                    + " LEFT JOIN patients.reminder_preference r ON r.patient_id = f.id"
                    + " WHERE p.id = ?")) {
      select.setString(1, patientId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String name = row.getString("name");
        String nameUg = row.getString("name_ug");
        String language = row.getString("language");
        boolean recorded = language != null;
        return Optional.of(
            new Family(
                row.getBoolean("merged_away"),
                row.getString("id"),
                name,
                nameUg,
                row.getString("place_code"),
                row.getString("phone"),
                recorded && row.getBoolean("opted_out"),
                recorded
                    ? language
                    : FamilyLanguage.defaultFor(name, nameUg, row.getString("ethnicity")),
                recorded ? row.getLong("version") : 0));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a family's reminder preference", e);
    }
  }

  /**
   * Records the family's preference if it is still at {@code expectedVersion} (0: never recorded);
   * answers the new version. A concurrent change that came first → {@link StaleVersion}.
   */
  public long record(
      String patientId,
      long expectedVersion,
      boolean optedOut,
      String language,
      Instant at,
      String by) {
    String sql =
        expectedVersion == 0
            ? "INSERT INTO patients.reminder_preference"
                + " (opted_out, language, changed_at, changed_by, patient_id, version)"
                + " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (patient_id) DO NOTHING"
            : "UPDATE patients.reminder_preference SET opted_out = ?, language = ?,"
                + " changed_at = ?, changed_by = ?, version = version + 1"
                + " WHERE patient_id = ? AND version = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement write = connection.prepareStatement(sql)) {
      write.setBoolean(1, optedOut);
      write.setString(2, language);
      write.setTimestamp(3, Timestamp.from(at));
      write.setString(4, by);
      write.setString(5, patientId);
      if (expectedVersion != 0) {
        write.setLong(6, expectedVersion);
      }
      if (write.executeUpdate() != 1) {
        // another change came first, between the caller's read and this write
        throw new StaleVersion(expectedVersion, -1);
      }
      return expectedVersion + 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not record a family's reminder preference", e);
    }
  }
}
