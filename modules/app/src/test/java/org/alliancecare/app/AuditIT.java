package org.alliancecare.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.alliancecare.app.internal.rest.AuditProbe;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit module deployed in the packaged WAR on Payara Micro over PostgreSQL: domain events
 * journaled in the transaction that raised them, the access log written for {@code @AccessLogged}
 * responses and refused for unmarked ones, and the auditor's API.
 */
@ExtendWith({DeployedDatabase.class, ArquillianExtension.class})
@RunAsClient
class AuditIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "alliancecare.war")
        .importFrom(new File(System.getProperty("alliancecare.war")))
        .as(WebArchive.class)
        .addClasses(
            AuditProbe.class,
            AuditProbe.Change.class,
            AuditProbe.ProbeChangeMade.class,
            AuditProbe.ProbePatient.class,
            AuditProbe.TimelineItem.class,
            AuditProbe.Changes.class)
        .addClass(AuditProbe.class.getName() + "$ProbeRolledBack");
  }

  @ArquillianResource URL base;

  private Api api() throws Exception {
    return Api.at(base.toURI());
  }

  private static final String AUDITOR = "auditor.audit-it";
  private static final String AUDITOR_PASSWORD = "Tarim-poplar-4826-audit";
  private static String auditorToken;

  /**
   * A client signed in as an AUDITOR: the account is created once through the accounts API by the
   * deployment's administrator.
   */
  private Api auditor() throws Exception {
    synchronized (AuditIT.class) {
      if (auditorToken == null) {
        Api admin = api().as(signIn("admin", DeployedDatabase.ADMIN_PASSWORD));
        ApiResponse created =
            admin.post(
                "api/accounts",
                Json.createObjectBuilder()
                    .add("username", AUDITOR)
                    .add("displayName", "Auditor of AuditIT")
                    .add("password", AUDITOR_PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("AUDITOR"))
                    .add("jurisdiction", Json.createArrayBuilder())
                    .build()
                    .toString());
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        auditorToken = signIn(AUDITOR, AUDITOR_PASSWORD);
      }
    }
    return api().as(auditorToken);
  }

  private String signIn(String username, String password) throws Exception {
    ApiResponse session =
        api()
            .post(
                "api/session",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("password", password)
                    .build()
                    .toString());
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return session.json().getString("token");
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private ApiResponse change(String type, String stream, String patient, int events, boolean fail)
      throws Exception {
    return api()
        .post(
            "api/audit-probe/changes",
            Json.createObjectBuilder()
                .add("streamType", type)
                .add("streamId", stream)
                .add("patientId", patient)
                .add("events", events)
                .add("failAfterEvents", fail)
                .build()
                .toString());
  }

  @Test
  void a_committed_change_leaves_exactly_one_journal_row_per_event() throws Exception {
    String stream = id();
    String patient = id();
    assertThat(change("ProbeCase", stream, patient, 1, false).status()).isEqualTo(204);
    List<Row> rows = journalRows(stream);
    assertThat(rows).hasSize(1);
    Row row = rows.get(0);
    assertThat(row.version()).isEqualTo(1);
    assertThat(row.eventType()).isEqualTo("ProbeChangeMade");
    assertThat(row.patientId()).isEqualTo(patient);
    assertThat(row.actor()).isEqualTo("probe.user");
    assertThat(row.prevHash()).isEqualTo("0".repeat(64));

    ApiResponse journal =
        auditor().get("api/audit/journal?streamType=ProbeCase&streamId=" + stream);
    assertThat(journal.status()).as(journal.toString()).isEqualTo(200);
    JsonObject item = journal.json().getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("hash")).isEqualTo(row.hash());
    assertThat(item.getJsonNumber("seq").longValue()).isEqualTo(row.seq());
    assertThat(item.getInt("streamVersion")).isEqualTo(1);
    assertThat(item.getString("patientId")).isEqualTo(patient);
    assertThat(item.getJsonObject("payload").getString("streamId")).isEqualTo(stream);
    assertThat(item.getJsonObject("payload").getInt("n")).isZero();
    assertThat(item.getString("occurredAt")).endsWith("Z");
  }

  @Test
  void a_change_rolled_back_after_its_events_were_raised_leaves_no_row() throws Exception {
    String stream = id();
    ApiResponse failed = change("ProbeCase", stream, id(), 2, true);
    assertThat(failed.status()).as(failed.toString()).isEqualTo(409);
    assertThat(failed.json().getString("type")).isEqualTo("probe-rolled-back");
    assertThat(journalRows(stream)).isEmpty();

    assertThat(change("ProbeCase", stream, id(), 2, false).status()).isEqualTo(204);
    assertThat(journalRows(stream)).extracting(Row::version).containsExactly(1L, 2L);
  }

  @Test
  void the_second_of_two_concurrent_changes_of_one_stream_is_a_409_concurrent_change()
      throws Exception {
    String stream = id();
    String slow =
        Json.createObjectBuilder()
            .add("streamType", "ProbeCase")
            .add("streamId", stream)
            .add("patientId", "p")
            .add("events", 1)
            .add("failAfterEvents", false)
            .add("holdMillis", 2500)
            .build()
            .toString();
    CompletableFuture<ApiResponse> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return api().post("api/audit-probe/changes", slow);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(800);
    ApiResponse second = change("ProbeCase", stream, "p", 1, false);
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().getString("type")).isEqualTo("concurrent-change");
    assertThat(first.get().status()).isEqualTo(204);
    assertThat(journalRows(stream)).hasSize(1);
  }

  @Test
  void reading_a_personal_record_writes_one_access_log_row_before_the_response() throws Exception {
    String patient = id();
    ApiResponse read = auditor().get("api/audit-probe/patients/" + patient);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("name")).isEqualTo("Aynur Tursun");

    ApiResponse access = auditor().get("api/audit/access?patientId=" + patient);
    assertThat(access.status()).as(access.toString()).isEqualTo(200);
    JsonArray items = access.json().getJsonArray("items");
    assertThat(items).hasSize(1);
    JsonObject row = items.getJsonObject(0);
    assertThat(row.getString("action")).isEqualTo("READ");
    assertThat(row.getString("resourceType")).isEqualTo("Patient");
    assertThat(row.getString("resourceId")).isEqualTo(patient);
    assertThat(row.getString("patientId")).isEqualTo(patient);
    assertThat(row.getString("actor")).isEqualTo(AUDITOR);
    // the connection's peer: the test connects from this machine to the address Payara announced
    assertThat(row.getString("clientAddress"))
        .isIn(
            java.net.InetAddress.getByName(base.getHost()).getHostAddress(),
            "127.0.0.1",
            "0:0:0:0:0:0:0:1");
    assertThat(row.getString("at")).endsWith("Z");
  }

  @Test
  void a_list_writes_one_row_per_patient_and_an_unmask_is_logged_as_such() throws Exception {
    String a = id();
    String b = id();
    assertThat(api().get("api/audit-probe/patients?ids=" + a + "," + b + "," + a).status())
        .isEqualTo(200);
    assertThat(accessRows(a)).containsExactly("READ Patient");
    assertThat(accessRows(b)).containsExactly("READ Patient");
    assertThat(api().get("api/audit-probe/patients/" + a + "/national-id").status()).isEqualTo(200);
    assertThat(accessRows(a)).containsExactly("READ Patient", "UNMASK NationalId");
  }

  @Test
  void a_timeline_is_served_from_the_journal_and_logged_for_the_patient_in_its_path()
      throws Exception {
    String patient = id();
    change("ProbeReferral", id(), patient, 2, false);
    change("ProbeCase", id(), patient, 1, false);
    ApiResponse timeline = api().get("api/audit-probe/patients/" + patient + "/timeline");
    assertThat(timeline.status()).isEqualTo(200);
    assertThat(timeline.jsonValue().asJsonArray())
        .extracting(v -> v.asJsonObject().getString("streamType"))
        .containsExactly("ProbeReferral", "ProbeReferral", "ProbeCase");
    assertThat(accessRows(patient)).containsExactly("READ PatientTimeline");
  }

  @Test
  void personal_data_from_a_method_without_access_logged_is_refused_and_not_sent()
      throws Exception {
    String patient = id();
    ApiResponse refused = api().get("api/audit-probe/unlogged/" + patient);
    assertThat(refused.status()).isEqualTo(500);
    assertThat(refused.json().getString("type")).isEqualTo("internal-error");
    assertThat(refused.body()).doesNotContain("Must Not Leak").doesNotContain(patient);
    assertThat(accessRows(patient)).isEmpty();
  }

  @Test
  void the_auditors_api_is_for_auditors_only() throws Exception {
    assertThat(api().get("api/audit/journal").status()).isEqualTo(401);
    assertThat(api().get("api/audit/access").status()).isEqualTo(401);
    assertThat(api().post("api/audit/verify", "{}").status()).isEqualTo(401);
    assertThat(api().get("api/audit/checkpoints/latest").status()).isEqualTo(401);
    Api admin = api().as(signIn("admin", DeployedDatabase.ADMIN_PASSWORD));
    assertThat(admin.get("api/audit/journal").status()).isEqualTo(403);
    assertThat(auditor().get("api/audit/journal").status()).isEqualTo(200);
  }

  @Test
  void bad_filters_are_a_400_naming_every_bad_parameter() throws Exception {
    ApiResponse journal = auditor().get("api/audit/journal?from=yesterday&limit=many&streamId=x");
    assertThat(journal.status()).isEqualTo(400);
    assertThat(fields(journal)).containsExactlyInAnyOrder("from", "limit", "streamId");
    ApiResponse access =
        auditor()
            .get("api/audit/access?from=2026-05-04T03:00:00Z&to=2026-05-01T00:00:00Z&limit=501");
    assertThat(access.status()).isEqualTo(400);
    assertThat(fields(access)).containsExactlyInAnyOrder("to", "limit");
    assertThat(fields(auditor().get("api/audit/journal?cursor=zzz"))).containsExactly("cursor");
  }

  @Test
  void the_journal_pages_by_cursor() throws Exception {
    String patient = id();
    change("ProbeCase", id(), patient, 3, false);
    ApiResponse first = auditor().get("api/audit/journal?limit=2&patientId=" + patient);
    assertThat(first.json().getJsonArray("items")).hasSize(2);
    String cursor = first.json().getString("nextCursor");
    ApiResponse second =
        auditor().get("api/audit/journal?limit=2&patientId=" + patient + "&cursor=" + cursor);
    assertThat(second.json().getJsonArray("items")).hasSize(1);
    assertThat(second.json().containsKey("nextCursor")).isFalse();
  }

  @Test
  void verify_with_a_saved_checkpoint_finds_the_end_of_a_stream_removed_behind_the_application()
      throws Exception {
    String type = "ProbeVerified" + id().substring(0, 8);
    String stream = id();
    change(type, stream, id(), 3, false);
    ApiResponse saved = auditor().get("api/audit/checkpoints/latest");
    assertThat(saved.status()).isEqualTo(200);
    JsonObject checkpoint = saved.json();
    assertThat(checkpoint.getString("rootHash")).matches("[0-9a-f]{64}");
    assertThat(checkpoint.getJsonNumber("entries").longValue()).isGreaterThanOrEqualTo(3);
    assertThat(checkpoint.getString("at")).endsWith("Z");

    String scope = "{\"streamType\": \"" + type + "\", \"checkpoint\": " + checkpoint + "}";
    ApiResponse intact = auditor().post("api/audit/verify", scope);
    assertThat(intact.status()).as(intact.toString()).isEqualTo(200);
    assertThat(intact.json().getBoolean("verified")).isTrue();
    assertThat(intact.json().getInt("entriesChecked")).isEqualTo(3);
    ApiResponse everything = auditor().post("api/audit/verify", "{}");
    assertThat(everything.json().getBoolean("verified")).as(everything.toString()).isTrue();

    Row last = journalRows(stream).get(2);
    removeBehindTheApplication(last.seq());
    try {
      JsonObject broken = auditor().post("api/audit/verify", scope).json();
      assertThat(broken.getBoolean("verified")).isFalse();
      JsonObject firstBroken = broken.getJsonObject("firstBroken");
      assertThat(firstBroken.getString("reason")).isEqualTo("truncated");
      assertThat(firstBroken.getString("streamId")).isEqualTo(stream);
      assertThat(
              auditor()
                  .post("api/audit/verify", "{\"streamType\": \"" + type + "\"}")
                  .json()
                  .getBoolean("verified"))
          .as("without the checkpoint the shortened chain is intact")
          .isTrue();
    } finally {
      restore(last.seq());
    }
    assertThat(auditor().post("api/audit/verify", scope).json().getBoolean("verified")).isTrue();

    String altered = scope.replace(checkpoint.getString("rootHash"), "0".repeat(64));
    ApiResponse refused = auditor().post("api/audit/verify", altered);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("checkpoint.rootHash");
  }

  // --- the deployed application's database, read and tampered with as its owner

  record Row(
      long seq,
      long version,
      String eventType,
      String patientId,
      String actor,
      String prevHash,
      String hash) {}

  private static Connection owner() throws SQLException {
    TestDatabase database = TestDatabase.get();
    return DriverManager.getConnection(
        DeployedDatabase.url(), database.user(), database.password());
  }

  private static List<Row> journalRows(String streamId) throws SQLException {
    try (Connection connection = owner();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, stream_version, event_type, patient_id, actor, prev_hash, hash"
                    + " FROM audit.journal_entry WHERE stream_id = ? ORDER BY stream_version")) {
      select.setString(1, streamId);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong(1),
                  result.getLong(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7)));
        }
      }
      return rows;
    }
  }

  private List<String> accessRows(String patientId) throws Exception {
    ApiResponse access = auditor().get("api/audit/access?patientId=" + patientId);
    assertThat(access.status()).as(access.toString()).isEqualTo(200);
    return access.json().getJsonArray("items").stream()
        .map(
            v ->
                v.asJsonObject().getString("action")
                    + " "
                    + v.asJsonObject().getString("resourceType"))
        .toList();
  }

  /** Removes an entry behind the application's back, keeping a copy to put back. */
  private static void removeBehindTheApplication(long seq) throws SQLException {
    asOwnerWithoutTriggers(
        "CREATE TABLE IF NOT EXISTS public.removed_journal_entry (LIKE audit.journal_entry)",
        "INSERT INTO public.removed_journal_entry SELECT * FROM audit.journal_entry WHERE seq = "
            + seq,
        "DELETE FROM audit.journal_entry WHERE seq = " + seq);
  }

  /** Puts a removed entry back exactly as it was, seq included. */
  private static void restore(long seq) throws SQLException {
    asOwnerWithoutTriggers(
        "INSERT INTO audit.journal_entry OVERRIDING SYSTEM VALUE"
            + " SELECT * FROM public.removed_journal_entry WHERE seq = "
            + seq);
  }

  private static void asOwnerWithoutTriggers(String... sql) throws SQLException {
    try (Connection connection = owner();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("ALTER TABLE audit.journal_entry DISABLE TRIGGER USER");
      for (String each : sql) {
        statement.execute(each);
      }
      statement.execute("ALTER TABLE audit.journal_entry ENABLE TRIGGER USER");
      connection.commit();
    }
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
