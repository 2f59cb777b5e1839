package org.alliancecare.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * Realistic screening requests (API.md, Screenings: every kind and method, PASS and REFER), and
 * patients with a guardian's consent to post them for. Recording each request once through the
 * application gives the {@link ScreeningTemplate}s that generated screenings copy.
 */
final class ScreeningTemplates {

  /** The measurements posted, by kind and method. */
  static final List<Map.Entry<String, String>> REQUESTS =
      List.of(
          Map.entry(
              "VISION/OPTOTYPE",
              "{\"rightEye\":{\"uncorrected\":{\"value\":\"5.0\",\"notation\":\"FIVE_POINT\"}},"
                  + "\"leftEye\":{\"uncorrected\":{\"value\":\"1.0\",\"notation\":\"DECIMAL\"}}}"),
          Map.entry(
              "VISION/OPTOTYPE",
              "{\"rightEye\":{\"uncorrected\":{\"value\":\"4.6\",\"notation\":\"FIVE_POINT\"},"
                  + "\"corrected\":{\"value\":\"4.9\",\"notation\":\"FIVE_POINT\"}},"
                  + "\"leftEye\":{\"uncorrected\":{\"value\":\"6/12\",\"notation\":\"SNELLEN_METRIC\"}}}"),
          Map.entry(
              "VISION/OPTOTYPE",
              "{\"rightEye\":{\"uncorrected\":{\"value\":\"4.6\",\"notation\":\"FIVE_POINT\"}},"
                  + "\"leftEye\":{\"uncorrected\":{\"value\":\"0.8\",\"notation\":\"DECIMAL\"}}}"),
          Map.entry("VISION/INSTRUMENT", "{\"outcome\":\"PASS\"}"),
          Map.entry("HEARING/OAE", "{\"rightEar\":\"PASS\",\"leftEar\":\"PASS\"}"),
          Map.entry("HEARING/AABR", "{\"rightEar\":\"REFER\",\"leftEar\":\"PASS\"}"),
          Map.entry(
              "HEARING/PURE_TONE",
              "{\"rightEar\":{\"500\":10,\"1000\":10,\"2000\":15,\"4000\":15},"
                  + "\"leftEar\":{\"500\":5,\"1000\":10,\"2000\":10,\"4000\":15}}"),
          Map.entry(
              "HEARING/PURE_TONE",
              "{\"rightEar\":{\"500\":40,\"1000\":45,\"2000\":50,\"4000\":55},"
                  + "\"leftEar\":{\"500\":15,\"1000\":15,\"2000\":20,\"4000\":25}}"),
          Map.entry("SPEECH/CLINICIAN", "{\"outcome\":\"PASS\"}"),
          Map.entry("SPEECH/CLINICIAN", "{\"outcome\":\"REFER\"}"));

  private ScreeningTemplates() {}

  /** The body of {@code POST /api/screenings} for one of {@link #REQUESTS}. */
  static JsonObject request(int which, String patientId, Instant performedAt) {
    Map.Entry<String, String> entry = REQUESTS.get(which % REQUESTS.size());
    String[] kindAndMethod = entry.getKey().split("/");
    return Json.createObjectBuilder()
        .add("patientId", patientId)
        .add("kind", kindAndMethod[0])
        .add("method", kindAndMethod[1])
        .add("performedAt", performedAt.toString())
        .add("measurements", measurements(entry.getValue()))
        .build();
  }

  /**
   * Registers {@code count} children of Wensu County (the demo doctor's jurisdiction) with a
   * guardian's consent to screening, treatment and data sharing; answers their ids.
   */
  static List<String> consentingChildren(Http doctor, int count, String prefix) throws IOException {
    List<String> ids = new ArrayList<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (int i = 0; i < count; i++) {
      JsonObject patient =
          Json.createObjectBuilder()
              .add("name", "阿依古丽·" + prefix + i)
              .add("sex", i % 2 == 0 ? "FEMALE" : "MALE")
              .add("birthDate", today.minusYears(4 + i % 10).minusDays(i).toString())
              .add("placeCode", "652922")
              .add("acknowledgeDuplicates", true)
              .add(
                  "guardians",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("name", "买买提·艾力")
                              .add("relationship", "FATHER")))
              .build();
      String id =
          doctor
              .post("/api/patients", patient, Map.of())
              .expect(201, "registration of a child")
              .json()
              .getString("id");
      doctor
          .post(
              "/api/patients/" + id + "/consents",
              Json.createObjectBuilder()
                  .add("guardianName", "买买提·艾力")
                  .add("relationship", "FATHER")
                  .add(
                      "scopes",
                      Json.createArrayBuilder()
                          .add("SCREENING")
                          .add("TREATMENT")
                          .add("DATA_SHARING"))
                  .add("givenOn", today.minusDays(1).toString())
                  .build(),
              Map.of())
          .expect(201, "consent of a guardian");
      ids.add(id);
    }
    return ids;
  }

  /**
   * Records every request once through the application and reads back what it stored and journaled
   * for each.
   */
  static List<ScreeningTemplate> record(Http doctor, Connection database)
      throws IOException, SQLException {
    String child = consentingChildren(doctor, 1, "template").get(0);
    List<ScreeningTemplate> templates = new ArrayList<>();
    Instant performed = Instant.now().minusSeconds(3600);
    for (int i = 0; i < REQUESTS.size(); i++) {
      JsonObject request = request(i, child, performed.plusSeconds(i));
      String id =
          doctor
              .post(
                  "/api/screenings",
                  request,
                  Map.of("Idempotency-Key", "bench-template-" + UUID.randomUUID()))
              .expect(201, "screening template " + REQUESTS.get(i).getKey())
              .json()
              .getString("id");
      try (PreparedStatement select =
          database.prepareStatement(
              "SELECT v.measurements::text, v.classification::text, v.result, v.rule_set_id,"
                  + " j.payload FROM screening.screening_version v JOIN audit.journal_entry j"
                  + " ON j.stream_type = 'Screening' AND j.stream_id = v.screening_id::text"
                  + " WHERE v.screening_id = ?::uuid AND v.version = 1")) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("screening " + id + " was not stored");
          }
          JsonObject payload = Json.createReader(new StringReader(row.getString(5))).readObject();
          List<String> reasons =
              payload.getJsonArray("reasonCodes").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList();
          templates.add(
              new ScreeningTemplate(
                  ScreeningKind.valueOf(request.getString("kind")),
                  ScreeningMethod.valueOf(request.getString("method")),
                  request.getJsonObject("measurements"),
                  row.getString(1),
                  row.getString(2),
                  Outcome.valueOf(row.getString(3)),
                  reasons,
                  row.getString(4)));
        }
      }
    }
    return templates;
  }

  private static JsonValue measurements(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
