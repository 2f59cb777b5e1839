package org.alliancecare.interop.internal.fhir;

import static org.alliancecare.interop.internal.fhir.ClinicalSystems.GB_DISABILITY_GRADE;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.ICD11_VISION_CATEGORY;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.LOINC;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.OBSERVATION_CATEGORY;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SCREENING;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SCREENING_ITEM;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SCREENING_REASON;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SCREENING_RESULT;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.UCUM;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.V3_INTERPRETATION;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.WHO_HEARING_GRADE;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alliancecare.screening.api.ClassificationView;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.ScreeningVersionView;
import org.alliancecare.screening.api.ScreeningView;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A screening as one FHIR Observation (id = the screening's id): what was measured as components
 * (acuity per eye, pass/refer per ear, thresholds per ear and frequency), each under its LOINC code
 * where LOINC has one; the result as the interpretation (v3 N or A, and our PASS or REFER); the
 * classification of the standards as further components in our code systems. A corrected screening
 * is {@code amended} and shows its current version.
 */
final class ScreeningObservation {

  /** LOINC codes of the thresholds, by ear and frequency (sources in docs/fhir.md). */
  private static final Map<String, String> RIGHT_EAR_THRESHOLD =
      Map.of("500", "89025-1", "1000", "89017-8", "2000", "89019-4", "4000", "89023-6");

  private static final Map<String, String> LEFT_EAR_THRESHOLD =
      Map.of("500", "89024-4", "1000", "89016-0", "2000", "89018-6", "4000", "89022-8");

  private static final List<String> FREQUENCIES = List.of("500", "1000", "2000", "4000");

  private ScreeningObservation() {}

  static Observation of(ScreeningView screening) {
    Observation observation = new Observation();
    observation.setId(screening.id());
    observation.getMeta().setVersionId(Long.toString(screening.version()));
    observation.getMeta().setLastUpdatedElement(new InstantType(Date.from(lastUpdated(screening))));
    observation.setStatus(
        screening.version() > 1 ? ObservationStatus.AMENDED : ObservationStatus.FINAL);
    observation.addCategory(category(screening.kind()));
    observation.setCode(code(screening.kind(), screening.method()));
    observation.setSubject(new Reference("Patient/" + screening.patientId()));
    observation.setEffective(new DateTimeType(Date.from(screening.performedAt())));
    observation.setIssued(Date.from(lastUpdated(screening)));
    if (screening.performer() != null && screening.performer().practitionerId() != null) {
      observation.addPerformer(
          new Reference("Practitioner/" + screening.performer().practitionerId()));
    }
    observation.setMethod(
        new CodeableConcept(
            new Coding(SCREENING, "method-" + screening.method().name(), null)
                .setDisplay(screening.method().name())));
    if (screening.notes() != null && !screening.notes().isBlank()) {
      observation.addNote().setText(screening.notes());
    }
    observation.addInterpretation(interpretation(screening.result()));
    for (ReasonView reason : reasons(screening.classification())) {
      observation.addInterpretation(
          new CodeableConcept(new Coding(SCREENING_REASON, reason.code(), null))
              .setText(reason.text()));
    }
    measurements(observation, screening.method(), screening.measurements());
    classification(observation, screening.classification());
    return observation;
  }

  /** When the screening last changed: its newest version was recorded. */
  static Instant lastUpdated(ScreeningView screening) {
    return screening.versions().stream()
        .map(ScreeningVersionView::recordedAt)
        .max(Comparator.naturalOrder())
        .orElse(screening.recordedAt());
  }

  /** The Observation.code of a kind and method: ours always, LOINC's panel for chart acuity. */
  static CodeableConcept code(ScreeningKind kind, ScreeningMethod method) {
    CodeableConcept code = new CodeableConcept();
    code.addCoding(new Coding(SCREENING, kind.name() + "-" + method.name(), display(kind, method)));
    if (method == ScreeningMethod.OPTOTYPE) {
      code.addCoding(new Coding(LOINC, "98497-1", "Visual acuity panel"));
    }
    code.setText(display(kind, method));
    return code;
  }

  private static String display(ScreeningKind kind, ScreeningMethod method) {
    return switch (method) {
      case OPTOTYPE -> "Vision screening, chart acuity";
      case INSTRUMENT -> "Vision screening by instrument";
      case CLINICIAN ->
          kind == ScreeningKind.SPEECH
              ? "Speech screening by a clinician"
              : "Vision screening by a clinician";
      case OAE -> "Hearing screening, otoacoustic emissions";
      case AABR -> "Hearing screening, automated auditory brainstem response";
      case PURE_TONE -> "Hearing screening, pure-tone audiometry";
    };
  }

  private static CodeableConcept category(ScreeningKind kind) {
    // Speech is judged by a clinician talking with the child: an assessment, not a measurement.
    String code = kind == ScreeningKind.SPEECH ? "survey" : "exam";
    return new CodeableConcept(
        new Coding(OBSERVATION_CATEGORY, code, code.equals("exam") ? "Exam" : "Survey"));
  }

  static CodeableConcept interpretation(Outcome outcome) {
    CodeableConcept concept = new CodeableConcept();
    if (outcome == Outcome.PASS) {
      concept.addCoding(new Coding(V3_INTERPRETATION, "N", "Normal"));
    } else {
      concept.addCoding(new Coding(V3_INTERPRETATION, "A", "Abnormal"));
    }
    concept.addCoding(new Coding(SCREENING_RESULT, outcome.name(), outcome.name()));
    return concept;
  }

  private static List<ReasonView> reasons(ClassificationView classification) {
    return classification == null || classification.reasons() == null
        ? List.of()
        : classification.reasons();
  }

  private static void measurements(
      Observation observation, ScreeningMethod method, JsonObject measurements) {
    switch (method) {
      case OPTOTYPE -> {
        eye(
            observation,
            measurements,
            "rightEye",
            "uncorrected",
            "98499-7",
            "Visual acuity uncorrected Right eye");
        eye(
            observation,
            measurements,
            "leftEye",
            "uncorrected",
            "98498-9",
            "Visual acuity uncorrected Left eye");
        eye(
            observation,
            measurements,
            "rightEye",
            "corrected",
            "65893-0",
            "Visual acuity best corrected Right eye");
        eye(
            observation,
            measurements,
            "leftEye",
            "corrected",
            "65897-1",
            "Visual acuity best corrected Left eye");
      }
      case INSTRUMENT, CLINICIAN ->
          observation.setValue(outcome(Outcome.valueOf(measurements.getString("outcome"))));
      case OAE, AABR -> {
        ear(
            observation,
            measurements,
            "rightEar",
            "54109-4",
            "Newborn hearing screen of Ear - right");
        ear(
            observation,
            measurements,
            "leftEar",
            "54108-6",
            "Newborn hearing screen of Ear - left");
      }
      case PURE_TONE -> {
        thresholds(observation, measurements, "rightEar", "right", RIGHT_EAR_THRESHOLD);
        thresholds(observation, measurements, "leftEar", "left", LEFT_EAR_THRESHOLD);
      }
    }
  }

  private static void eye(
      Observation observation,
      JsonObject measurements,
      String eye,
      String correction,
      String loinc,
      String display) {
    JsonObject ofEye = measurements.getJsonObject(eye);
    if (ofEye == null || !ofEye.containsKey(correction) || ofEye.isNull(correction)) {
      return;
    }
    JsonObject acuity = ofEye.getJsonObject(correction);
    String value = acuity.getString("value");
    String notation = acuity.getString("notation");
    CodeableConcept code = new CodeableConcept(new Coding(LOINC, loinc, display));
    code.addCoding(new Coding(SCREENING_ITEM, eye + "-" + correction, null));
    code.setText(display + " (as recorded: " + value + " " + notation + ")");
    observation.addComponent().setCode(code).setValue(logMar(AcuityInLogMar.of(value, notation)));
  }

  private static Quantity logMar(BigDecimal value) {
    return new Quantity().setValue(value).setUnit("logMAR").setSystem(UCUM).setCode("{logMAR}");
  }

  private static void ear(
      Observation observation, JsonObject measurements, String ear, String loinc, String display) {
    if (!measurements.containsKey(ear)) {
      return;
    }
    Outcome outcome = Outcome.valueOf(measurements.getString(ear));
    CodeableConcept code = new CodeableConcept(new Coding(LOINC, loinc, display));
    code.addCoding(new Coding(SCREENING_ITEM, ear, null));
    code.setText(display);
    observation
        .addComponent()
        .setCode(code)
        .setValue(outcome(outcome))
        .addInterpretation(interpretation(outcome));
  }

  private static void thresholds(
      Observation observation,
      JsonObject measurements,
      String ear,
      String side,
      Map<String, String> loinc) {
    JsonObject ofEar = measurements.getJsonObject(ear);
    if (ofEar == null) {
      return;
    }
    for (String frequency : FREQUENCIES) {
      if (!ofEar.containsKey(frequency)) {
        continue;
      }
      String display = "Hearing threshold Ear - " + side + " --" + frequency + " Hz";
      CodeableConcept code = new CodeableConcept(new Coding(LOINC, loinc.get(frequency), display));
      code.addCoding(new Coding(SCREENING_ITEM, ear + "-" + frequency, null));
      code.setText(display);
      observation
          .addComponent()
          .setCode(code)
          .setValue(decibelsHearingLevel(ofEar.getJsonNumber(frequency).bigDecimalValue()));
    }
  }

  static Quantity decibelsHearingLevel(BigDecimal value) {
    return new Quantity().setValue(value).setUnit("dB HL").setSystem(UCUM).setCode("dB");
  }

  private static CodeableConcept outcome(Outcome outcome) {
    return new CodeableConcept(new Coding(SCREENING_RESULT, outcome.name(), outcome.name()))
        .setText(outcome.name());
  }

  private static void classification(Observation observation, ClassificationView c) {
    if (c == null) {
      return;
    }
    if (c.betterEyeLogMar() != null) {
      item(observation, "betterEyeLogMar", "Presenting acuity of the better eye")
          .setValue(logMar(c.betterEyeLogMar()));
    }
    graded(
        observation,
        "icd11VisionCategory",
        "ICD-11 9D90 vision category",
        ICD11_VISION_CATEGORY,
        c.icd11VisionCategory());
    graded(
        observation,
        "gbVisionDisabilityGrade",
        "GB/T 26341-2010 vision disability grade",
        GB_DISABILITY_GRADE,
        c.gbVisionDisabilityGrade());
    if (c.provisional() != null) {
      item(observation, "provisional", "Grade rests on uncorrected acuity")
          .setValue(new BooleanType(c.provisional()));
    }
    if (c.pta4Right() != null) {
      item(observation, "pta4Right", "Four-frequency pure-tone average, right ear")
          .setValue(decibelsHearingLevel(c.pta4Right()));
    }
    if (c.pta4Left() != null) {
      item(observation, "pta4Left", "Four-frequency pure-tone average, left ear")
          .setValue(decibelsHearingLevel(c.pta4Left()));
    }
    graded(
        observation,
        "whoHearingGrade",
        "WHO hearing grade (2021)",
        WHO_HEARING_GRADE,
        c.whoHearingGrade());
    graded(
        observation,
        "gbHearingDisabilityGrade",
        "GB/T 26341-2010 hearing disability grade",
        GB_DISABILITY_GRADE,
        c.gbHearingDisabilityGrade());
  }

  private static void graded(
      Observation observation, String item, String display, String system, String grade) {
    if (grade != null) {
      item(observation, item, display)
          .setValue(new CodeableConcept(new Coding(system, grade, null)).setText(grade));
    }
  }

  private static ObservationComponentComponent item(
      Observation observation, String item, String display) {
    return observation
        .addComponent()
        .setCode(new CodeableConcept(new Coding(SCREENING_ITEM, item, display)).setText(display));
  }
}
