package org.alliancecare.screening.internal.domain.classification;

import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * Screenings whose measurement is a PASS or REFER given by an instrument or a clinician (vision by
 * INSTRUMENT or CLINICIAN, speech by CLINICIAN): the outcome is the result.
 */
final class RecordedOutcomeClassifier {

  private final RuleSet ruleSet;

  RecordedOutcomeClassifier(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  Classification classify(ScreeningMethod method, Measurements measurements) {
    if (!(measurements instanceof Measurements.RecordedOutcome recorded)) {
      throw InvalidInput.of("measurements", "screening-records-outcome", method);
    }
    if (recorded.outcome() == null) {
      throw InvalidInput.of("measurements.outcome", "pass-or-refer-required");
    }
    if (recorded.outcome() == Outcome.PASS) {
      return Classification.ofReasons(ruleSet.id(), List.of());
    }
    Reason reason =
        method == ScreeningMethod.INSTRUMENT
            ? new Reason(ReasonCode.INSTRUMENT_REFER, "the screening instrument reported REFER")
            : new Reason(ReasonCode.CLINICIAN_REFER, "the clinician recorded REFER");
    return Classification.ofReasons(ruleSet.id(), List.of(reason));
  }
}
