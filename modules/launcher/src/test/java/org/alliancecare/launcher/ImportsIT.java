package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk import over HTTP (issue 17, docs/import.md): a coordinator's dry run names every bad row and
 * stores nothing; the import runs in the background to DONE with its counts; the same file again
 * creates nothing; possible duplicates are reported, not created; a doctor's row outside the
 * jurisdiction is refused as a row; past screenings name their child by externalId; templates and
 * the errors' CSV download.
 */
class ImportsIT {

  private static final String HEADER =
      "name,sex,birthDate,placeCode,guardianName,guardianRelationship,guardianPhone,"
          + "consentGivenOn,externalId,acknowledgeDuplicate\n";
  private static final String WENSU = "652922";
  private static final String KUQA = "652902";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Api coordinator;
  private static Api doctor;
  private static String coordinatorToken;

  @BeforeAll
  static void signIn() {
    Api api = RunningApplication.shared().api();
    ApiResponse session =
        api.post(
            "/api/session",
            "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(
                    DemoAccounts.COORDINATOR, DemoAccounts.password(DemoAccounts.COORDINATOR)));
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    coordinatorToken = session.json().getString("token");
    coordinator = api.as(coordinatorToken);
    doctor = DemoAccounts.signIn(api, DemoAccounts.DOCTOR_WENSU);
  }

  @Test
  void a_dry_run_names_each_bad_row_and_column_in_the_callers_language_and_stores_nothing() {
    String family = "试运行" + suffix();
    String csv =
        HEADER
            + row(family + "甲", "FEMALE", "2019-06-10", WENSU, "S-" + family + "-1", "")
            + row(family + "乙", "boy", "2019-13-40", WENSU, "S-" + family + "-2", "")
            + row(family + "丙", "MALE", "2018-01-05", "999999", "S-" + family + "-3", "");

    ApiResponse report =
        coordinator
            .withHeader("Accept-Language", "zh-CN")
            .send("POST", "/api/imports/patients?dryRun=true", csv, "text/csv");

    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject body = report.json();
    assertThat(body.getJsonNumber("rows").longValue()).isEqualTo(3);
    assertThat(body.getJsonNumber("accepted").longValue()).isEqualTo(1);
    assertThat(body.getJsonNumber("rejected").longValue()).isEqualTo(2);
    List<JsonObject> errors = body.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors)
        .extracting(e -> e.getJsonNumber("row").longValue() + ":" + e.getString("column"))
        .contains("3:sex", "3:birthDate", "4:placeCode");
    assertThat(errors).allSatisfy(e -> assertThat(e.getString("message")).doesNotContain("must"));
    assertThat(coordinator.get("/api/patients?q=" + encode(family)).json().getJsonArray("items"))
        .isEmpty();
  }

  @Test
  void an_import_runs_to_done_and_the_same_file_again_creates_nothing() {
    String family = "导入" + suffix();
    String csv =
        HEADER
            + row(family + "甲", "FEMALE", "2019-06-10", WENSU, "S-" + family + "-1", "")
            + row(family + "乙", "MALE", "2018-02-11", WENSU, "S-" + family + "-2", "")
            + row(family + "丙", "MALE", "2017-03-12", "999999", "S-" + family + "-3", "");

    JsonObject first = importAndWait(coordinator, "patients", csv);
    assertThat(first.getString("status")).isEqualTo("DONE");
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(first.getJsonNumber("processed").longValue()).isEqualTo(3);
    assertThat(first.getJsonNumber("created").longValue()).isEqualTo(2);
    assertThat(first.getJsonNumber("rejected").longValue()).isEqualTo(1);
    assertThat(first.getJsonArray("errors").getJsonObject(0).getString("column"))
        .isEqualTo("placeCode");
    assertThat(coordinator.get("/api/patients?q=" + encode(family)).json().getJsonArray("items"))
        .hasSize(2);

    JsonObject again = importAndWait(coordinator, "patients", csv);
    assertThat(again.getString("status")).isEqualTo("DONE");
    assertThat(again.getJsonNumber("created").longValue()).isZero();
    assertThat(again.getJsonNumber("duplicates").longValue()).isEqualTo(2);
    assertThat(coordinator.get("/api/patients?q=" + encode(family)).json().getJsonArray("items"))
        .hasSize(2);

    // the list re-saved in another order (another file): the externalIds still recognise it
    String reordered =
        HEADER
            + row(family + "乙", "MALE", "2018-02-11", WENSU, "S-" + family + "-2", "")
            + row(family + "甲", "FEMALE", "2019-06-10", WENSU, "S-" + family + "-1", "");
    JsonObject resaved = importAndWait(coordinator, "patients", reordered);
    assertThat(resaved.getJsonNumber("created").longValue()).isZero();
    assertThat(resaved.getJsonNumber("duplicates").longValue()).isEqualTo(2);

    // the coordinator's list holds the imports, newest first
    ApiResponse list = coordinator.get("/api/imports?limit=2");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(resaved.getString("id"));
  }

  @Test
  void a_possible_duplicate_is_reported_not_created_unless_acknowledged() {
    String name = "重复" + suffix();
    importAndWait(
        coordinator, "patients", HEADER + row(name, "FEMALE", "2019-06-10", WENSU, null, ""));

    JsonObject second =
        importAndWait(
            coordinator, "patients", HEADER + row(name, "FEMALE", "2019-06-10", WENSU, null, ""));
    assertThat(second.getJsonNumber("duplicates").longValue()).isEqualTo(1);
    assertThat(second.getJsonNumber("created").longValue()).isZero();
    assertThat(second.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("acknowledgeDuplicate");

    JsonObject acknowledged =
        importAndWait(
            coordinator,
            "patients",
            HEADER + row(name, "FEMALE", "2019-06-10", WENSU, null, "true"));
    assertThat(acknowledged.getJsonNumber("created").longValue()).isEqualTo(1);
    assertThat(coordinator.get("/api/patients?q=" + encode(name)).json().getJsonArray("items"))
        .hasSize(2);
  }

  @Test
  void a_doctors_row_outside_the_jurisdiction_is_refused_as_a_row() {
    String family = "辖区" + suffix();
    String csv =
        HEADER
            + row(family + "甲", "FEMALE", "2019-06-10", WENSU, null, "")
            + row(family + "乙", "MALE", "2018-02-11", KUQA, null, "");
    JsonObject job = importAndWait(doctor, "patients", csv);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getJsonNumber("created").longValue()).isEqualTo(1);
    assertThat(job.getJsonNumber("rejected").longValue()).isEqualTo(1);
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getJsonNumber("row").longValue()).isEqualTo(3);
    assertThat(error.getString("column")).isEqualTo("placeCode");

    // another doctor's import is not the doctor's to see; the coordinator sees it
    Api kuqa = DemoAccounts.signIn(RunningApplication.shared().api(), DemoAccounts.DOCTOR_KUQA);
    assertThat(kuqa.get("/api/imports/" + job.getString("id")).status()).isEqualTo(404);
    assertThat(coordinator.get("/api/imports/" + job.getString("id")).status()).isEqualTo(200);
    // and the auditor may not import at all
    Api auditor =
        DemoAccounts.signIn(RunningApplication.shared().api(), DemoAccounts.AUDITOR_WENSU);
    assertThat(auditor.send("POST", "/api/imports/patients", csv, "text/csv").status())
        .isEqualTo(403);
  }

  @Test
  void past_screenings_name_their_child_by_external_id() {
    String family = "筛查" + suffix();
    String external = "S-" + family;
    LocalDate consented = today().minusDays(30);
    importAndWait(
        coordinator,
        "patients",
        HEADER
            + "%s,FEMALE,2016-06-10,%s,买买提,father,13899912345,%s,%s,\n"
                .formatted(family, WENSU, consented, external));
    String screenings =
        "externalId,kind,method,performedAt,acuityNotation,rightEyeUncorrected,leftEyeUncorrected\n"
            + "%s,VISION,OPTOTYPE,%s 10:30,FIVE_POINT,4.9,4.7\n"
                .formatted(external, today().minusDays(2))
            + "%s,VISION,OPTOTYPE,%s 10:30,FIVE_POINT,9.9,4.7\n"
                .formatted(external, today().minusDays(1))
            + "S-nobody-%s,VISION,OPTOTYPE,%s 10:30,FIVE_POINT,4.9,4.7\n"
                .formatted(suffix(), today());

    JsonObject job = importAndWait(coordinator, "screenings", screenings);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getJsonNumber("created").longValue()).as(job.toString()).isEqualTo(1);
    assertThat(job.getJsonNumber("rejected").longValue()).isEqualTo(2);
    assertThat(job.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonNumber("row").longValue() + ":" + e.getString("column"))
        .contains("3:rightEyeUncorrected", "4:externalId");

    String patientId =
        coordinator
            .get("/api/patients?q=" + encode(family))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    ApiResponse recorded = coordinator.get("/api/patients/" + patientId + "/screenings");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.json().getJsonArray("items")).hasSize(1);
  }

  @Test
  void templates_download_headed_in_the_callers_language() throws Exception {
    HttpResponse<byte[]> csv = download("/api/imports/templates/patients.csv", "zh-CN");
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF姓名,维吾尔文姓名,性别");
    HttpResponse<byte[]> xlsx = download("/api/imports/templates/screenings.xlsx", "ug");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    assertThat(download("/api/imports/templates/referrals.csv", "en").statusCode()).isEqualTo(404);
  }

  @Test
  void the_errors_download_as_csv() throws Exception {
    String family = "错误" + suffix();
    JsonObject job =
        importAndWait(
            coordinator,
            "patients",
            HEADER + row(family, "unknown", "2019-06-10", WENSU, null, ""));
    HttpResponse<byte[]> errors =
        download("/api/imports/" + job.getString("id") + "/errors.csv", "en");
    assertThat(errors.statusCode()).isEqualTo(200);
    String text = new String(errors.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFrow,column,message");
    assertThat(text).contains("\n2,sex,is not one of MALE, FEMALE");
  }

  @Test
  void a_file_that_is_neither_csv_nor_xlsx_is_refused_and_a_bad_header_named() {
    ApiResponse bad =
        coordinator.send("POST", "/api/imports/patients", "name,shoeSize\nA,40\n", "text/csv");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.body()).contains("shoeSize");
    ApiResponse json = coordinator.send("POST", "/api/imports/patients", "{}", "application/json");
    assertThat(json.status()).isEqualTo(415);
  }

  private static JsonObject importAndWait(Api as, String kind, String csv) {
    ApiResponse accepted =
        as.send("POST", "/api/imports/" + kind + "?fileName=list.csv", csv, "text/csv");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String location = accepted.header("Location").orElseThrow();
    assertThat(location).endsWith("/api/imports/" + accepted.json().getString("id"));
    String path = java.net.URI.create(location).getPath();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      JsonObject job = as.get(path).json();
      String status = job.getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        return job;
      }
      assertThat(System.nanoTime()).as("import still " + status).isLessThan(deadline);
      sleep();
    }
  }

  private static String row(
      String name, String sex, String birthDate, String place, String externalId, String ack) {
    return "%s,%s,%s,%s,,,,,%s,%s\n"
        .formatted(name, sex, birthDate, place, externalId == null ? "" : externalId, ack);
  }

  private static HttpResponse<byte[]> download(String path, String language) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(RunningApplication.shared().uri(path))
            .header("Authorization", "Bearer " + coordinatorToken)
            .header("Accept-Language", language)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
