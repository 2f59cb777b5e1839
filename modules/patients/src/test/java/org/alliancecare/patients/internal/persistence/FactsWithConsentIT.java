package org.alliancecare.patients.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.patients.api.ConsentOnDay;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PatientStore#factsWithConsent}, the one statement a screening reads its patient with, and
 * {@link PatientStore#placeOf}, the one a timeline checks the caller's scope with, on the migrated
 * schema: the facts {@code facts} answers (a merged duplicate's survivor) and the same consent rule
 * as {@code Consent.covers}.
 */
class FactsWithConsentIT {

  private static final LocalDate BORN = LocalDate.of(2019, 3, 14);
  private static final LocalDate GIVEN = LocalDate.of(2026, 9, 1);
  private static final LocalDate WITHDRAWN = LocalDate.of(2026, 11, 1);

  private static DataSource dataSource;
  private static PatientStore store;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("patients_facts", "patients"));
    store = new PatientStore();
    store.dataSource = dataSource;
  }

  @Test
  void a_missing_patient_has_no_facts() {
    assertThat(store.factsWithConsent(UUID.randomUUID().toString(), ConsentScope.SCREENING, GIVEN))
        .isEmpty();
  }

  @Test
  void the_place_a_timeline_checks_the_scope_with_is_the_patients_own() throws SQLException {
    String survivor = patient("652922-T01-V02", null);
    String duplicate = patient("652922-T01-V01", survivor);

    assertThat(store.placeOf(duplicate)).contains("652922-T01-V01");
    assertThat(store.placeOf(survivor)).contains("652922-T01-V02");
    assertThat(store.placeOf(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void a_patient_without_consents_has_facts_and_no_active_consent() throws SQLException {
    String child = patient("652922-T01-V01", null);

    ConsentOnDay read = store.factsWithConsent(child, ConsentScope.SCREENING, GIVEN).orElseThrow();

    assertThat(read.patient())
        .isEqualTo(new PatientFacts(child, BORN, Sex.FEMALE, "652922-T01-V01"));
    assertThat(read.active()).isFalse();
  }

  @Test
  void a_consent_is_active_from_the_day_given_until_the_day_withdrawn_for_its_scopes()
      throws SQLException {
    String child = patient("652922-T01-V01", null);
    consent(child, "TREATMENT", GIVEN.minusDays(30), null);
    consent(child, "SCREENING,DATA_SHARING", GIVEN, WITHDRAWN);

    assertThat(active(child, ConsentScope.SCREENING, GIVEN.minusDays(1))).isFalse();
    assertThat(active(child, ConsentScope.SCREENING, GIVEN)).isTrue();
    assertThat(active(child, ConsentScope.SCREENING, WITHDRAWN.minusDays(1))).isTrue();
    assertThat(active(child, ConsentScope.SCREENING, WITHDRAWN)).isFalse();
    assertThat(active(child, ConsentScope.TREATMENT, GIVEN)).isTrue();
  }

  @Test
  void a_merged_duplicate_answers_its_survivors_facts_and_consents() throws SQLException {
    String survivor = patient("652922-T01-V02", null);
    consent(survivor, "SCREENING", GIVEN, null);
    String duplicate = patient("652922-T01-V01", survivor);
    consent(duplicate, "TREATMENT", GIVEN, null);

    ConsentOnDay read =
        store.factsWithConsent(duplicate, ConsentScope.SCREENING, GIVEN).orElseThrow();

    assertThat(read.patient().id()).isEqualTo(survivor);
    assertThat(read.patient().placeCode()).isEqualTo("652922-T01-V02");
    assertThat(read.active()).isTrue();
    assertThat(active(duplicate, ConsentScope.TREATMENT, GIVEN)).isFalse();
  }

  private static boolean active(String patient, ConsentScope scope, LocalDate day) {
    return store.factsWithConsent(patient, scope, day).orElseThrow().active();
  }

  private static String patient(String place, String mergedInto) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO patients.patient (id, name, name_key, sex, birth_date, place_code,"
                    + " registered_at, registered_by, changed_at, merged_into)"
                    + " VALUES (?, '阿依古丽', 'ayigul', 'FEMALE', ?, ?, now(), 'dr.aysha', now(), ?)")) {
      insert.setString(1, id);
      insert.setObject(2, BORN);
      insert.setString(3, place);
      insert.setString(4, mergedInto);
      insert.executeUpdate();
    }
    return id;
  }

  private static void consent(String patient, String scopes, LocalDate given, LocalDate withdrawn)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO patients.consent (id, patient_id, guardian_name, relationship, scopes,"
                    + " given_on, withdrawn_on, recorded_by, recorded_at, changed_at)"
                    + " VALUES (?, ?, '买买提·艾力', 'FATHER', ?, ?, ?, 'dr.aysha', now(), now())")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, patient);
      insert.setString(3, scopes);
      insert.setObject(4, given);
      insert.setObject(5, withdrawn);
      insert.executeUpdate();
    }
  }
}
