package org.alliancecare.reliability;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.IdentityNumbers;

/**
 * The records the harness works on, made through the API by the demo accounts: children of 温宿县
 * (Wensu, 652922) with their guardians' consent, screenings, referrals to Aksu's maternal and child
 * health hospital, cases in a program of the harness's own, and outreach clinics of the paediatrics
 * alliance in 佳木镇 (Jiamu Town) led by {@code lead.ped}.
 */
final class Records {

  static final String WENSU = "652922";
  static final String JIAMU_TOWN = "652922-T01";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final String[] GIVEN = {
    "阿依古丽", "买买提", "努尔艾力", "帕提古丽", "依力哈木", "阿不都", "热依拉", "古丽娜尔"
  };
  private static final String[] FAMILY = {"吐尔逊", "艾力", "买买提", "吾斯曼", "热合曼", "托合提"};

  /** The harness's lead account, one per run (the attach mode reuses a database). */
  static final String LEAD = "reliability.lead." + UUID.randomUUID().toString().substring(0, 6);

  private final Accounts accounts;
  private String mchId;
  private String pediatricsId;
  private String leadPractitionerId;
  private String programCode;

  Records(Accounts accounts) {
    this.accounts = accounts;
  }

  Http doctor() {
    return accounts.as(DemoAccounts.DOCTOR_WENSU);
  }

  Http coordinator() {
    return accounts.as(DemoAccounts.COORDINATOR);
  }

  Http auditor() {
    return accounts.as(DemoAccounts.AUDITOR_WENSU);
  }

  /** The lead of the paediatrics alliance: an account of the harness linked to its practitioner. */
  Http lead() {
    pediatrics();
    return accounts.as(LEAD);
  }

  static LocalDate today() {
    return LocalDate.now(BEIJING);
  }

  static int serial() {
    return SERIAL.incrementAndGet();
  }

