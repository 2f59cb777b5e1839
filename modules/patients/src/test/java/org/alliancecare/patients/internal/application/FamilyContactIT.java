package org.alliancecare.patients.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.patients.api.FamilyContact;
import org.alliancecare.patients.internal.persistence.ReminderPreferenceStore;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PatientsFacade.familyContact}, what the notifications module reminds a family with, on the
 * migrated patients schema on a real PostgreSQL: the child named as the family knows the child in
 * their language, the first guardian's phone, nothing for an unknown patient or a merged-away
 * registration (its family is the survivor's, told once under the survivor's id).
 */
class FamilyContactIT {

  private static DataSource dataSource;
  private static PatientRecords records;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("patients_contacts", "patients"));
    records = new PatientRecords();
    records.reminders = new ReminderPreferenceStore(dataSource);
  }

  @Test
  void a_uyghur_family_is_reached_in_uyghur_with_the_childs_uyghur_name() throws SQLException {
    String child = patient("古丽米热·买买提", "گۈلمىرە مەمەت", "维吾尔族", null, "13912345678");

    assertThat(records.familyContact(child))
        .contains(
            new FamilyContact(child, "گۈلمىرە مەمەت", "13912345678", "ug-CN", false, "652922-V01"));
  }

  @Test
  void a_chinese_family_is_reached_in_chinese_with_the_childs_chinese_name() throws SQLException {
    String child = patient("王小红", null, "汉族", null, null);

    assertThat(records.familyContact(child))
        .contains(new FamilyContact(child, "王小红", null, "zh-CN", false, "652922-V01"));
  }

  @Test
  void a_family_that_opted_out_is_answered_as_opted_out() throws SQLException {
    String child = patient("王小明", null, null, null, "13800000000");
    new ReminderPreferenceStore(dataSource)
        .record(child, 0, true, "zh-CN", java.time.Instant.now(), "dr.aysha");

    assertThat(records.familyContact(child))
        .hasValueSatisfying(contact -> assertThat(contact.optedOut()).isTrue());
  }

  @Test
  void nothing_for_an_unknown_patient_or_a_merged_away_registration() throws SQLException {
    String survivor = patient("阿不都·艾力", null, null, null, "13700000000");
    String duplicate = patient("阿不都", null, null, survivor, "13600000000");

    assertThat(records.familyContact(UUID.randomUUID().toString())).isEmpty();
    assertThat(records.familyContact(null)).isEmpty();
    assertThat(records.familyContact(duplicate)).isEmpty();
    assertThat(records.familyContact(survivor))
        .hasValueSatisfying(contact -> assertThat(contact.phone()).isEqualTo("13700000000"));
  }

  private static String patient(
      String name, String nameUg, String ethnicity, String mergedInto, String phone)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    String form = nameUg == null ? null : "form";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement patient =
            connection.prepareStatement(
                "INSERT INTO patients.patient (id, name, name_ug, name_ug_key, name_ug_latin,"
                    + " name_ug_latin_key, name_key, sex, birth_date, ethnicity, place_code,"
                    + " registered_at, registered_by, changed_at, merged_into)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'key', 'FEMALE', ?, ?, '652922-V01', now(),"
                    + " 'dr.aysha', now(), ?)");
        PreparedStatement guardian =
            connection.prepareStatement(
                "INSERT INTO patients.guardian (patient_id, position, name, relationship, phone)"
                    + " VALUES (?, 0, '买买提·艾力', 'FATHER', ?)")) {
      patient.setString(1, id);
      patient.setString(2, name);
      patient.setString(3, nameUg);
      patient.setString(4, form);
      patient.setString(5, form);
      patient.setString(6, form);
      patient.setObject(7, LocalDate.of(2019, 3, 14));
      patient.setString(8, ethnicity);
      patient.setString(9, mergedInto);
      patient.executeUpdate();
      guardian.setString(1, id);
      guardian.setString(2, phone);
      guardian.executeUpdate();
    }
    return id;
  }
}
