package org.alliancecare.screening.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.screening.api.ScreeningReferral;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.ScreeningReferrals;

/** {@code screening.screening_referral}, through the JTA data source. */
@ApplicationScoped
public class JdbcScreeningReferrals implements ScreeningReferrals {

  private static final String COLUMNS =
      "screening_id, referral_id, referral_number, status, outcome, completed_on";

  @Inject DataSource dataSource;

  @Override
  public void link(ScreeningId screening, String referralId, String referralNumber, String status) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO screening.screening_referral"
                    + " (screening_id, referral_id, referral_number, status)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (referral_id) DO NOTHING")) {
      insert.setObject(1, screening.value());
      insert.setString(2, referralId);
      insert.setString(3, referralNumber);
      insert.setString(4, status);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not link the referral to its screening", e);
    }
  }

  @Override
  public boolean progress(String referralId, String status, String outcome, LocalDate completedOn) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE screening.screening_referral SET status = ?,"
                    + " outcome = coalesce(?, outcome), completed_on = coalesce(?, completed_on),"
                    + " changed_at = now() WHERE referral_id = ?")) {
      update.setString(1, status);
      update.setString(2, outcome);
      update.setDate(3, completedOn == null ? null : Date.valueOf(completedOn));
      update.setString(4, referralId);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the referral's progress", e);
    }
  }

  @Override
  public List<ScreeningReferral> of(ScreeningId screening) {
    return of(List.of(screening)).getOrDefault(screening, List.of());
  }

  @Override
  public Map<ScreeningId, List<ScreeningReferral>> of(Collection<ScreeningId> screenings) {
    Map<ScreeningId, List<ScreeningReferral>> referrals = new HashMap<>();
    if (screenings.isEmpty()) {
      return referrals;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM screening.screening_referral WHERE screening_id = ANY (?)"
                    + " ORDER BY referral_number")) {
      select.setArray(
          1,
          connection.createArrayOf("uuid", screenings.stream().map(ScreeningId::value).toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Date completed = rows.getDate("completed_on");
          referrals
              .computeIfAbsent(
                  new ScreeningId(ResultColumns.uuid(rows, "screening_id")),
                  id -> new ArrayList<>())
              .add(
                  new ScreeningReferral(
                      rows.getString("referral_id"),
                      rows.getString("referral_number"),
                      rows.getString("status"),
                      rows.getString("outcome"),
                      completed == null ? null : completed.toLocalDate()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the screenings' referrals", e);
    }
    return referrals;
  }
}
