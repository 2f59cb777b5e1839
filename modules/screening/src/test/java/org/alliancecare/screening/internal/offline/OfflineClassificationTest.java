package org.alliancecare.screening.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline entry on the JVM, before it is compiled: it answers what the server answers on every
 * case, and its own refusals (not JSON, no rule set, bad dates) name the field. {@code
 * OfflineClassificationAgreementIT} holds the compiled JavaScript to the same cases.
 */
class OfflineClassificationTest {

  @Test
  void the_entry_answers_what_the_server_answers_on_every_case() {
    List<ClassificationCases.Case> cases = ClassificationCases.all();
    List<String> disagreements = new ArrayList<>();
    for (ClassificationCases.Case each : cases) {
      JsonValue expected = ServerClassification.answer(each.request());
      JsonValue actual =
          ServerClassification.parse(OfflineClassification.classify(each.request().toString()));
      if (!expected.equals(actual)) {
        disagreements.add(each.name() + "\n  server:  " + expected + "\n  offline: " + actual);
      }
    }
    assertThat(cases).hasSizeGreaterThan(8000);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void a_request_that_is_not_json_is_named_request() {
    assertThat(OfflineClassification.classify("{\"kind\": "))
        .startsWith(
            "{\"errors\":[{\"field\":\"request\",\"message\":\"not JSON at character 9: a value is missing");
    assertThat(OfflineClassification.classify("{\"kind\": 1e9999999999}"))
        .contains("\"field\":\"request\"", "a number beyond what can be held exactly");
    assertThat(OfflineClassification.classify("[]"))
        .isEqualTo(
            "{\"errors\":[{\"field\":\"request\",\"message\":\"must be an object {ruleSet, kind,"
                + " method, …}\"}]}");
  }

  @Test
  void missing_rule_set_unknown_names_and_bad_dates_are_named_at_once() {
    String answer =
        OfflineClassification.classify(
            "{\"kind\": \"SIGHT\", \"birthDate\": \"2019-02-29\", \"screenedOn\": \"1.3.2024\","
                + " \"measurements\": []}");
    JsonObject errors = ServerClassification.parse(answer).asJsonObject();
    assertThat(errors.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field") + ": " + error.getString("message"))
        .containsExactly(
            "ruleSet: the rule set {id, …parameters} is required",
            "kind: must be one of [VISION, HEARING, SPEECH]",
            "method: the method is required, one of [OPTOTYPE, INSTRUMENT, CLINICIAN, OAE, AABR,"
                + " PURE_TONE]",
            "birthDate: there is no such day as 2019-02-29",
            "screenedOn: a date is required, written YYYY-MM-DD",
            "measurements: must be an object");
  }

  @Test
  void a_rule_set_that_is_not_as_stored_is_named_rule_set() {
    String answer =
        OfflineClassification.classify(
            "{\"ruleSet\": {\"id\": \"x\", \"optotypeFromAge\": 3}, \"kind\": \"SPEECH\","
                + " \"method\": \"CLINICIAN\", \"birthDate\": \"2019-03-15\","
                + " \"screenedOn\": \"2024-03-15\", \"measurements\": {\"outcome\": \"PASS\"}}");
    assertThat(answer).startsWith("{\"errors\":[{\"field\":\"ruleSet\"");
  }

  @Test
  void strings_are_escaped_as_json() {
    assertThat(JsonText.quote("a\"b\\c\n\u0001é/")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001é/\"");
    assertThat(JsonText.parse("\"\\u00e9\\/\\t\"").toString()).isEqualTo("\"é/\\t\"");
  }
}
