package org.alliancecare.directory.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.PasswordHash;
import org.alliancecare.testing.TestDatabase;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: the account read without roles while the database restarted. The crash harness
 * saw a signed-in caller with no role (refused 403) and, after the guard in {@code
 * Account.caller()}, an error instead. The cause is inside EclipseLink: an account's roles and
 * jurisdiction are element collections, read by a second and a third statement after the account's
 * row. When the connection breaks under one of those statements, EclipseLink retries the read (its
 * query retry, three attempts by default, for a read outside a transaction of its own, which every
 * read in a JTA transaction is) — and the retried {@code find} answers the account that the failed
 * attempt had already put into the persistence context, with its collections as the constructor
 * left them: empty. The directory's persistence unit turns that retry off ({@code
 * ReadsNotRetried}); a broken read then fails as a whole, and the caller retries the request.
 *
 * <p>Here the directory's own persistence unit runs in Java SE on a real PostgreSQL, and the
 * database's connections are terminated ({@code pg_terminate_backend}, as a restart does) just
 * before the statement that reads the roles, or the jurisdiction.
 */
class AccountReadDuringOutageIT {

  /** EclipseLink's default number of query retries. */
  private static final int RETRIES = 3;

  private static String url;
  private static String accountId;
  private static EntityManagerFactory directory;

  @BeforeAll
  static void migrateAndOpenAnAccount() {
    url = TestDatabase.get().migratedDatabase("directory_outage", "directory");
    Map<String, Object> javaSe = new HashMap<>();
    javaSe.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    javaSe.put("jakarta.persistence.jtaDataSource", "");
    javaSe.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    javaSe.put("jakarta.persistence.jdbc.url", url);
    javaSe.put("jakarta.persistence.jdbc.user", TestDatabase.get().user());
    javaSe.put("jakarta.persistence.jdbc.password", TestDatabase.get().password());
    directory = Persistence.createEntityManagerFactory("directory", javaSe);
    EntityManager em = directory.createEntityManager();
    Account account =
        Account.open(
            "doctor.outage",
            "Doctor Outage",
            PasswordHash.of("a long enough password"),
            Set.of(Role.DOCTOR),
            Set.of("652922", "652924"),
            null,
            Instant.parse("2026-12-05T00:00:00Z"));
    em.getTransaction().begin();
    em.persist(account);
    em.getTransaction().commit();
    accountId = account.id();
    em.close();
  }

  @AfterAll
  static void close() {
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  void the_application_reads_an_account_whole_or_not_at_all() {
    assertThat(retryAttempts()).as("the unit's query retry (ReadsNotRetried)").isZero();
    for (String table : new String[] {"account_role", "account_jurisdiction"}) {
      assertThatThrownBy(() -> readWhileCut(table, 1))
          .as("the read broken before " + table)
          .isInstanceOfAny(PersistenceException.class, DatabaseException.class);

      EntityManager em = directory.createEntityManager();
      Account read = em.find(Account.class, accountId);
      em.close();
      assertThat(read.roles()).containsExactly(Role.DOCTOR);
      assertThat(read.jurisdiction()).containsExactlyInAnyOrder("652922", "652924");
    }
  }

  @Test
  void eclipselinks_own_retry_answers_the_account_its_failed_read_left_behind() {
    int configured = retryAttempts();
    setRetryAttempts(RETRIES); // EclipseLink's default, which the persistence unit turns off
    try {
      // the database is down for the statement that reads the roles and for each of its retries,
      // and up again when EclipseLink retries the find itself
      Account read = readWhileCut("account_role", 1 + RETRIES);
      assertThat(read).as("the retried find answers an account").isNotNull();
      assertThat(read.roles()).as("its roles, read by the statement that broke").isEmpty();
      assertThatThrownBy(read::caller)
          .as("the guard that turns such an account into a 503")
          .isInstanceOf(IllegalStateException.class);

      read = readWhileCut("account_jurisdiction", 1 + RETRIES);
      assertThat(read).isNotNull();
      assertThat(read.jurisdiction())
          .as("a partial jurisdiction: the account's places, read by the statement that broke")
          .isEmpty();
    } finally {
      setRetryAttempts(configured);
    }
  }

  // ---- cutting the connections ------------------------------------------------------------------

  /**
   * Finds the account in a new persistence context while every connection of the unit to the
   * database is terminated (as a restart of PostgreSQL does) just before each of the first {@code
   * times} statements that read {@code table}.
   */
  private static Account readWhileCut(String table, int times) {
    AtomicInteger cuts = new AtomicInteger();
    SessionEventAdapter cutter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            if (event.getCall() instanceof DatabaseCall call
                && call.getSQLString() != null
                && call.getSQLString().contains(table)
                && cuts.get() < times) {
              cuts.incrementAndGet();
              terminateOtherConnections();
            }
          }
        };
    session().getEventManager().addListener(cutter);
    EntityManager em = directory.createEntityManager();
    try {
      return em.find(Account.class, accountId);
    } finally {
      em.close();
      session().getEventManager().removeListener(cutter);
      assertThat(cuts).as("the connections were cut before " + table).hasPositiveValue();
    }
  }

  private static void terminateOtherConnections() {
    try (Connection admin =
            DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        PreparedStatement kill =
            admin.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        PreparedStatement left =
            admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      kill.executeQuery().close();
      for (int i = 0; i < 100; i++) {
        try (ResultSet rows = left.executeQuery()) {
          rows.next();
          if (rows.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("the connections did not end");
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Server session() {
    return JpaHelper.getServerSession(directory);
  }

  private static int retryAttempts() {
    return ((DatabaseLogin) session().getDatasourceLogin()).getQueryRetryAttemptCount();
  }

  private static void setRetryAttempts(int attempts) {
    DatabaseLogin login = (DatabaseLogin) session().getDatasourceLogin();
    login.setQueryRetryAttemptCount(attempts);
    login.setDelayBetweenConnectionAttempts(0);
  }
}
