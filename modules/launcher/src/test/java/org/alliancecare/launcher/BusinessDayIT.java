package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date rules read China's day at the hours where China's day and UTC's differ (issue 13, item
 * 0): from 16:00 to 24:00 UTC it is already tomorrow in China, and a consent given "today" in China
 * was refused by Bean Validation's {@code @PastOrPresent}, which read the JVM's clock in UTC.
 *
 * <p>Each case starts the packaged application with its clock moved ({@code
 * ALLIANCECARE_CLOCK_OFFSET}) to a moment of that window, whatever the hour the suite runs at: just
 * after midnight in China (16:00 UTC) and late in UTC's day (23:45 UTC, 07:45 in China: a start
 * slowed by a busy machine must not carry it past midnight UTC), and walks the rules that take a
 * day: a child born today, a consent given today (and one given tomorrow, refused), a membership
 * since today, a referral from today's screening with its due date, and the day an alliance's
 * members are listed for.
 */
class BusinessDayIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String WENSU = "652922";

  static Stream<Arguments> hoursWhereChinaIsADayAhead() {
    LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
    return Stream.of(
        Arguments.of(
            "just after midnight in China", utcToday.atTime(16, 0, 20).toInstant(ZoneOffset.UTC)),
        Arguments.of("late in UTC's day", utcToday.atTime(23, 45).toInstant(ZoneOffset.UTC)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hoursWhereChinaIsADayAhead")
  void the_rules_of_the_day_use_china_s_day(String when, Instant startingAt) throws Exception {
    Duration offset = Duration.between(Instant.now(), startingAt);
    try (RunningApplication app =
        RunningApplication.start(
            Files.createTempDirectory("alliancecare-business-day-"),
            Map.of(
                "ALLIANCECARE_ADMIN_PASSWORD",
                RunningApplication.ADMIN_PASSWORD,
                "ALLIANCECARE_CLOCK_OFFSET",
                offset.toString()))) {
      Instant now = Instant.now().plus(offset);
      LocalDate today = LocalDate.ofInstant(now, CHINA);
      assertThat(LocalDate.ofInstant(now, ZoneOffset.UTC))
          .as("the application's UTC day is before China's: %s", now)
          .isBefore(today);
      assertThat(LocalTime.ofInstant(now, ZoneOffset.UTC)).isAfter(LocalTime.of(16, 0));

      Api doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
      Api coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
      Api admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);

      ApiResponse bornTomorrow = doctor.post("/api/patients", child(today.plusDays(1)));
      assertThat(bornTomorrow.status()).as(bornTomorrow.toString()).isEqualTo(400);
      assertThat(fields(bornTomorrow)).contains("birthDate");
      ApiResponse bornToday = doctor.post("/api/patients", child(today));
      assertThat(bornToday.status()).as(bornToday.toString()).isEqualTo(201);
      String patient = bornToday.json().getString("id");

      ApiResponse givenTomorrow = doctor.post(consents(patient), consent(today.plusDays(1)));
      assertThat(givenTomorrow.status()).as(givenTomorrow.toString()).isEqualTo(400);
      assertThat(fields(givenTomorrow)).containsExactly("givenOn");
      ApiResponse givenToday = doctor.post(consents(patient), consent(today));
      assertThat(givenToday.status()).as(givenToday.toString()).isEqualTo(201);
      assertThat(givenToday.json().getString("givenOn")).isEqualTo(today.toString());

      ApiResponse screened =
          doctor
              .withHeader("Idempotency-Key", UUID.randomUUID().toString())
              .post(
                  "/api/screenings",
                  """
                  {"patientId": "%s", "kind": "HEARING", "method": "OAE", "performedAt": "%s",
                   "measurements": {"rightEar": "REFER", "leftEar": "REFER"}}"""
                      .formatted(patient, now.minusSeconds(30)));
      assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
      ApiResponse referred =
          doctor.post(
              "/api/referrals",
              """
              {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
               "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "URGENT",
               "reason": "REFER in both ears on OAE", "dueOn": null}"""
                  .formatted(
                      patient, screened.json().getString("id"), organisation(doctor, "AKS-MCH")));
      assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
      JsonObject referral = referred.json();
      assertThat(LocalDate.parse(referral.getString("dueOn"))).isAfter(today);
      assertThat(referral.getBoolean("overdue")).isFalse();

      ApiResponse practitioner =
          admin.post(
              "/api/practitioners",
              """
              {"name": "阿不都·热合曼", "specialty": "PEDIATRICS", "origin": "LOCAL",
               "organisationId": "%s"}"""
                  .formatted(organisation(doctor, "WS-H")));
      assertThat(practitioner.status()).as(practitioner.toString()).isEqualTo(201);
      String pediatrics = allianceId(coordinator, "PED");
      ApiResponse sinceToday =
          coordinator.post(
              "/api/alliances/" + pediatrics + "/members",
              """
              {"practitionerId": "%s", "role": "MEMBER", "since": "%s"}"""
                  .formatted(practitioner.json().getString("id"), today));
      assertThat(sinceToday.status()).as(sinceToday.toString()).isEqualTo(201);
      ApiResponse members = coordinator.get("/api/alliances/" + pediatrics + "/members");
      assertThat(members.status()).as(members.toString()).isEqualTo(200);
      assertThat(members.json().getString("at")).isEqualTo(today.toString());
      assertThat(members.body()).contains(practitioner.json().getString("id"));
    }
  }

  private static String child(LocalDate birthDate) {
    return """
        {"name": "古丽米热·艾买提", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
         "acknowledgeDuplicates": true,
         "guardians": [{"name": "艾买提·托合提", "relationship": "father", "phone": "139%08d"}]}"""
        .formatted(birthDate, WENSU, (int) (Math.random() * 99_999_999));
  }

  private static String consents(String patient) {
    return "/api/patients/" + patient + "/consents";
  }

  private static String consent(LocalDate givenOn) {
    return """
        {"guardianName": "艾买提·托合提", "relationship": "father",
         "scopes": ["SCREENING", "TREATMENT"], "givenOn": "%s"}"""
        .formatted(givenOn);
  }

  private static String organisation(Api api, String key) {
    ApiResponse listed = api.get("/api/organisations?limit=500");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    return listed.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation " + key))
        .getString("id");
  }

  private static String allianceId(Api api, String code) {
    ApiResponse listed = api.get("/api/alliances?limit=500");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    return listed.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> code.equals(a.getString("code", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alliance " + code))
        .getString("id");
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }
}
