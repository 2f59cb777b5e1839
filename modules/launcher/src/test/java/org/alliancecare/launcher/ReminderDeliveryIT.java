package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders through the packaged application and real servers (issue 20, docs/reminders.md): an
 * SMTP server (GreenMail) and a local HTTP server that plays Yunpian's SMS API. A referral made
 * forty days ago (the application started with its clock moved back) is overdue on today's clock;
 * the scan writes its reminders — an SMS to the family in Uyghur, the referring doctor's inbox and
 * e-mail — while the worker is held back, and the application is killed (SIGKILL) before anything
 * is sent. Started again with the worker on, each reminder is delivered exactly once, and the
 * coordinator sees every delivery SENT. Its own application: the shared one cannot move its clock.
 */
class ReminderDeliveryIT {

  private static final Duration BACK = Duration.ofDays(40);
  private static final Duration WITHIN = Duration.ofSeconds(120);
  private static final String DOCTOR_MAIL = "doctor.wensu@wensu-hospital.example.cn";
  private static final String CHILD_UG = "گۈلمىرە";

  private GreenMail smtp;
  private HttpServer gateway;
  private final List<Map<String, String>> texts = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startServers() throws IOException {
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/v2/sms/single_send.json",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, String> fields = new HashMap<>();
          for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(
                URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
          }
          texts.add(fields);
          byte[] answer =
              ("{\"code\":0,\"msg\":\"发送成功\",\"count\":1,\"fee\":0.05,\"unit\":\"RMB\","
                      + "\"mobile\":\""
                      + fields.get("mobile")
                      + "\",\"sid\":"
                      + (1000 + texts.size())
                      + "}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    gateway.start();
  }

  @AfterEach
  void stopServers() {
    smtp.stop();
    gateway.stop(0);
  }

  @Test
  void an_overdue_referral_reminds_the_family_and_the_doctor_exactly_once_across_a_crash()
      throws Exception {
    Path data = Files.createTempDirectory("alliancecare-reminders-");
    String referral;
    String number;
    try (RunningApplication past =
        RunningApplication.start(data, settings(BACK.negated(), "PT1H"))) {
      Api doctor = DemoAccounts.signIn(past.api(), DemoAccounts.DOCTOR_WENSU);
      Api admin = DemoAccounts.signIn(past.api(), "admin", RunningApplication.ADMIN_PASSWORD);
      String etag =
          admin.get("/api/accounts/" + DemoAccounts.DOCTOR_WENSU).header("ETag").orElseThrow();
      ApiResponse mailed =
          admin
              .withHeader("If-Match", etag)
              .patch(
                  "/api/accounts/" + DemoAccounts.DOCTOR_WENSU,
                  "{\"email\": \"" + DOCTOR_MAIL + "\"}");
      assertThat(mailed.status()).as(mailed.toString()).isEqualTo(200);
      String child = uyghurChild(doctor);
      String screening = referringScreening(doctor, child, Instant.now().minus(BACK));
      ApiResponse requested =
          doctor.post(
              "/api/referrals",
              """
              {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
               "toOrganisationId": "%s", "specialty": "OPHTHALMOLOGY", "urgency": "ROUTINE",
               "reason": "vision screening REFER"}
              """
                  .formatted(child, screening, hospital(doctor)));
      assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
      referral = requested.json().getString("id");
      number = requested.json().getString("referralNumber");
    }

    try (RunningApplication today =
        RunningApplication.start(data, settings(Duration.ZERO, "PT1H"))) {
      Api coordinator = DemoAccounts.signIn(today.api(), DemoAccounts.COORDINATOR);
      String about = referral;
      await(() -> deliveries(coordinator, about).size() >= 3, "the scan's reminders");
      List<JsonObject> written = deliveries(coordinator, referral);
      assertThat(written)
          .extracting(d -> d.getString("channel") + " " + d.getString("status"))
          .contains("SMS PENDING", "EMAIL PENDING", "INBOX SENT");
      today.kill(); // after writing, before sending
    }
    assertThat(texts).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    try (RunningApplication again =
        RunningApplication.start(data, settings(Duration.ZERO, "PT1S"))) {
      Api coordinator = DemoAccounts.signIn(again.api(), DemoAccounts.COORDINATOR);
      String about = referral;
      await(
          () ->
              deliveries(coordinator, about).stream()
                  .filter(d -> !d.getString("channel").equals("INBOX"))
                  .allMatch(d -> d.getString("status").equals("SENT")),
          "the SMS and the e-mail sent");
      Thread.sleep(5000); // more rounds of the worker and the scan: nothing is sent again

      assertThat(texts).hasSize(1);
      Map<String, String> text = texts.get(0);
      assertThat(text.get("apikey")).isEqualTo("test-apikey");
      assertThat(text.get("mobile")).isEqualTo("13800138000");
      assertThat(text.get("text"))
          .startsWith("【阿克苏医疗联盟】")
          .contains(CHILD_UG, number, "كۆز بۆلۈمى")
          .doesNotContain("REFER");
      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(DOCTOR_MAIL);
      assertThat(mails[0].getSubject()).contains(number);
      assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();

      List<JsonObject> deliveries = deliveries(coordinator, referral);
      assertThat(deliveries).hasSize(3);
      assertThat(deliveries).allSatisfy(d -> assertThat(d.getString("status")).isEqualTo("SENT"));
      JsonObject sms =
          deliveries.stream()
              .filter(d -> d.getString("channel").equals("SMS"))
              .findFirst()
              .orElseThrow();
      assertThat(sms.getString("recipientKind")).isEqualTo("GUARDIAN");
      assertThat(sms.getString("language")).isEqualTo("ug-CN");
      assertThat(sms.getString("address")).isEqualTo("138****8000");
      assertThat(sms.toString()).doesNotContain(CHILD_UG);

      Api doctor = DemoAccounts.signIn(again.api(), DemoAccounts.DOCTOR_WENSU);
      List<JsonObject> inbox =
          doctor
              .get("/api/me/inbox?limit=500")
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(i -> referral.equals(i.getString("causeId", "")))
              .toList();
      assertThat(inbox).hasSize(1);
      assertThat(inbox.get(0).getString("subject")).contains(number);
      assertThat(doctor.get("/api/notifications").status())
          .as("doctors do not list deliveries")
          .isEqualTo(403);
      ApiResponse bad = coordinator.get("/api/notifications?status=LOST");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.contentType()).startsWith("application/problem+json");
      assertThat(bad.body()).contains("status");
    }
  }

