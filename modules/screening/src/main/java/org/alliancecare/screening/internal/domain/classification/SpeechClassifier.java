package org.alliancecare.screening.internal.domain.classification;

import org.alliancecare.screening.api.ScreeningMethod;

/** Speech screenings: the clinician's PASS or REFER (structured checklists may come later). */
final class SpeechClassifier {

  private final RecordedOutcomeClassifier recordedOutcomes;

  SpeechClassifier(RuleSet ruleSet) {
    this.recordedOutcomes = new RecordedOutcomeClassifier(ruleSet);
  }

  Classification classify(ScreeningMethod method, Measurements measurements) {
    if (method != ScreeningMethod.CLINICIAN) {
      throw new IllegalArgumentException(method + " does not screen speech");
    }
    return recordedOutcomes.classify(method, measurements);
  }
}
