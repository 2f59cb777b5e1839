package org.alliancecare.screening.internal.application;

import java.math.BigDecimal;
import java.util.List;
import org.alliancecare.screening.api.ClassificationView;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningReferral;
import org.alliancecare.screening.api.ScreeningVersionView;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.SuggestedReferral;
import org.alliancecare.screening.internal.domain.Examination;
import org.alliancecare.screening.internal.domain.MeasurementsJson;
import org.alliancecare.screening.internal.domain.Screening;
import org.alliancecare.screening.internal.domain.ScreeningVersion;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.PureToneAverage;
import org.alliancecare.screening.internal.domain.classification.Reason;

/**
 * Screenings as the API answers them. Public within the module for the offline field app's entry
 * ({@code internal.offline}), which answers a classification through the same mapping.
 */
public final class ScreeningViews {

  private ScreeningViews() {}

  static ScreeningView of(Screening screening, List<ScreeningReferral> referrals) {
    Examination examination = screening.examination();
    ScreeningVersion current = screening.current();
    Outcome result = current.classification().result();
    return new ScreeningView(
        screening.id().toString(),
        screening.version(),
        screening.patient().toString(),
        examination.kind(),
        examination.method(),
        examination.performedAt(),
        screening.screenedOn(),
        examination.clinic() == null ? null : examination.clinic().toString(),
        examination.performer(),
        MeasurementsJson.write(current.measurements()),
        current.notes(),
        result,
        classification(current.classification()),
        current.ruleSetId(),
        current.correctsVersion(),
        current.correctionReason(),
        current.recordedBy(),
        current.recordedAt(),
        screening.versions().stream().map(ScreeningViews::version).toList(),
        result == Outcome.REFER ? SuggestedReferral.forKind(examination.kind()) : null,
        referrals);
  }

  static ScreeningVersionView version(ScreeningVersion version) {
    return new ScreeningVersionView(
        version.number(),
        MeasurementsJson.write(version.measurements()),
        version.notes(),
        version.classification().result(),
        classification(version.classification()),
        version.ruleSetId(),
        version.correctsVersion(),
        version.correctionReason(),
        version.recordedBy(),
        version.recordedAt());
  }

  /** The {@code classification} of a screening as the API answers it. */
  public static ClassificationView classification(Classification classification) {
    return new ClassificationView(
        plain(classification.betterEyeLogMar()),
        name(classification.icd11VisionCategory()),
        name(classification.gbVisionDisabilityGrade()),
        classification.provisional(),
        decibels(classification.pta4Right()),
        decibels(classification.pta4Left()),
        name(classification.whoHearingGrade()),
        name(classification.gbHearingDisabilityGrade()),
        reasons(classification.reasons()),
        reasons(classification.notes()));
  }

  static List<String> reasonCodes(Classification classification) {
    return classification.reasons().stream().map(reason -> reason.code().name()).toList();
  }

  private static List<ReasonView> reasons(List<Reason> reasons) {
    return reasons.stream()
        .map(reason -> new ReasonView(reason.code().name(), reason.text()))
        .toList();
  }

  private static BigDecimal decibels(PureToneAverage average) {
    return average == null ? null : plain(average.dbHl());
  }

  /** Without trailing zeros and without an exponent: 45.00 → 45, 0.30 → 0.3, 19.75 → 19.75. */
  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
