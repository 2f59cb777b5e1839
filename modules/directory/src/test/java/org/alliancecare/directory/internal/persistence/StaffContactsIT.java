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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.EmailAddress;
import org.alliancecare.directory.internal.domain.PasswordHash;
import org.alliancecare.directory.internal.domain.Place;
import org.alliancecare.directory.internal.domain.PlaceTree;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: who can be told. On the migrated directory schema (V5) on a real PostgreSQL: an
 * account's e-mail address kept and removed, the table refusing a value without an {@code @}; the
 * coordinators covering a place (a Wensu county coordinator and an Aksu prefecture one for a Wensu
 * village, neither for a Kuqa one; disabled ones and doctors never) with the place line the
 * directory's place tree gives; the accounts of a practitioner.
 */
class StaffContactsIT {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final String JIAMUGANG = "652922-V01";
  private static final String YONGKU = "652902-V01";

  private static String url;
  private static EntityManagerFactory directory;
  private static PlaceTree tree;

  @BeforeAll
  static void migrate() {
    url = TestDatabase.get().migratedDatabase("directory_contacts", "directory");
    Map<String, Object> javaSe = new HashMap<>();
    javaSe.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    javaSe.put("jakarta.persistence.jtaDataSource", "");
    javaSe.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    javaSe.put("jakarta.persistence.jdbc.url", url);
    javaSe.put("jakarta.persistence.jdbc.user", TestDatabase.get().user());
    javaSe.put("jakarta.persistence.jdbc.password", TestDatabase.get().password());
    directory = Persistence.createEntityManagerFactory("directory", javaSe);
    tree =
        inStore(
            store -> {
              PlaceStore places = new PlaceStore();
              places.em = store.em;
              return PlaceTree.of(places.all().stream().map(Place::view).toList());
            });
  }

  @AfterAll
  static void close() {
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  void an_account_keeps_its_email_address_until_it_is_removed() {
    String id = open("doctor.nurgul", Role.DOCTOR, Set.of("652922"), null);
    assertThat(read(id).email()).as("none given").isNull();
    assertThat(read(id).view().email()).isNull();

    change(id, a -> a.reachAt(EmailAddress.parse(" Nurgul@Wensu-Hospital.cn ", "email")));
    assertThat(read(id).email()).isEqualTo("Nurgul@wensu-hospital.cn");
    assertThat(read(id).view().email()).isEqualTo("Nurgul@wensu-hospital.cn");

    change(id, Account::forgetEmail);
    assertThat(read(id).view().email()).isNull();
  }

  @Test
  void the_table_refuses_an_email_without_an_at() throws SQLException {
    String id = open("doctor.memet", Role.DOCTOR, Set.of("652922"), null);
    try (Connection c =
            DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE directory.account SET email = 'memet' WHERE id = '" + id + "'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("check constraint");
    }
  }

  @Test
  void the_coordinators_of_the_county_and_of_the_prefecture_cover_a_village_of_the_county() {
    String county = "coord.wensu" + suffix();
    String prefecture = "coord.aksu" + suffix();
    String kuqa = "coord.kuqa" + suffix();
    String disabled = "coord.gone" + suffix();
    String doctor = "doctor.wensu" + suffix();
    open(county, Role.COORDINATOR, Set.of("652922"), null);
    open(prefecture, Role.COORDINATOR, Set.of("652900"), null);
    open(kuqa, Role.COORDINATOR, Set.of("652902"), null);
    change(open(disabled, Role.COORDINATOR, Set.of("652922"), null), Account::disable);
    open(doctor, Role.DOCTOR, Set.of("652922"), null);

    assertThat(covering(JIAMUGANG))
        .contains(county, prefecture)
        .doesNotContain(kuqa, disabled, doctor);
    assertThat(covering("652922")).contains(county, prefecture).doesNotContain(kuqa);
    assertThat(covering(YONGKU)).contains(kuqa, prefecture).doesNotContain(county, disabled);
    assertThat(covering("652900")).contains(prefecture).doesNotContain(county, kuqa);
    assertThat(covering("no-such-place")).isEmpty();
  }

  @Test
  void the_enabled_accounts_of_a_practitioner_are_found_by_the_practitioner() throws SQLException {
    String practitioner = practitioner();
    String first = "dr.aysha" + suffix();
    String second = "dr.aysha.field" + suffix();
    String disabled = "dr.aysha.old" + suffix();
    open(first, Role.DOCTOR, Set.of("652922"), practitioner);
    open(second, Role.DOCTOR, Set.of("652922"), practitioner);
    change(open(disabled, Role.DOCTOR, Set.of("652922"), practitioner), Account::disable);
    open("dr.other" + suffix(), Role.DOCTOR, Set.of("652922"), null);

    List<String> linked = inStore(store -> store.enabledOfPractitioner(practitioner));
    List<String> none = inStore(store -> store.enabledOfPractitioner(UUID.randomUUID().toString()));
    assertThat(linked).containsExactly(first, second);
    assertThat(none).isEmpty();
  }

  /** What {@code DirectoryFacade.coordinatorsCovering} answers: the place line, then the store. */
  private static List<String> covering(String place) {
    List<String> line =
        tree.ancestry(place).stream().map(org.alliancecare.directory.api.Place::code).toList();
    return inStore(store -> store.enabledWithRoleIn(Role.COORDINATOR, line));
  }

  private static <T> T inStore(Function<AccountStore, T> read) {
    EntityManager em = directory.createEntityManager();
    try {
      AccountStore store = new AccountStore();
      store.em = em;
      return read.apply(store);
    } finally {
      em.close();
    }
  }

  private static String open(
      String username, Role role, Set<String> jurisdiction, String practitionerId) {
    Account account =
        Account.open(
            username,
            "Staff " + username,
            PasswordHash.of("a long enough password"),
            Set.of(role),
            jurisdiction,
            practitionerId,
            NOW);
    EntityManager em = directory.createEntityManager();
    em.getTransaction().begin();
    em.persist(account);
    em.getTransaction().commit();
    em.close();
    return account.id();
  }

  private static void change(String id, java.util.function.Consumer<Account> change) {
    EntityManager em = directory.createEntityManager();
    em.getTransaction().begin();
    change.accept(em.find(Account.class, id));
    em.getTransaction().commit();
    em.close();
  }

  private static Account read(String id) {
    EntityManager em = directory.createEntityManager();
    try {
      return em.find(
          Account.class,
          id,
          Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
    } finally {
      em.close();
    }
  }

  private static String practitioner() throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection c =
            DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO directory.practitioner (id, name, search_name, specialty, origin,"
              + " organisation_id, registered_at) SELECT '"
              + id
              + "', '阿依夏·吐尔逊', 'ayixia', 'PEDIATRICS', 'LOCAL', id, now()"
              + " FROM directory.organisation LIMIT 1");
    }
    return id;
  }

  private static String suffix() {
    return "." + UUID.randomUUID().toString().substring(0, 8);
  }
}
