package org.alliancecare.interop.internal.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.screening.api.NewScreening;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * A row of past screenings as the API's new screening, its {@code measurements} built from the flat
 * columns of the method (docs/import.md): chart acuity per eye in one notation, an outcome, PASS or
 * REFER per ear, or thresholds per ear and frequency. The child is named by {@code patientId} or by
 * the {@code externalId} of a child list imported before (resolved by the importer). A consent date
 * with the guardian's name is a consent captured on the spot.
 */
record ScreeningRow(
    long number,
    String patientId,
    String externalId,
    NewScreening screening,
    List<FieldError> errors) {

  static final List<String> FREQUENCIES = List.of("500", "1000", "2000", "4000");

  static ScreeningRow of(SheetRow row) {
    Cells cells = new Cells(row);
    String patientId = cells.text("patientId");
    String externalId = cells.text("externalId");
    if (patientId == null && externalId == null) {
      cells.error("patientId", "patient-id-or-external-id");
    }
    ScreeningKind kind = cells.choice("kind", ScreeningKind.class, Map.of());
    ScreeningMethod method = cells.choice("method", ScreeningMethod.class, Map.of());
    Instant performedAt = cells.instant("performedAt");
    JsonObject measurements = method == null ? null : measurements(method, cells);
    LocalDate consentGivenOn = cells.date("consentGivenOn");
    ConsentDetails consent = null;
    if (consentGivenOn != null) {
      consent =
          new ConsentDetails(
              cells.text("guardianName"),
              cells.text("guardianRelationship"),
              EnumSet.of(ConsentScope.SCREENING),
              consentGivenOn,
              null);
    }
    NewScreening screening =
        new NewScreening(
            patientId == null ? "" : patientId,
            kind,
            performedAt,
            method,
            cells.text("clinicId"),
            measurements,
            cells.text("notes"),
            consent);
    return new ScreeningRow(row.number(), patientId, externalId, screening, cells.errors());
  }

  /** The same row for the child found by its external id. */
  ScreeningRow forPatient(String id) {
    NewScreening s = screening;
    return new ScreeningRow(
        number,
        id,
        externalId,
        new NewScreening(
            id,
            s.kind(),
            s.performedAt(),
            s.method(),
            s.clinicId(),
            s.measurements(),
            s.notes(),
            s.consent()),
        errors);
  }

  private static JsonObject measurements(ScreeningMethod method, Cells cells) {
    JsonObjectBuilder m = Json.createObjectBuilder();
    switch (method) {
      case OPTOTYPE -> {
        String notation = cells.text("acuityNotation");
        eye(
            m,
            "rightEye",
            cells.text("rightEyeUncorrected"),
            cells.text("rightEyeCorrected"),
            notation);
        eye(
            m,
            "leftEye",
            cells.text("leftEyeUncorrected"),
            cells.text("leftEyeCorrected"),
            notation);
      }
      case INSTRUMENT, CLINICIAN -> {
        Outcome outcome = cells.choice("outcome", Outcome.class, Map.of());
        if (outcome != null) {
          m.add("outcome", outcome.name());
        }
      }
      case OAE, AABR -> {
        Outcome right = cells.choice("rightEar", Outcome.class, Map.of());
        Outcome left = cells.choice("leftEar", Outcome.class, Map.of());
        if (right != null) {
          m.add("rightEar", right.name());
        }
        if (left != null) {
          m.add("leftEar", left.name());
        }
      }
      case PURE_TONE -> {
        for (String ear : List.of("rightEar", "leftEar")) {
          JsonObjectBuilder thresholds = Json.createObjectBuilder();
          boolean any = false;
          for (String frequency : FREQUENCIES) {
            Integer db = cells.wholeNumber(ear + frequency);
            if (db != null) {
              thresholds.add(frequency, db);
              any = true;
            }
          }
          if (any) {
            m.add(ear, thresholds);
          }
        }
      }
    }
    return m.build();
  }

  private static void eye(
      JsonObjectBuilder m, String eye, String uncorrected, String corrected, String notation) {
    if (uncorrected == null && corrected == null) {
      return;
    }
    JsonObjectBuilder acuity = Json.createObjectBuilder();
    if (uncorrected != null) {
      acuity.add("uncorrected", acuity(uncorrected, notation));
    }
    if (corrected != null) {
      acuity.add("corrected", acuity(corrected, notation));
    }
    m.add(eye, acuity);
  }

  private static JsonObjectBuilder acuity(String value, String notation) {
    JsonObjectBuilder acuity = Json.createObjectBuilder().add("value", value);
    if (notation != null) {
      acuity.add("notation", notation.strip().toUpperCase(java.util.Locale.ROOT));
    }
    return acuity;
  }

  /**
   * The column of a field of the new screening, as the screening facade names it ({@code
   * measurements.rightEye.uncorrected.value}, {@code measurements.leftEar.4000}, {@code
   * consent.givenOn}).
   */
  String columnOf(String field) {
    if (field.equals("patientId")) {
      return externalId != null && patientId == null ? "externalId" : "patientId";
    }
    if (field.startsWith("consent")) {
      if (field.endsWith("guardianName")) {
        return "guardianName";
      }
      if (field.endsWith("relationship")) {
        return "guardianRelationship";
      }
      return "consentGivenOn";
    }
    if (field.startsWith("measurements")) {
      String[] path = field.split("\\.");
      if (path.length == 1) {
        return "method";
      }
      String part = path[1];
      if (part.endsWith("Eye")) {
        if (path.length >= 4 && path[3].equals("notation")) {
          return "acuityNotation";
        }
        boolean corrected = path.length >= 3 && path[2].equals("corrected");
        return part + (corrected ? "Corrected" : "Uncorrected");
      }
      if (part.endsWith("Ear")) {
        if (path.length >= 3 && FREQUENCIES.contains(path[2])) {
          return part + path[2];
        }
        return screening.method() == ScreeningMethod.PURE_TONE ? part + "500" : part;
      }
      return part.equals("outcome") ? "outcome" : "method";
    }
    return switch (field) {
      case "kind", "method", "performedAt", "clinicId", "notes" -> field;
      default -> null;
    };
  }
}
