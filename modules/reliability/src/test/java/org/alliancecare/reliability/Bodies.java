package org.alliancecare.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.testing.DemoAccounts;

/**
 * A valid request body for each write endpoint of API.md (the generators spoil it), the real
 * records its path parameters name, and the account whose role may call it.
 */
final class Bodies {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final Map<String, String> ids;

  Bodies(Map<String, String> ids) {
    this.ids = ids;
  }

  JsonObject valid(String method, String template) {
    LocalDate today = Records.today();
    String text =
        switch (method + " " + template) {
          case "POST /api/accounts" ->
              """
              {"username": "reliability.probe", "displayName": "Probe", "password": "Tarim-river-probe-77",
               "roles": ["DOCTOR"], "jurisdiction": ["652922"]}""";
          case "PATCH /api/accounts/{username}" -> "{\"enabled\": true, \"roles\": [\"AUDITOR\"]}";
          case "POST /api/alliances" ->
              """
              {"code": "RELPROBE", "nameZh": "测试联盟", "nameEn": "Probe alliance",
               "specialty": "PEDIATRICS", "foundedOn": "2020-03-01"}""";
          case "POST /api/alliances/{id}/members" ->
              """
              {"practitionerId": "%s", "role": "MEMBER", "since": "%s"}"""
                  .formatted(ids.get("practitioner"), today);
          case "POST /api/alliances/{id}/members/{practitionerId}/end" ->
              "{\"on\": \"%s\", \"reason\": \"moved to Urumqi\"}".formatted(today);
          case "POST /api/audit/verify" -> "{\"streamType\": \"Patient\", \"streamId\": \"x\"}";
          case "POST /api/cases" -> Records.caseBody(ids.get("otherPatient"), ids.get("program"));
          case "POST /api/cases/{id}/milestones" ->
              "{\"kind\": \"HEARING_AID_FITTING\", \"title\": \"Fitting\", \"dueOn\": \"%s\"}"
                  .formatted(today.plusDays(30));
          case "POST /api/cases/{id}/milestones/{milestoneId}/achieve" ->
              "{\"on\": \"%s\", \"evidence\": \"ABR report\"}".formatted(today);
          case "POST /api/cases/{id}/milestones/{milestoneId}/skip" ->
              "{\"reason\": \"not needed\"}";
          case "POST /api/cases/{id}/stage" ->
              "{\"stage\": \"INTERVENTION\", \"note\": \"aid fitted\"}";
          case "POST /api/clinics", "PUT /api/clinics/{id}" ->
              Records.clinicBody(
                  ids.get("alliance"), today.plusDays(900), "佳木镇卫生院", 30, "Asia/Shanghai");
          case "POST /api/clinics/{id}/attendances" ->
              Records.attendanceBody(ids.get("otherPatient"));
          case "POST /api/clinics/{id}/cancel" -> "{\"reason\": \"sandstorm\"}";
          case "POST /api/clinics/{id}/complete" -> "{\"summary\": \"12 children seen\"}";
          case "POST /api/clinics/{id}/staff" ->
              "{\"practitionerId\": \"%s\", \"role\": \"DOCTOR\"}"
                  .formatted(ids.get("practitioner"));
          case "POST /api/organisations" ->
              """
              {"key": "RELPROBE", "kind": "TOWNSHIP_HEALTH_CENTRE", "nameZh": "测试卫生院",
               "nameEn": "Probe Health Centre", "placeCode": "652922-T01", "province": "Xinjiang"}""";
          case "POST /api/patients", "PUT /api/patients/{id}" ->
              """
              {"name": "热依拉·吐尔逊", "sex": "FEMALE", "birthDate": "2019-04-02",
               "placeCode": "652922-T01", "address": "佳木镇", "acknowledgeDuplicates": true,
               "guardians": [{"name": "阿依先木·托合提", "relationship": "mother"}]}""";
          case "POST /api/patients/{id}/consents" ->
              """
              {"guardianName": "阿依先木·托合提", "relationship": "mother",
               "scopes": ["SCREENING"], "givenOn": "%s"}"""
                  .formatted(today.minusDays(1));
          case "POST /api/patients/{id}/consents/{consentId}/withdraw" ->
              "{\"on\": \"%s\"}".formatted(today);
          case "POST /api/patients/{id}/merge" ->
              "{\"duplicateId\": \"%s\"}".formatted(ids.get("otherPatient"));
          case "POST /api/places" ->
              """
              {"code": "652922-V9901", "parentCode": "652922-T01", "level": "VILLAGE",
               "nameZh": "测试村", "nameEn": "Probe Village"}""";
          case "POST /api/practitioners", "PUT /api/practitioners/{id}" ->
              """
              {"name": "测试医生", "specialty": "PEDIATRICS", "origin": "LOCAL",
               "organisationId": "%s"}"""
                  .formatted(ids.get("organisation"));
          case "POST /api/programs" ->
              """
              {"code": "RELPROBE", "nameZh": "测试项目", "nameEn": "Probe program",
               "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900"],
                               "conditions": ["HEARING"]}}""";
          case "POST /api/programs/{code}/phases" ->
              "{\"number\": 7, \"startsOn\": \"%s\", \"endsOn\": \"%s\", \"quota\": 25}"
                  .formatted(today.plusYears(3), today.plusYears(4));
          case "POST /api/referrals" ->
              Records.referralBody(
                  ids.get("patient"), ids.get("screening"), ids.get("organisation"));
          case "POST /api/referrals/{id}/cancel", "POST /api/referrals/{id}/decline" ->
              "{\"reason\": \"family moved\"}";
          case "POST /api/referrals/{id}/complete" ->
              "{\"outcome\": \"hearing loss confirmed\", \"findings\": \"ABR 70 dB\"}";
          case "POST /api/referrals/{id}/schedule" ->
              "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}";
          case "POST /api/screenings" -> Records.screeningBody(ids.get("patient"), 10, 7);
          case "POST /api/screenings/{id}/corrections" ->
              """
              {"reason": "retyped", "measurements": {"rightEar": {"500": 10, "1000": 10,
               "2000": 10, "4000": 10}, "leftEar": {"500": 10, "1000": 10, "2000": 10,
               "4000": 10}}}""";
          case "POST /api/session" ->
              "{\"username\": \"nobody.reliability\", \"password\": \"not-the-password-1\"}";
          default -> "{\"note\": \"x\"}";
        };
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  Map<String, String> pathValues(String template) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher parameters = PATH_PARAMETER.matcher(template);
    while (parameters.find()) {
      String name = parameters.group(1);
      values.put(name, value(template, name));
    }
    return values;
  }

