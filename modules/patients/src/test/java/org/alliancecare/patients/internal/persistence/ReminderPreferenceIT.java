package org.alliancecare.patients.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.patients.internal.persistence.ReminderPreferenceStore.Family;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the families' reminder preferences on the migrated patients schema (V4) on a real
 * PostgreSQL, through {@link ReminderPreferenceStore}, which the facade reads and writes them with:
 * the default until a choice is recorded, a recorded change and a stale version refused, a merged
 * duplicate answering its survivor's, the first guardian's phone that has one.
 */
class ReminderPreferenceIT {

  private static final LocalDate BORN = LocalDate.of(2019, 3, 14);
  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final String JIAMUGANG = "652922-V01";

  private static DataSource dataSource;
  private static ReminderPreferenceStore store;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("patients_reminders", "patients"));
    store = new ReminderPreferenceStore();
    store.dataSource = dataSource;
  }

  @Test
  void a_child_known_only_by_a_uyghur_name_is_reminded_in_uyghur_by_default() throws SQLException {
    String child = patient(null, "گۈلمىرە مەمەت", null, null);

    Family family = store.family(child).orElseThrow();

    assertThat(family.language()).isEqualTo("ug-CN");
    assertThat(family.optedOut()).isFalse();
    assertThat(family.version()).isZero();
  }

  @Test
  void a_uyghur_child_with_a_chinese_name_is_reminded_in_uyghur_by_default() throws SQLException {
    assertThat(store.family(patient("古丽米热·买买提", "گۈلمىرە مەمەت", "Uyghur", null)))
        .hasValueSatisfying(f -> assertThat(f.language()).isEqualTo("ug-CN"));
    assertThat(store.family(patient("古丽米热·买买提", null, "维吾尔族", null)))
        .hasValueSatisfying(f -> assertThat(f.language()).isEqualTo("ug-CN"));
  }

  @Test
  void other_children_are_reminded_in_chinese_by_default() throws SQLException {
    assertThat(store.family(patient("王小红", null, "汉族", null)))
        .hasValueSatisfying(f -> assertThat(f.language()).isEqualTo("zh-CN"));
    assertThat(store.family(patient("王小明", null, null, null)))
        .hasValueSatisfying(f -> assertThat(f.language()).isEqualTo("zh-CN"));
  }

  @Test
  void an_unknown_patient_has_no_family() {
    assertThat(store.family(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void a_recorded_choice_replaces_the_default_and_a_stale_version_is_refused() throws SQLException {
    String child = patient("王小红", null, "汉族", null);

    assertThat(store.record(child, 0, false, "ug-CN", NOW, "dr.aysha")).isEqualTo(1);
    Family first = store.family(child).orElseThrow();
    assertThat(first.language()).isEqualTo("ug-CN");
    assertThat(first.optedOut()).isFalse();
    assertThat(first.version()).isEqualTo(1);

    assertThatThrownBy(() -> store.record(child, 0, true, "zh-CN", NOW, "coordinator"))
        .as("a second first choice")
        .isInstanceOf(StaleVersion.class);
    assertThat(store.record(child, 1, true, "ug-CN", NOW, "coordinator")).isEqualTo(2);
    assertThatThrownBy(() -> store.record(child, 1, false, "zh-CN", NOW, "dr.aysha"))
        .isInstanceOf(StaleVersion.class);

    Family now = store.family(child).orElseThrow();
    assertThat(now.optedOut()).isTrue();
    assertThat(now.language()).isEqualTo("ug-CN");
    assertThat(now.version()).isEqualTo(2);
  }

  @Test
  void the_table_refuses_a_language_families_are_not_reminded_in() throws SQLException {
    String child = patient("王小明", null, null, null);
    assertThatThrownBy(() -> store.record(child, 0, false, "en", NOW, "dr.aysha"))
        .isInstanceOf(IllegalStateException.class)
        .hasRootCauseInstanceOf(SQLException.class);
    assertThat(store.family(child).orElseThrow().version()).isZero();
  }

  @Test
  void a_merged_duplicate_answers_its_survivors_preference_and_contact() throws SQLException {
    String survivor = patient("古丽米热·买买提", "گۈلمىرە مەمەت", null, null);
    guardian(survivor, 0, null);
    guardian(survivor, 1, "13912345678");
    guardian(survivor, 2, "13800000000");
    String duplicate = patient("古丽米热", null, "汉族", survivor);
    guardian(duplicate, 0, "13700000000");
    store.record(survivor, 0, true, "ug-CN", NOW, "dr.aysha");

    Family family = store.family(duplicate).orElseThrow();

    assertThat(family.mergedAway()).isTrue();
    assertThat(family.patientId()).isEqualTo(survivor);
    assertThat(family.optedOut()).isTrue();
    assertThat(family.language()).isEqualTo("ug-CN");
    assertThat(family.version()).isEqualTo(1);
    assertThat(family.phone())
        .as("the first guardian's phone that has one")
        .isEqualTo("13912345678");
    assertThat(family.nameUg()).isEqualTo("گۈلمىرە مەمەت");
    assertThat(family.placeCode()).isEqualTo(JIAMUGANG);
    assertThat(store.family(survivor).orElseThrow().mergedAway()).isFalse();
  }

  @Test
  void a_family_without_a_phone_has_none() throws SQLException {
    String child = patient("王小明", null, null, null);
    guardian(child, 0, null);
    assertThat(store.family(child).orElseThrow().phone()).isNull();
  }

  private static String patient(String name, String nameUg, String ethnicity, String mergedInto)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO patients.patient (id, name, name_ug, name_ug_key, name_ug_latin,"
                    + " name_ug_latin_key, name_key, sex, birth_date, ethnicity, place_code,"
                    + " registered_at, registered_by, changed_at, merged_into)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'key', 'FEMALE', ?, ?, ?, now(), 'dr.aysha',"
                    + " now(), ?)")) {
      // the other forms of a Uyghur name are the store's business, not this test's
      String form = nameUg == null ? null : "form";
      insert.setString(1, id);
      insert.setString(2, name);
      insert.setString(3, nameUg);
      insert.setString(4, form);
      insert.setString(5, form);
      insert.setString(6, form);
      insert.setObject(7, BORN);
      insert.setString(8, ethnicity);
      insert.setString(9, JIAMUGANG);
      insert.setString(10, mergedInto);
      insert.executeUpdate();
    }
    return id;
  }

  private static void guardian(String patient, int position, String phone) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO patients.guardian (patient_id, position, name, relationship, phone)"
                    + " VALUES (?, ?, '买买提·艾力', 'FATHER', ?)")) {
      insert.setString(1, patient);
      insert.setInt(2, position);
      insert.setString(3, phone);
      insert.executeUpdate();
    }
  }
}
