package org.alliancecare.directory.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory's migrations on a real PostgreSQL, applied as the application applies them (schema
 * {@code directory}): the reference places and organisations of shared/data are there, and the
 * tables refuse what the domain refuses.
 */
class DirectoryMigrationsIT {

  private static String url;

  @BeforeAll
  static void migrate() {
    url = TestDatabase.get().migratedDatabase("directory", "directory");
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url, TestDatabase.get().user(), TestDatabase.get().password());
  }

  private static List<String> column(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void the_programs_places_are_loaded_with_their_hierarchy() throws SQLException {
    assertThat(column("SELECT code FROM directory.place")).hasSize(18);
    assertThat(
            column(
                "SELECT code FROM directory.place WHERE parent_code = '652900' AND level = 'COUNTY'"))
        .containsExactlyInAnyOrder(
            "652901", "652902", "652922", "652924", "652925", "652926", "652927", "652928",
            "652929");
    assertThat(column("SELECT parent_code FROM directory.place WHERE code = '659002'"))
        .containsExactly("650000");
    assertThat(
            column(
                "SELECT name_zh || '/' || name_en FROM directory.place WHERE code = '652922-V01'"))
        .containsExactly("佳木岗村/Jiamugang Village");
  }

  @Test
  void the_reference_organisations_have_ids_derived_from_their_keys() throws Exception {
    assertThat(column("SELECT org_key FROM directory.organisation"))
        .hasSize(19)
        .contains("AKS-H1", "ZJU-CH");
    byte[] md5 =
        MessageDigest.getInstance("MD5")
            .digest("alliancecare:organisation:AKS-H1".getBytes(StandardCharsets.UTF_8));
    String hex = HexFormat.of().formatHex(md5);
    String id =
        String.join(
            "-",
            hex.substring(0, 8),
            hex.substring(8, 12),
            hex.substring(12, 16),
            hex.substring(16, 20),
            hex.substring(20));
    assertThat(column("SELECT id FROM directory.organisation WHERE org_key = 'AKS-H1'"))
        .containsExactly(id);
    assertThat(
            column(
                "SELECT count(*) FROM directory.organisation WHERE kind = 'AID_HOME_HOSPITAL' AND place_code IS NULL"))
        .containsExactly("5");
  }

  @Test
  void an_aid_practitioner_without_tour_dates_is_refused_by_the_table() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO directory.practitioner (id, name, search_name, specialty, origin,"
                        + " organisation_id, registered_at) SELECT"
                        + " '00000000-0000-4000-8000-000000000001', 'x', 'x', 'PEDIATRICS', 'AID', id,"
                        + " now() FROM directory.organisation WHERE org_key = 'WS-H'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("check constraint");
  }

  @Test
  void a_password_is_never_stored_in_the_clear() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO directory.account (id, username, display_name, password_hash,"
                        + " enabled, created_at, password_changed_at) VALUES"
                        + " ('00000000-0000-4000-8000-000000000002', 'someone', 'x',"
                        + " 'Jiamu-clinic-2024', true, now(), now())"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("check constraint");
  }
}