  /** A distinct, realistic child's name (and so one the log search can look for). */
  static String childName() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return GIVEN[random.nextInt(GIVEN.length)]
        + "·"
        + FAMILY[random.nextInt(FAMILY.length)]
        + "·"
        + Integer.toString(100_000 + serial() * 7 + random.nextInt(7), 36).toUpperCase();
  }

  /** A child of Wensu with an identity number and consent to screening, treatment and sharing. */
  String child() {
    LocalDate born = today().minusYears(3).minusDays(ThreadLocalRandom.current().nextInt(3000));
    boolean female = ThreadLocalRandom.current().nextBoolean();
    String nationalId = IdentityNumbers.random(WENSU, born, female);
    String name = childName();
    String guardian = childName();
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(99_999_999));
    Traffic.identityNumber(nationalId);
    Traffic.sent(name);
    Traffic.sent(guardian);
    Traffic.sent(phone);
    Http.Answer created =
        expect(
            201,
            doctor()
                .post(
                    "/api/patients",
                    """
                    {"name": "%s", "sex": "%s", "birthDate": "%s", "placeCode": "%s",
                     "nationalId": "%s", "acknowledgeDuplicates": true,
                     "guardians": [{"name": "%s", "relationship": "mother", "phone": "%s"}]}"""
                        .formatted(
                            name,
                            female ? "FEMALE" : "MALE",
                            born,
                            JIAMU_TOWN,
                            nationalId,
                            guardian,
                            phone)));
    String id = created.id();
    expect(
        201,
        doctor()
            .post(
                "/api/patients/" + id + "/consents",
                """
                {"guardianName": "%s", "relationship": "mother",
                 "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "%s"}"""
                    .formatted(guardian, today().minusDays(30))));
    return id;
  }

  /** A pure-tone hearing screening body; {@code right} decides PASS (≤ 25 dB) or REFER. */
  static String screeningBody(String patientId, int right, int minuteOffset) {
    return """
        {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE", "performedAt": "%s",
         "measurements": {"rightEar": {"500": %d, "1000": %d, "2000": %d, "4000": %d},
                          "leftEar": {"500": 15, "1000": 15, "2000": 10, "4000": 15}}}"""
        .formatted(
            patientId,
            today().atStartOfDay(BEIJING).toInstant().minusSeconds(3600L + minuteOffset * 60L),
            right,
            right,
            right,
            right);
  }

  String screening(String patientId) {
    return expect(
            201,
            doctor()
                .key(UUID.randomUUID().toString())
                .post("/api/screenings", screeningBody(patientId, 45, serial() % 600)))
        .id();
  }

  synchronized String maternalAndChildHealthHospital() {
    if (mchId == null) {
      mchId = organisation("AKS-MCH");
    }
    return mchId;
  }

  private String organisation(String key) {
    return coordinator().get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  static String referralBody(String patientId, String screeningId, String organisationId) {
    return """
        {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
         "toOrganisationId": "%s", "specialty": "OTOLARYNGOLOGY", "urgency": "ROUTINE",
         "reason": "pure-tone average 45 dB in the right ear"}"""
        .formatted(patientId, screeningId, organisationId);
  }

  String referral(String patientId, String screeningId) {
    return expect(
            201,
            doctor()
                .key(UUID.randomUUID().toString())
                .post(
                    "/api/referrals",
                    referralBody(patientId, screeningId, maternalAndChildHealthHospital())))
        .id();
  }

  /** The harness's own program, with one OPEN phase without quota. */
  synchronized String program() {
    if (programCode == null) {
      String code = "REL_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      code = code.toUpperCase();
      expect(
          201,
          coordinator()
              .post(
                  "/api/programs",
                  """
                  {"code": "%s", "nameZh": "启明行动（可靠性）", "nameEn": "Qiming (reliability)",
                   "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900", "659002"],
                                   "conditions": ["VISION", "HEARING", "SPEECH"]}}"""
                      .formatted(code)));
      expect(
          201,
          coordinator()
              .post(
                  "/api/programs/" + code + "/phases",
                  """
                  {"number": 1, "startsOn": "%s", "endsOn": "%s"}"""
                      .formatted(today().minusMonths(1), today().plusYears(2))));
      expect(200, coordinator().ifMatch(1).post("/api/programs/" + code + "/phases/1/open", null));
      programCode = code;
    }
    return programCode;
  }

  static String caseBody(String patientId, String program) {
    return """
        {"patientId": "%s", "programCode": "%s", "conditions": ["HEARING"]}"""
        .formatted(patientId, program);
  }

  String caseFor(String patientId) {
    return expect(
            201,
            coordinator()
                .key(UUID.randomUUID().toString())
                .post("/api/cases", caseBody(patientId, program())))
        .id();
  }

  synchronized String pediatrics() {
    if (pediatricsId == null) {
      String alliance =
          read(coordinator(), "/api/alliances?limit=500").getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(a -> a.getString("code").equals("PED"))
              .findFirst()
              .orElseThrow()
              .getString("id");
      String practitioner =
          expect(
                  201,
                  accounts
                      .as("admin")
                      .post(
                          "/api/practitioners",
                          """
                          {"name": "古丽米拉·买买提", "specialty": "PEDIATRICS", "origin": "LOCAL",
                           "organisationId": "%s"}"""
                              .formatted(organisation("WS-H"))))
              .id();
      String password = "Tarim-lead-" + UUID.randomUUID();
      accounts.createAccount(
          """
          {"username": "%s", "displayName": "Reliability lead", "password": "%s",
           "roles": ["ALLIANCE_LEAD"], "practitionerId": "%s", "jurisdiction": ["652900"]}"""
              .formatted(LEAD, password, practitioner),
          LEAD,
          password);
      expect(
          201,
          coordinator()
              .post(
                  "/api/alliances/" + alliance + "/members",
                  "{\"practitionerId\": \"%s\", \"role\": \"LEAD\", \"since\": \"%s\"}"
                      .formatted(practitioner, today())));
      leadPractitionerId = practitioner;
      pediatricsId = alliance;
    }
    return pediatricsId;
  }

  String leadPractitioner() {
    pediatrics();
    return leadPractitionerId;
  }

  static String clinicBody(
      String alliance, LocalDate date, String venue, int capacity, String timeZone) {
    return """
        {"title": "儿童视力听力筛查义诊", "hostAllianceId": "%s", "joiningAllianceIds": [],
         "placeCode": "%s", "venue": "%s", "date": "%s", "startTime": "10:00",
         "endTime": "12:00", "timeZone": "%s", "services": ["VISION_SCREENING", "HEARING_SCREENING"],
         "capacity": %d}"""
        .formatted(alliance, JIAMU_TOWN, venue, date, timeZone, capacity);
  }

  /** A clinic on a day of its own, staffed by the lead and published: open for attendance. */
  String publishedClinic() {
    String alliance = pediatrics();
    LocalDate date = today().plusDays(40 + serial());
    String id =
        expect(
                201,
                lead()
                    .post(
                        "/api/clinics", clinicBody(alliance, date, "佳木镇卫生院", 500, "Asia/Shanghai")))
            .id();
    expect(
        201,
        lead()
            .post(
                "/api/clinics/" + id + "/staff",
                "{\"practitionerId\": \"" + leadPractitionerId + "\", \"role\": \"DOCTOR\"}"));
    expect(200, lead().post("/api/clinics/" + id + "/publish", null));
    return id;
  }

  /** A planned clinic, to be edited. */
  String plannedClinic() {
    LocalDate date = today().plusDays(40 + serial());
    return expect(
            201,
            lead()
                .post(
                    "/api/clinics", clinicBody(pediatrics(), date, "佳木镇卫生院", 100, "Asia/Shanghai")))
        .id();
  }

  static String attendanceBody(String patientId) {
    return "{\"patientId\": \"" + patientId + "\", \"kind\": \"WALK_IN\"}";
  }

  JsonObject read(Http as, String path) {
    return expect(200, as.get(path)).json();
  }

  static Http.Answer expect(int status, Http.Answer answer) {
    if (answer.status() != status) {
      throw new AssertionError("expected " + status + " but got " + answer);
    }
    return answer;
  }
}
