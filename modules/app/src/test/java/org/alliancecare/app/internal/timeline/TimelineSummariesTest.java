package org.alliancecare.app.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineSummariesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ScreeningRecorded|{\"kind\": \"HEARING\", \"method\": \"OAE\", \"result\": \"REFER\","
            + " \"clinicId\": null}|Hearing screening (OAE): REFER",
        "CaseCarriedOver|{\"caseNumber\": \"QIMING-2026-00001\", \"fromPhase\": 1, \"phase\": 2}"
            + "|Case QIMING-2026-00001 carried over from phase 1 to phase 2",
        "CaseStageChanged|{\"caseNumber\": \"QIMING-2026-00001\", \"fromStage\": \"FOLLOW_UP\","
            + " \"toStage\": \"CLOSED\", \"outcome\": \"REHABILITATED\"}"
            + "|Case QIMING-2026-00001 moved from FOLLOW_UP to CLOSED, outcome REHABILITATED",
        "ConsentGiven|{\"scopes\": [\"TREATMENT\", \"SCREENING\"], \"givenOn\": \"2026-05-01\"}"
            + "|Guardian's consent to SCREENING, TREATMENT given on 2026-05-01",
        "ReferralScheduled|{\"referralNumber\": \"RF-2026-000042\"}"
            + "|Referral RF-2026-000042 scheduled for –",
        "PhaseOpened|{\"programCode\": \"QIMING\", \"phase\": 2}|Phase opened",
      })
  void each_entry_reads_as_a_sentence_from_its_facts(
      String eventType, String payload, String sentence) {
    JsonObject event = Json.createReader(new StringReader(payload)).readObject();

    assertThat(TimelineSummaries.of(eventType, event)).isEqualTo(sentence);
    assertThat(TimelineSummaries.of(eventType, PayloadFields.of(payload))).isEqualTo(sentence);
  }
}
