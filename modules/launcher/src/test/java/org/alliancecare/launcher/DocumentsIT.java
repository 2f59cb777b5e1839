package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printed documents over HTTP (issue 16): a doctor records a REFER screening of a child with an
 * identity number and requests the referral; the slip and the letter come back as PDFs whose text
 * holds the referral number and no identity number in full, whose QR code scans to the referral's
 * link, which the receiving side finds by its number; each print is one PRINT row of the access
 * log.
 */
class DocumentsIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern FULL_IDENTITY_NUMBER = Pattern.compile("\\d{17}[\\dX]");

  private static String doctorToken;
  private static Api doctor;
  private static Api auditor;

  @BeforeAll
  static void signIn() {
    Api api = RunningApplication.shared().api();
    ApiResponse session =
        api.post(
            "/api/session",
            "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(
                    DemoAccounts.DOCTOR_WENSU, DemoAccounts.password(DemoAccounts.DOCTOR_WENSU)));
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    doctorToken = session.json().getString("token");
    doctor = api.as(doctorToken);
    auditor = DemoAccounts.signIn(api, DemoAccounts.AUDITOR_WENSU);
  }

  @Test
  void a_refer_screening_prints_a_slip_and_a_letter_whose_qr_code_opens_the_referral()
      throws Exception {
    String nationalId = identityNumber();
    String patient = childWithConsent(nationalId);
    String screening = referScreening(patient);
    ApiResponse requested =
        doctor.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "URGENT",
             "reason": "OAE REFER right ear"}
            """
                .formatted(patient, screening, hospital()));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String referral = requested.json().getString("id");
    String number = requested.json().getString("referralNumber");

    HttpResponse<byte[]> letter = download("/api/referrals/" + referral + "/letter", null);
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(letter.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("referral-" + number + ".pdf");
    String link;
    try (PDDocument pdf = Loader.loadPDF(letter.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(number);
      assertNoFullIdentityNumber(text, nationalId);
      link = qrCode(pdf);
    }
    assertThat(link).endsWith("/r/" + number);
    assertThat(URI.create(link).getPath()).isEqualTo("/r/" + number);

    HttpResponse<byte[]> slip = download("/api/screenings/" + screening + "/slip", null);
    assertThat(slip.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(slip.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("需转诊").contains(requested.json().getString("dueOn"));
      assertNoFullIdentityNumber(text, nationalId);
    }

    // the receiving side finds the referral by the number it scanned
    ApiResponse found = doctor.get("/api/referrals?number=" + number.toLowerCase());
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().getJsonArray("items")).hasSize(1);
    assertThat(found.json().getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(referral);

    // the link opens the referral's page through the web UI (signing in first)
    HttpResponse<String> opened =
        CLIENT.send(
            HttpRequest.newBuilder(RunningApplication.shared().uri("/r/" + number)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(opened.headers().firstValue("Location").orElseThrow())
        .contains("/app/doctor/referrals.xhtml?number=" + number);

    List<JsonObject> prints = prints(patient);
    assertThat(prints)
        .extracting(row -> row.getString("resourceType"))
        .containsExactlyInAnyOrder("ReferralLetter", "ScreeningSlip");
    assertThat(prints)
        .filteredOn(row -> row.getString("resourceType").equals("ReferralLetter"))
        .extracting(row -> row.getString("resourceId"))
        .containsExactly(referral);
  }

  @Test
  void the_html_page_and_the_paper_are_chosen_and_a_bad_choice_is_named() throws Exception {
    String patient = childWithConsent(identityNumber());
    String screening = referScreening(patient);

    HttpResponse<byte[]> html =
        download("/api/screenings/" + screening + "/slip?paper=A4", "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    String page = new String(html.body(), StandardCharsets.UTF_8);
    assertThat(page).contains("size: A4").contains("dir=\"rtl\"").contains("ئاڭلاش");

    HttpResponse<byte[]> bad =
        download("/api/screenings/" + screening + "/slip?paper=B5&format=doc", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    String problem = new String(bad.body(), StandardCharsets.UTF_8);
    assertThat(problem).contains("\"paper\"").contains("\"format\"");

    HttpResponse<byte[]> missing = download("/api/screenings/" + UUID.randomUUID() + "/slip", null);
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  private static void assertNoFullIdentityNumber(String text, String nationalId) {
    assertThat(text).doesNotContain(nationalId);
    assertThat(FULL_IDENTITY_NUMBER.matcher(text.replaceAll("\\s", "")).find()).isFalse();
  }

  private static String qrCode(PDDocument pdf) throws Exception {
    var page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
    return new MultiFormatReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
        .getText();
  }

  private static List<JsonObject> prints(String patient) {
    ApiResponse rows = auditor.get("/api/audit/access?patientId=" + patient + "&limit=500");
    assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
    return rows.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> row.getString("action").equals("PRINT"))
        .toList();
  }

  private static HttpResponse<byte[]> download(String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(RunningApplication.shared().uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + doctorToken)
            .GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String referScreening(String patient) {
    ApiResponse screened =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "HEARING", "method": "OAE",
                 "performedAt": "2026-05-04T03:00:00Z",
                 "measurements": {"rightEar": "REFER", "leftEar": "PASS"}}
                """
                    .formatted(patient));
    assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
    assertThat(screened.json().getString("result")).isEqualTo("REFER");
    return screened.json().getString("id");
  }

  /** 温宿县人民医院 (WS-H), where doctor.wensu works. */
  private static String hospital() {
    ApiResponse listed = doctor.get("/api/organisations?limit=500");
    return listed.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> "WS-H".equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** A valid GB 11643 identity number of a child born in Wensu (652922) on a random day. */
  private static String identityNumber() {
    LocalDate birth = LocalDate.of(2020, 1, 1).plusDays((long) (Math.random() * 1500));
    String body =
        "652922"
            + birth.toString().replace("-", "")
            + String.format("%02d", (int) (Math.random() * 99))
            + (2 * (int) (Math.random() * 5)); // an even 17th digit: a girl
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static String childWithConsent(String nationalId) {
    String birth =
        nationalId.substring(6, 10)
            + "-"
            + nationalId.substring(10, 12)
            + "-"
            + nationalId.substring(12, 14);
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"name": "打印%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "652922",
             "nationalId": "%s", "guardians": [{"name": "母亲", "relationship": "mother"}]}
            """
                .formatted(UUID.randomUUID().toString().substring(0, 8), birth, nationalId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    ApiResponse consent =
        doctor.post(
            "/api/patients/" + id + "/consents",
            "{\"guardianName\": \"母亲\", \"relationship\": \"mother\", \"scopes\": [\"SCREENING\","
                + " \"TREATMENT\", \"DATA_SHARING\"], \"givenOn\": \"2026-01-02\"}");
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    return id;
  }
}
