package org.alliancecare.directory.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.PasswordHash;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the language an account holder chose for the UI is kept on the account (migration V4,
 * column {@code language}), through the directory's own persistence unit on a real PostgreSQL: none
 * until chosen, the chosen one read back by a fresh persistence context, and the table refuses a
 * language the UI does not speak.
 */
class AccountLanguageIT {

  private static String url;
  private static EntityManagerFactory directory;

  @BeforeAll
  static void migrate() {
    url = TestDatabase.get().migratedDatabase("directory_language", "directory");
    Map<String, Object> javaSe = new HashMap<>();
    javaSe.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    javaSe.put("jakarta.persistence.jtaDataSource", "");
    javaSe.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    javaSe.put("jakarta.persistence.jdbc.url", url);
    javaSe.put("jakarta.persistence.jdbc.user", TestDatabase.get().user());
    javaSe.put("jakarta.persistence.jdbc.password", TestDatabase.get().password());
    directory = Persistence.createEntityManagerFactory("directory", javaSe);
  }

  @AfterAll
  static void close() {
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  void an_account_keeps_the_language_its_holder_chose() {
    String id = open("doctor.gulnur");
    assertThat(read(id).language()).as("never chosen").isNull();
    assertThat(read(id).view().language()).isNull();

    change(id, "ug-CN");
    assertThat(read(id).language()).isEqualTo("ug-CN");
    assertThat(read(id).view().language()).isEqualTo("ug-CN");

    change(id, "en");
    assertThat(read(id).view().language()).isEqualTo("en");
  }

  @Test
  void the_table_refuses_a_language_the_ui_does_not_speak() throws SQLException {
    String id = open("doctor.aliye");
    try (Connection c =
            DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE directory.account SET language = 'ug' WHERE id = '" + id + "'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("check constraint");
      assertThat(
              s.executeUpdate(
                  "UPDATE directory.account SET language = 'zh-CN' WHERE id = '" + id + "'"))
          .isEqualTo(1);
    }
    assertThat(read(id).language()).isEqualTo("zh-CN");
  }

  private static String open(String username) {
    Account account =
        Account.open(
            username,
            "Doctor",
            PasswordHash.of("a long enough password"),
            Set.of(Role.DOCTOR),
            Set.of("652922"),
            null,
            Instant.parse("2026-12-05T00:00:00Z"));
    EntityManager em = directory.createEntityManager();
    em.getTransaction().begin();
    em.persist(account);
    em.getTransaction().commit();
    em.close();
    return account.id();
  }

  private static void change(String id, String language) {
    EntityManager em = directory.createEntityManager();
    em.getTransaction().begin();
    em.find(Account.class, id).speak(language);
    em.getTransaction().commit();
    em.close();
  }

  private static Account read(String id) {
    EntityManager em = directory.createEntityManager();
    try {
      // from the database, not from the unit's shared cache
      return em.find(
          Account.class,
          id,
          Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
    } finally {
      em.close();
    }
  }
}