  private String value(String template, String name) {
    return switch (name) {
      case "username" -> DemoAccounts.AUDITOR_KUQA;
      case "practitionerId" -> ids.get("practitioner");
      case "milestoneId" -> ids.get("milestone");
      case "consentId" -> ids.get("consent");
      case "code" -> ids.get("program");
      case "number" -> "1";
      default -> {
        String resource = template.split("/")[2];
        yield switch (resource) {
          case "alliances" -> ids.get("alliance");
          case "cases" -> ids.get("case");
          case "clinics" -> ids.get("clinic");
          case "patients" -> ids.get("patient");
          case "practitioners" -> ids.get("practitioner");
          case "referrals" -> ids.get("referral");
          case "screenings" -> ids.get("screening");
          default -> ids.get("patient");
        };
      }
    };
  }

  String account(String template) {
    String resource = template.split("/")[2];
    return switch (resource) {
      case "accounts", "places", "organisations", "practitioners" -> "admin";
      case "alliances", "cases", "programs", "patients" -> DemoAccounts.COORDINATOR;
      case "audit" -> DemoAccounts.AUDITOR_WENSU;
      case "clinics" -> Records.LEAD;
      default -> DemoAccounts.DOCTOR_WENSU;
    };
  }

  static boolean needsIfMatch(String method, String template) {
    return method.equals("PUT")
        || method.equals("PATCH")
        || template.startsWith("/api/referrals/{id}/")
        || template.equals("/api/cases/{id}/stage")
        || template.startsWith("/api/cases/{id}/milestones/{milestoneId}/")
        || template.equals("/api/screenings/{id}/corrections")
        || template.startsWith("/api/programs/{code}/phases/{number}/");
  }
}