  /**
   * The application's settings: its clock moved by {@code offset}, the worker's interval, the scan
   * every second; the SMTP server and the SMS gateway of this test; quiet hours placed twelve hours
   * away from now in the families' time zone, so that the test does not depend on the hour it runs
   * at (quiet hours are tested with a movable clock in the notifications module).
   */
  private Map<String, String> settings(Duration offset, String workerInterval) {
    LocalTime now = LocalTime.now(ZoneId.of("Asia/Urumqi"));
    LocalTime quietFrom = now.plusHours(11);
    Map<String, String> settings = new HashMap<>();
    settings.put("ALLIANCECARE_ADMIN_PASSWORD", RunningApplication.ADMIN_PASSWORD);
    settings.put("ALLIANCECARE_CLOCK_OFFSET", offset.toString());
    settings.put("ALLIANCECARE_NOTIFICATIONS_WORKER_INTERVAL", workerInterval);
    settings.put("ALLIANCECARE_NOTIFICATIONS_SCAN_INTERVAL", "PT1S");
    settings.put(
        "ALLIANCECARE_NOTIFICATIONS_QUIET_HOURS",
        quietFrom.withSecond(0).withNano(0)
            + "-"
            + quietFrom.plusHours(2).withSecond(0).withNano(0));
    settings.put("ALLIANCECARE_MAIL_HOST", "127.0.0.1");
    settings.put("ALLIANCECARE_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
    settings.put("ALLIANCECARE_MAIL_FROM", "reminders@alliancecare.example.cn");
    settings.put("ALLIANCECARE_SMS_GATEWAY", "yunpian");
    settings.put(
        "ALLIANCECARE_SMS_YUNPIAN_URL",
        "http://127.0.0.1:" + gateway.getAddress().getPort() + "/v2/sms/single_send.json");
    settings.put("ALLIANCECARE_SMS_YUNPIAN_APIKEY", "test-apikey");
    settings.put("ALLIANCECARE_SMS_SIGNATURE", "【阿克苏医疗联盟】");
    return settings;
  }

  private static List<JsonObject> deliveries(Api coordinator, String referral) {
    ApiResponse listed = coordinator.get("/api/notifications?limit=500");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    return listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("causeId").equals(referral))
        .filter(d -> d.getString("rule").equals("referral-overdue"))
        .toList();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within " + WITHIN).isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  /** A child with a Uyghur name only, a guardian's phone and consent: the family reads Uyghur. */
  private static String uyghurChild(Api doctor) {
    LocalDate birth = LocalDate.now().minusYears(6).minusDays((long) (Math.random() * 300));
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"nameUg": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "652922",
             "ethnicity": "UYGHUR",
             "guardians": [{"nameUg": "ئانىسى", "relationship": "mother", "phone": "+86 138 0013 8000"}]}
            """
                .formatted(CHILD_UG, birth));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    ApiResponse consent =
        doctor.post(
            "/api/patients/" + id + "/consents",
            "{\"guardianName\": \"ئانىسى\", \"relationship\": \"mother\", \"scopes\": [\"SCREENING\","
                + " \"TREATMENT\", \"DATA_SHARING\"], \"givenOn\": \""
                + LocalDate.now().minusDays(45)
                + "\"}");
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    return id;
  }

  private static String referringScreening(Api doctor, String child, Instant at) {
    ApiResponse screened =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "HEARING", "method": "OAE",
                 "performedAt": "%s",
                 "measurements": {"rightEar": "REFER", "leftEar": "PASS"}}
                """
                    .formatted(child, at));
    assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
    return screened.json().getString("id");
  }

  /** 温宿县人民医院 (WS-H). */
  private static String hospital(Api doctor) {
    return doctor.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> "WS-H".equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
