package org.alliancecare.audit.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.internal.persistence.JdbcAccessLog;

/**
 * Adds access-log rows: in the caller's transaction when there is one, otherwise in a transaction
 * of their own that commits before the response that they log is sent.
 */
@ApplicationScoped
public class AccessLog {

  @Inject DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRED)
  public void add(List<AccessRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      JdbcAccessLog.add(connection, records);
    } catch (SQLException e) {
      throw new IllegalStateException("could not write the access log", e);
    }
  }
}
