package org.alliancecare.alliances.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.internal.domain.AllianceId;
import org.alliancecare.alliances.internal.domain.Membership;
import org.alliancecare.alliances.internal.domain.Roster;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alliances schema on a real PostgreSQL: reference data, row locks and the constraints. */
class MembershipStoreIT {

  private static final LocalDate APPOINTED = LocalDate.of(2026, 3, 1);
  private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
  private static AlliancesSchema schema;

  @BeforeAll
  static void migrate() {
    schema = AlliancesSchema.fresh();
  }

  @Test
  void the_21_alliances_of_the_program_are_loaded_with_stable_ids() throws Exception {
    try (Connection connection = schema.connect()) {
      List<AllianceRow> all = AllianceStore.page(connection, PageRequest.first(500), APPOINTED);
      assertThat(all).hasSize(21);
      AllianceRow pediatrics = all.stream().filter(a -> a.code().equals("PED")).findFirst().get();
      assertThat(pediatrics.nameZh()).isEqualTo("儿科专科联盟");
      assertThat(pediatrics.foundedOn()).isEqualTo(LocalDate.of(2020, 7, 1));
      assertThat(pediatrics.id()).isEqualTo(derivedId("PED"));
      assertThat(pediatrics.leadPractitionerId()).isNull();
    }
  }

  @Test
  void concurrent_appointments_of_leads_leave_exactly_one_lead_on_every_day() throws Exception {
    AllianceId urology = allianceId("URO");
    int appointments = 12;
    ExecutorService pool = Executors.newFixedThreadPool(appointments);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < appointments; i++) {
      Practitioner candidate = local();
      Callable<String> appoint =
          () -> {
            start.await();
            try (Connection connection = schema.connect()) {
              connection.setAutoCommit(false);
              assertThat(AllianceStore.lock(connection, urology)).isTrue();
              Roster roster = MembershipStore.roster(connection, urology);
              roster.admit(candidate, MembershipRole.LEAD, APPOINTED, "coordinator", NOW);
              MembershipStore.save(connection, roster, "coordinator", NOW);
              connection.commit();
              return candidate.id();
            }
          };
      results.add(pool.submit(appoint));
    }
    start.countDown();
    List<String> appointed = new ArrayList<>();
    for (Future<String> result : results) {
      appointed.add(result.get());
    }
    pool.shutdown();

    try (Connection connection = schema.connect()) {
      Roster roster = MembershipStore.roster(connection, urology);
      assertThat(roster.on(APPOINTED).stream().filter(m -> m.role() == MembershipRole.LEAD))
          .hasSize(1);
      assertThat(roster.on(APPOINTED)).hasSize(appointments);
      String urologyLeads =
          "SELECT count(*) FROM alliances.membership WHERE role = 'LEAD' AND alliance_id = '"
              + urology
              + "'";
      assertThat(count(connection, urologyLeads))
          .as("every appointment is in the history")
          .isEqualTo(appointments);
      assertThat(count(connection, urologyLeads + " AND ends_on IS NULL")).isOne();
      assertThat(AllianceStore.find(connection, urology.toString(), APPOINTED).get())
          .extracting(AllianceRow::leadPractitionerId)
          .isIn(appointed.toArray());
    }
  }

  @Test
  void the_database_refuses_a_second_lead_on_the_same_day_whatever_the_code_does()
      throws SQLException {
    AllianceId stomatology = allianceId("STO");
    try (Connection connection = schema.connect()) {
      insertLead(connection, stomatology, LocalDate.of(2026, 1, 1), null);
      assertThatThrownBy(() -> insertLead(connection, stomatology, LocalDate.of(2026, 6, 1), null))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23P01");
      insertLead(connection, allianceId("ENT"), LocalDate.of(2026, 6, 1), null);
    }
  }

  @Test
  void a_lead_whose_role_ended_is_followed_without_overlap() throws SQLException {
    AllianceId cardiology = allianceId("CAR");
    try (Connection connection = schema.connect()) {
      insertLead(connection, cardiology, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
      insertLead(connection, cardiology, LocalDate.of(2026, 1, 1), null);
      Roster roster = MembershipStore.roster(connection, cardiology);
      assertThat(roster.leadOn(LocalDate.of(2025, 12, 31))).isPresent();
      assertThat(roster.leadOn(LocalDate.of(2026, 1, 1)).map(Membership::since))
          .contains(LocalDate.of(2026, 1, 1));
    }
  }

  private static void insertLead(
      Connection connection, AllianceId alliance, LocalDate since, LocalDate endsOn)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO alliances.membership (id, alliance_id, practitioner_id, role, since,"
                + " ends_on, end_reason, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, 'LEAD', ?, ?, ?, now(), 'test')")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, alliance.toString());
      insert.setString(3, UUID.randomUUID().toString());
      insert.setObject(4, since);
      insert.setObject(5, endsOn);
      insert.setString(6, endsOn == null ? null : "ended");
      insert.executeUpdate();
    }
  }

  private static AllianceId allianceId(String code) throws SQLException {
    try (Connection connection = schema.connect()) {
      return AllianceId.parse(md5Id(connection, code));
    }
  }

  private static String md5Id(Connection connection, String code) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM alliances.alliance WHERE code = ?")) {
      select.setString(1, code);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  /** What every installation gives a reference alliance: md5("alliancecare:alliance:" + code). */
  private static String derivedId(String code) throws Exception {
    String hex =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("MD5")
                    .digest(("alliancecare:alliance:" + code).getBytes(StandardCharsets.UTF_8)));
    return hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Practitioner local() {
    return new Practitioner(
        UUID.randomUUID().toString(),
        "艾力·买买提",
        "UROLOGY",
        Origin.LOCAL,
        UUID.randomUUID().toString(),
        null,
        null,
        null,
        0);
  }
}
