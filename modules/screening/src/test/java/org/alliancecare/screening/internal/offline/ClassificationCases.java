package org.alliancecare.screening.internal.offline;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.RuleSet;

/**
 * The screenings on which the offline classification must agree with the server: every input of the
 * classifier tests (ScreeningClassifierTest, VisionClassifierTest, HearingClassifierTest,
 * VisualAcuityTest, MeasurementsJsonTest), and a grid over every notation across its range, ages
 * 0–18 around birthdays, corrected acuity, OAE/AABR combinations, pure-tone thresholds from below
 * −10 to above 120 dB HL, recorded outcomes and speech; valid, boundary and invalid values alike.
 * Each case is a request of the offline contract ({@link OfflineClassification}).
 */
final class ClassificationCases {

  /** The sample child of the classifier tests (SampleMeasurements.BIRTH_DATE). */
  static final LocalDate BIRTH_DATE = LocalDate.of(2019, 3, 15);

  /** One screening to classify, named for the failure message. */
  record Case(String name, JsonObject request) {}

  private final List<Case> cases = new ArrayList<>();

  private ClassificationCases() {}

  /** Every case, the classifier tests' inputs first. */
  static List<Case> all() {
    ClassificationCases all = new ClassificationCases();
    all.ofTheClassifierTests();
    all.notationGrid();
    all.eyePairs();
    all.agesAroundBirthdays();
    all.correctedAcuity();
    all.acuityShapes();
    all.recordedOutcomes();
    all.earOutcomes();
    all.pureToneGrid();
    all.pureToneShapes();
    all.kindsAndMethods();
    all.denseAcuities();
    return List.copyOf(all.cases);
  }

  // --- the inputs of the classifier tests ---------------------------------------------------

  private void ofTheClassifierTests() {
    // VisionClassifierTest: age limits, both eyes the same decimal
    String[][] limits = {
      {"3", "0.5"}, {"3", "0.49"}, {"4", "0.6"}, {"4", "0.59"}, {"5", "0.6"}, {"5", "0.59"},
      {"6", "0.7"}, {"6", "0.69"}, {"6", "0.6"}, {"17", "0.7"}, {"17", "0.69"}, {"3", "0.4"}
    };
    for (String[] limit : limits) {
      int age = Integer.parseInt(limit[0]);
      optotype("limit " + limit[1] + " at " + age, birthday(age), both(limit[1], "DECIMAL"));
    }
    optotype("better eye decides", birthday(6), eyes("0.7", "0.6", "DECIMAL"));
    optotype("6 minus a day 0.6", birthday(6).minusDays(1), both("0.6", "DECIMAL"));
    optotype("4 minus a day 0.5", birthday(4).minusDays(1), both("0.5", "DECIMAL"));
    optotype("4 on the day 0.5", birthday(4), both("0.5", "DECIMAL"));
    optotype("3 minus a day", birthday(3).minusDays(1), both("0.5", "DECIMAL"));
    optotype("3 plus a day", birthday(3).plusDays(1), both("0.5", "DECIMAL"));
    String[][] differences = {
      {"0.0", "0.19"},
      {"0.0", "0.2"},
      {"0.2", "0.0"},
      {"0.1", "0.3"},
      {"0.1", "0.29"},
      {"0.00", "0.30"},
      {"0.12", "0.30"}
    };
    for (String[] pair : differences) {
      optotype(
          "difference " + pair[0] + "/" + pair[1], birthday(6), eyes(pair[0], pair[1], "LOGMAR"));
    }
    optotype("both reasons", birthday(3), eyes("0.4", "0.8", "LOGMAR"));
    optotype("notation decimal", birthday(3), eyes("0.5", "0.4", "DECIMAL"));
    optotype("notation five-point", birthday(3), eyes("4.7", "4.6", "FIVE_POINT"));
    optotype("notation metric", birthday(3), eyes("6/12", "6/15", "SNELLEN_METRIC"));
    optotype("notation imperial", birthday(3), eyes("20/40", "20/50", "SNELLEN_IMPERIAL"));
    optotype("myopic", birthday(7), corrected("0.1", "1.0", "0.1", "1.0"));
    optotype("provisional", birthday(7), both("0.08", "0.06", "DECIMAL"));
    optotype("one eye corrected", birthday(7), corrected("0.08", "0.2", "0.06", null));
    optotype("both corrected", birthday(7), corrected("0.08", "0.2", "0.06", "0.08"));
    optotype("corrected worse", birthday(7), corrected("0.5", "0.04", "0.5", "0.04"));
    optotype("a pass", birthday(6), both("1.0", "DECIMAL"));
    optotype(
        "every bad acuity and the method",
        birthday(2),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        Json.createObjectBuilder()
                            .add("uncorrected", reading("0", "DECIMAL"))
                            .add("corrected", Json.createObjectBuilder().add("value", "6/12")))
                    .add("leftEye", Json.createObjectBuilder())));
    optotype(
        "a missing eye",
        birthday(5),
        measurements(m -> m.add("rightEye", eye(reading("1.0", "DECIMAL"), null))));
    for (String method : List.of("INSTRUMENT", "CLINICIAN")) {
      for (String outcome : List.of("PASS", "REFER")) {
        for (int age : new int[] {0, 1, 2, 7}) {
          add(
              method + " " + outcome + " at " + age,
              "VISION",
              method,
              birthday(age),
              outcome(outcome));
        }
      }
    }
    add("instrument with chart", "VISION", "INSTRUMENT", birthday(4), both("1.0", "DECIMAL"));
    // ScreeningClassifierTest
    String[][] mismatches = {
      {"VISION", "OAE"},
      {"VISION", "PURE_TONE"},
      {"HEARING", "OPTOTYPE"},
      {"HEARING", "CLINICIAN"},
      {"SPEECH", "OPTOTYPE"},
      {"SPEECH", "INSTRUMENT"},
      {"SPEECH", "AABR"}
    };
    for (String[] mismatch : mismatches) {
      add(
          mismatch[0] + " by " + mismatch[1],
          mismatch[0],
          mismatch[1],
          birthday(5),
          outcome("PASS"));
    }
    add("before birth, no measurements", "VISION", "OPTOTYPE", BIRTH_DATE.minusDays(1), null);
    add("speech PASS", "SPEECH", "CLINICIAN", birthday(4), outcome("PASS"));
    add("speech REFER", "SPEECH", "CLINICIAN", birthday(4), outcome("REFER"));
    add("speech without outcome", "SPEECH", "CLINICIAN", birthday(4), measurements(m -> {}));
    add("speech with chart", "SPEECH", "CLINICIAN", birthday(4), both("1.0", "DECIMAL"));
    JsonObject stricter = ruleSet("child-screening-test.1", 3, Map.of(3, "0.8"), "0.20", "20");
    cases.add(
        new Case(
            "stricter rule set",
            request(
                stricter, "VISION", "OPTOTYPE", BIRTH_DATE, birthday(3), both("0.6", "DECIMAL"))));
    // HearingClassifierTest
    pureTone("PTA4 19.75", birthday(7), ear(20, 20, 20, 19), ear(20, 20, 20, 19));
    int[][] flat = {{20, 20}, {19, 19}, {20, 19}, {19, 20}, {0, 60}, {10, 90}, {50, 50}};
    for (int[] pair : flat) {
      pureTone("flat " + pair[0] + "/" + pair[1], birthday(7), flat(pair[0]), flat(pair[1]));
    }
    pureTone("grades", birthday(7), ear(60, 60, 61, 61), ear(95, 95, 100, 100));
    pureTone("moderate at 2", birthday(3).minusDays(1), flat(50), flat(50));
    pureTone("moderate at 3", birthday(3), flat(50), flat(50));
    String[][] ears = {
      {"OAE", "PASS", "PASS"},
      {"OAE", "REFER", "PASS"},
      {"OAE", "PASS", "REFER"},
      {"AABR", "PASS", "PASS"},
      {"AABR", "REFER", "REFER"}
    };
    for (String[] row : ears) {
      add(String.join(" ", row), "HEARING", row[0], birthday(1), earOutcomes(row[1], row[2]));
    }
    add("ears missing", "HEARING", "OAE", birthday(1), measurements(m -> {}));
    add(
        "missing and out-of-range frequencies",
        "HEARING",
        "PURE_TONE",
        birthday(7),
        measurements(
            m ->
                m.add(
                        "rightEar",
                        Json.createObjectBuilder().add("500", 20).add("1000", 20).add("2000", 20))
                    .add("leftEar", ear(20, 20, 20, 200))));
    add(
        "pure tone with ear outcomes",
        "HEARING",
        "PURE_TONE",
        birthday(7),
        earOutcomes("PASS", "PASS"));
    // VisualAcuityTest: every value read, and refused, in its notation
    String[][] readings = {
      {"1.0", "DECIMAL"},
      {"0.5", "DECIMAL"},
      {"0.49", "DECIMAL"},
      {"0.33", "DECIMAL"},
      {"0.1", "DECIMAL"},
      {"0.05", "DECIMAL"},
      {"0.02", "DECIMAL"},
      {"2.0", "DECIMAL"},
      {"0.001", "DECIMAL"},
      {"5.0", "FIVE_POINT"},
      {"4.0", "FIVE_POINT"},
      {"5.3", "FIVE_POINT"},
      {"2.0", "FIVE_POINT"},
      {"4.85", "FIVE_POINT"},
      {"-0.1", "LOGMAR"},
      {"0.305", "LOGMAR"},
      {"6/6", "SNELLEN_METRIC"},
      {"6/18", "SNELLEN_METRIC"},
      {"6/60", "SNELLEN_METRIC"},
      {"3/60", "SNELLEN_METRIC"},
      {"6/7.5", "SNELLEN_METRIC"},
      {" 6 / 9 ", "SNELLEN_METRIC"},
      {"20/20", "SNELLEN_IMPERIAL"},
      {"20/200", "SNELLEN_IMPERIAL"},
      {"20/32", "SNELLEN_IMPERIAL"},
      {"0.099", "DECIMAL"},
      {"0.097", "DECIMAL"},
      {"0.4", "DECIMAL"},
      {"0", "LOGMAR"},
      {"0.6", "DECIMAL"},
      {"0.8", "DECIMAL"},
      {"0", "DECIMAL"},
      {"-0.5", "DECIMAL"},
      {"5", "DECIMAL"},
      {"0.0009", "DECIMAL"},
      {"0,5", "DECIMAL"},
      {"abc", "DECIMAL"},
      {"6/12", "DECIMAL"},
      {"0", "FIVE_POINT"},
      {"47", "FIVE_POINT"},
      {"1.9", "FIVE_POINT"},
      {"3.1", "LOGMAR"},
      {"-0.4", "LOGMAR"},
      {"6/", "SNELLEN_METRIC"},
      {"6/12/3", "SNELLEN_METRIC"},
      {"-6/12", "SNELLEN_METRIC"},
      {"0.5", "SNELLEN_METRIC"},
      {"6/0", "SNELLEN_METRIC"},
      {"0/12", "SNELLEN_METRIC"},
      {"20/40", "SNELLEN_METRIC"},
      {"6/2", "SNELLEN_METRIC"},
      {"6/6001", "SNELLEN_METRIC"},
      {"40/40", "SNELLEN_IMPERIAL"},
      {" ", "DECIMAL"}
    };
    for (String[] reading : readings) {
      optotype(
          "reading '" + reading[0] + "' " + reading[1], birthday(6), both(reading[0], reading[1]));
    }
    optotype(
        "JSON number five-point",
        birthday(6),
        measurements(
            m ->
                m.add("rightEye", eye(numberReading("4.7", "FIVE_POINT"), null))
                    .add("leftEye", eye(numberReading("4.7", "FIVE_POINT"), null))));
    optotype(
        "JSON number Snellen",
        birthday(6),
        measurements(
            m ->
                m.add("rightEye", eye(numberReading("0.5", "SNELLEN_METRIC"), null))
                    .add("leftEye", eye(reading("6/12", "SNELLEN_METRIC"), null))));
    optotype(
        "no notation",
        birthday(6),
        measurements(
            m ->
                m.add("rightEye", eye(Json.createObjectBuilder().add("value", "0.5"), null))
                    .add("leftEye", eye(reading("0.5", "DECIMAL"), null))));
  }

  // --- the grid --------------------------------------------------------------------------------

  private static final Map<String, List<String>> VALUES =
      Map.of(
          "DECIMAL",
          List.of(
              "0",
              "-0.5",
              "0.0009",
              "0.00099",
              "0.001",
              "0.0011",
              "0.005",
              "0.01",
              "0.019",
              "0.02",
              "0.021",
              "0.03",
              "0.049",
              "0.05",
              "0.051",
              "0.06",
              "0.08",
              "0.099",
              "0.097",
              "0.1",
              "0.101",
              "0.12",
              "0.15",
              "0.2",
              "0.25",
              "0.29",
              "0.3",
              "0.32",
              "0.33",
              "0.333",
              "0.4",
              "0.49",
              "0.5",
              "0.501",
              "0.59",
              "0.6",
              "0.63",
              "0.69",
              "0.7",
              "0.8",
              "0.9",
              "1",
              "1.0",
              "1.2",
              "1.5",
              "2",
              "2.0",
              "2.01",
              "5",
              "abc",
              "0,5",
              "6/12",
              " 0.5 ",
              "",
              "1e-1",
              "5E-1",
              "0.50000000001",
              ".5",
              "+0.5",
              "NaN",
              "Infinity"),
          "FIVE_POINT",
          List.of(
              "1.9", "1.99", "2", "2.0", "2.05", "2.3", "3", "3.3", "3.7", "3.9", "4", "4.0", "4.1",
              "4.3", "4.5", "4.52", "4.6", "4.7", "4.8", "4.85", "4.9", "5", "5.0", "5.1", "5.2",
              "5.3", "5.31", "47", "0", "-1", "x", "4,7"),
          "LOGMAR",
          List.of(
              "-0.4", "-0.31", "-0.3", "-0.2", "-0.1", "0", "0.0", "0.005", "0.01", "0.1", "0.15",
              "0.18", "0.19", "0.2", "0.22", "0.29", "0.3", "0.301", "0.305", "0.31", "0.4", "0.48",
              "0.5", "0.52", "0.7", "1", "1.0", "1.3", "1.31", "1.7", "1.71", "2", "2.995", "3",
              "3.0", "3.001", "3.01", "3.1", "x"),
          "SNELLEN_METRIC",
          List.of(
              "6/3",
              "6/2.9",
              "6/2",
              "6/4.5",
              "6/5",
              "6/6",
              "6/7.5",
              "6/9",
              " 6 / 9 ",
              "6/12",
              "6/15",
              "6/18",
              "6/19",
              "6/24",
              "6/30",
              "6/36",
              "6/48",
              "6/60",
              "6/61",
              "3/60",
              "3/61",
              "2/60",
              "1/60",
              "1/50",
              "6/120",
              "6/600",
              "6/6000",
              "6/6001",
              "4/4",
              "6.0/12.0",
              "6/",
              "6/12/3",
              "-6/12",
              "0.5",
              "6/0",
              "0/12",
              "20/40",
              "7/12",
              "6 12",
              "6/1e1"),
          "SNELLEN_IMPERIAL",
          List.of(
              "20/10",
              "20/9",
              "20/16",
              "20/20",
              "20/25",
              "20/32",
              "20/40",
              "20/50",
              "20/63",
              "20/70",
              "20/80",
              "20/100",
              "20/125",
              "20/200",
              "20/201",
              "20/400",
              "10/200",
              "20/20000",
              "20/20001",
              "40/40",
              "21/40",
              "10/20",
              "abc",
              "20/0"));

  private void notationGrid() {
    VALUES.forEach(
        (notation, values) -> {
          for (String value : values) {
            optotype("grid " + notation + " '" + value + "'", birthday(6), both(value, notation));
            optotype(
                "grid " + notation + " '" + value + "' right, 1.0 left",
                birthday(4),
                eyes(value, notation, "1.0", "DECIMAL"));
          }
        });
    for (String number : List.of("0.5", "1", "0.05", "4.7", "5", "0", "-0.1", "0.30", "2.5")) {
      for (String notation : List.of("DECIMAL", "FIVE_POINT", "LOGMAR", "SNELLEN_IMPERIAL")) {
        optotype(
            "grid JSON number " + number + " " + notation,
            birthday(6),
            measurements(
                m ->
                    m.add("rightEye", eye(numberReading(number, notation), null))
                        .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
      }
    }
  }

  private void eyePairs() {
    List<String> logMar =
        List.of(
            "-0.3", "-0.1", "0", "0.1", "0.15", "0.2", "0.3", "0.4", "0.5", "0.7", "1", "1.3",
            "1.7", "3");
    for (String right : logMar) {
      for (String left : logMar) {
        for (int age : new int[] {3, 4, 6, 12}) {
          optotype(
              "pair " + right + "/" + left + " at " + age,
              birthday(age),
              eyes(right, left, "LOGMAR"));
        }
      }
    }
  }

  private void agesAroundBirthdays() {
    List<LocalDate> births =
        List.of(LocalDate.of(2008, 3, 15), LocalDate.of(2008, 2, 29), LocalDate.of(2007, 12, 31));
    for (LocalDate birth : births) {
      for (int age = 0; age <= 18; age++) {
        LocalDate birthday = birth.plusYears(age);
        for (LocalDate day : List.of(birthday.minusDays(1), birthday, birthday.plusDays(1))) {
          for (String[] pair : new String[][] {{"0.5", "0.5"}, {"0.6", "0.7"}, {"0.4", "1.0"}}) {
            cases.add(
                new Case(
                    "age " + birth + " on " + day + " " + pair[0] + "/" + pair[1],
                    request(
                        current(),
                        "VISION",
                        "OPTOTYPE",
                        birth,
                        day,
                        eyes(pair[0], pair[1], "DECIMAL"))));
          }
          cases.add(
              new Case(
                  "pure tone " + birth + " on " + day,
                  request(
                      current(),
                      "HEARING",
                      "PURE_TONE",
                      birth,
                      day,
                      pureToneOf(flat(45), flat(55)))));
        }
      }
    }
    cases.add(
        new Case(
            "screened the day before birth",
            request(
                current(),
                "VISION",
                "OPTOTYPE",
                BIRTH_DATE,
                BIRTH_DATE.minusDays(1),
                both("abc", "DECIMAL"))));
    cases.add(
        new Case(
            "screened on the day of birth",
            request(
                current(),
                "HEARING",
                "OAE",
                BIRTH_DATE,
                BIRTH_DATE,
                earOutcomes("PASS", "REFER"))));
  }

  private void correctedAcuity() {
    List<String> uncorrected = List.of("0.01", "0.05", "0.1", "0.3", "0.5", "1.0");
    List<String> correctedValues = new ArrayList<>();
    correctedValues.add(null);
    correctedValues.addAll(List.of("0.015", "0.02", "0.04", "0.1", "0.3", "1.0", "0"));
    for (String rightUncorrected : uncorrected) {
      for (String rightCorrected : correctedValues) {
        for (String leftCorrected : correctedValues) {
          optotype(
              "corrected " + rightUncorrected + "/" + rightCorrected + " " + leftCorrected,
              birthday(7),
              corrected(rightUncorrected, rightCorrected, "0.1", leftCorrected));
        }
      }
    }
  }

  private void acuityShapes() {
    optotype("no measurements", birthday(6), null);
    optotype("empty measurements", birthday(6), measurements(m -> {}));
    optotype(
        "unknown member",
        birthday(6),
        measurements(
            m ->
                m.add("rightEye", eye(reading("1.0", "DECIMAL"), null))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))
                    .add("bothEyes", "1.0")));
    optotype(
        "eye not an object",
        birthday(6),
        measurements(
            m -> m.add("rightEye", "1.0").add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "eye null",
        birthday(6),
        measurements(
            m -> m.addNull("rightEye").add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "reading not an object",
        birthday(6),
        measurements(
            m ->
                m.add("rightEye", Json.createObjectBuilder().add("uncorrected", "1.0"))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "value an object, notation a number",
        birthday(6),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        eye(
                            Json.createObjectBuilder()
                                .add("value", Json.createObjectBuilder())
                                .add("notation", 3),
                            null))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "value null, notation unknown",
        birthday(6),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        eye(
                            Json.createObjectBuilder().addNull("value").add("notation", "decimal"),
                            null))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "value true",
        birthday(6),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        eye(
                            Json.createObjectBuilder()
                                .add("value", true)
                                .add("notation", "DECIMAL"),
                            null))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "corrected only",
        birthday(6),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        Json.createObjectBuilder().add("corrected", reading("1.0", "DECIMAL")))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype(
        "unknown reading member",
        birthday(6),
        measurements(
            m ->
                m.add(
                        "rightEye",
                        eye(
                            Json.createObjectBuilder()
                                .add("value", "1.0")
                                .add("notation", "DECIMAL")
                                .add("unit", "m"),
                            null))
                    .add("leftEye", eye(reading("1.0", "DECIMAL"), null))));
    optotype("outcome for a chart", birthday(6), outcome("PASS"));
    optotype("chart at 2 with bad values", birthday(2), both("0", "FIVE_POINT"));
    optotype("chart at 0", birthday(0), both("1.0", "DECIMAL"));
  }

  private void recordedOutcomes() {
    List<JsonObject> outcomes = new ArrayList<>();
    for (String outcome : List.of("PASS", "REFER", "pass", "FAIL", "")) {
      outcomes.add(outcome(outcome));
    }
    outcomes.add(measurements(m -> {}));
    outcomes.add(measurements(m -> m.add("outcome", 1)));
    outcomes.add(measurements(m -> m.addNull("outcome")));
    outcomes.add(measurements(m -> m.add("outcome", "PASS").add("notes", "x")));
    outcomes.add(earOutcomes("PASS", "PASS"));
    for (String[] kindMethod :
        new String[][] {
          {"VISION", "INSTRUMENT"}, {"VISION", "CLINICIAN"}, {"SPEECH", "CLINICIAN"}
        }) {
      for (JsonObject outcome : outcomes) {
        for (int age : new int[] {0, 2, 7, 18}) {
          add(
              "recorded " + String.join(" ", kindMethod) + " " + outcome + " at " + age,
              kindMethod[0],
              kindMethod[1],
              birthday(age),
              outcome);
        }
      }
    }
  }

  private void earOutcomes() {
    List<JsonValue> values =
        List.of(
            Json.createValue("PASS"),
            Json.createValue("REFER"),
            JsonValue.NULL,
            Json.createValue("FAIL"),
            Json.createValue(1));
    for (String method : List.of("OAE", "AABR")) {
      for (JsonValue right : values) {
        for (JsonValue left : values) {
          for (int age : new int[] {0, 5}) {
            add(
                "ears " + method + " " + right + "/" + left + " at " + age,
                "HEARING",
                method,
                birthday(age),
                measurements(m -> m.add("rightEar", right).add("leftEar", left)));
          }
        }
      }
      add(
          method + " only right",
          "HEARING",
          method,
          birthday(1),
          measurements(m -> m.add("rightEar", "PASS")));
      add(
          method + " unknown member",
          "HEARING",
          method,
          birthday(1),
          measurements(
              m -> m.add("rightEar", "PASS").add("leftEar", "PASS").add("bothEars", "PASS")));
      add(method + " thresholds", "HEARING", method, birthday(1), pureToneOf(flat(20), flat(20)));
    }
  }

  private void pureToneGrid() {
    int[] levels = {
      -10, -5, 0, 10, 15, 19, 20, 21, 25, 34, 35, 40, 41, 49, 50, 60, 61, 64, 65, 79, 80, 81, 90,
      91, 94, 95, 100, 120
    };
    for (int right : levels) {
      for (int left : levels) {
        for (int age : new int[] {2, 7}) {
          pureTone(
              "flat " + right + "/" + left + " at " + age, birthday(age), flat(right), flat(left));
        }
      }
    }
    String[] frequencies = {"500", "1000", "2000", "4000"};
    for (int i = 0; i < frequencies.length; i++) {
      for (int level = -15; level <= 125; level += 1) {
        int[] right = {20, 20, 20, 20};
        right[i] = level;
        pureTone(
            "at " + frequencies[i] + " Hz " + level,
            birthday(level % 2 == 0 ? 2 : 9),
            ear(right[0], right[1], right[2], right[3]),
            ear(40, 41, 39, 41));
      }
    }
    // every PTA4 fraction near the grade limits
    for (int sum = 4 * 38; sum <= 4 * 42; sum++) {
      int base = Math.floorDiv(sum, 4);
      int rest = sum - 4 * base;
      pureTone(
          "PTA4 sum " + sum,
          birthday(sum % 2 == 0 ? 2 : 3),
          ear(
              base + (rest > 0 ? 1 : 0),
              base + (rest > 1 ? 1 : 0),
              base + (rest > 2 ? 1 : 0),
              base),
          ear(
              base + (rest > 0 ? 1 : 0),
              base + (rest > 1 ? 1 : 0),
              base + (rest > 2 ? 1 : 0),
              base));
    }
  }

  private void pureToneShapes() {
    pureTone("no frequencies", birthday(7), Json.createObjectBuilder(), flat(20));
    pureTone("unknown frequency", birthday(7), ear(20, 20, 20, 20).add("8000", 30), flat(20));
    pureTone(
        "fractional dB",
        birthday(7),
        ear(20, 20, 20, 20).add("500", new BigDecimal("20.5")),
        flat(20));
    pureTone("dB as text", birthday(7), ear(20, 20, 20, 20).add("500", "20"), flat(20));
    pureTone("dB null", birthday(7), ear(20, 20, 20, 20).addNull("500"), flat(20));
    pureTone(
        "dB 1e1", birthday(7), ear(20, 20, 20, 20).add("500", new BigDecimal("1E+1")), flat(20));
    pureTone(
        "dB 20.0", birthday(7), ear(20, 20, 20, 20).add("500", new BigDecimal("20.0")), flat(20));
    pureTone(
        "dB huge", birthday(7), ear(20, 20, 20, 20).add("500", new BigDecimal("1e12")), flat(20));
    pureTone("both out of range", birthday(7), flat(-11), flat(121));
    add(
        "right ear missing",
        "HEARING",
        "PURE_TONE",
        birthday(7),
        measurements(m -> m.add("leftEar", flat(20))));
    add(
        "ear not an object",
        "HEARING",
        "PURE_TONE",
        birthday(7),
        measurements(m -> m.add("rightEar", 20).add("leftEar", flat(20))));
    add(
        "pure tone unknown member",
        "HEARING",
        "PURE_TONE",
        birthday(7),
        measurements(
            m -> m.add("rightEar", flat(20)).add("leftEar", flat(20)).add("masking", true)));
    add("pure tone nothing", "HEARING", "PURE_TONE", birthday(7), null);
  }

  private void kindsAndMethods() {
    for (ScreeningKind kind : ScreeningKind.values()) {
      for (ScreeningMethod method : ScreeningMethod.values()) {
        for (JsonObject measurements :
            List.of(
                outcome("REFER"),
                both("0.4", "DECIMAL"),
                earOutcomes("REFER", "PASS"),
                pureToneOf(flat(30), flat(10)))) {
          add(
              kind + " by " + method + " " + measurements,
              kind.name(),
              method.name(),
              birthday(5),
              measurements);
        }
      }
    }
  }

  /**
   * Where the two sides could part: decimal and Snellen acuities go through {@code Math.log10} and
   * {@code Double.toString} (the browser's, in JavaScript), and every reason text through {@code
   * Math.pow}. So every decimal acuity of a chart's range in thousandths, every metric and imperial
   * Snellen fraction with a whole size, and every five-point value in hundredths, each refused by a
   * rule set whose limit is 2.0 so that the reason describes it.
   */
  private void denseAcuities() {
    JsonObject everyAcuityRefers =
        ruleSet("every-acuity-refers.1", 3, Map.of(3, "2.0"), "0.20", "20");
    List<JsonObject> measurements = new ArrayList<>();
    for (int thousandths = 1; thousandths <= 2000; thousandths++) {
      String value = BigDecimal.valueOf(thousandths, 3).toPlainString();
      measurements.add(both(value, "DECIMAL"));
    }
    for (int size = 2; size <= 6001; size += size < 120 ? 1 : 9) {
      measurements.add(both("6/" + size, "SNELLEN_METRIC"));
    }
    for (int size = 9; size <= 20001; size += size < 400 ? 1 : 37) {
      measurements.add(both("20/" + size, "SNELLEN_IMPERIAL"));
    }
    for (int hundredths = 195; hundredths <= 535; hundredths++) {
      measurements.add(both(BigDecimal.valueOf(hundredths, 2).toPlainString(), "FIVE_POINT"));
    }
    for (JsonObject each : measurements) {
      cases.add(
          new Case(
              "dense " + each.getJsonObject("rightEye"),
              request(everyAcuityRefers, "VISION", "OPTOTYPE", BIRTH_DATE, birthday(8), each)));
    }
  }

  // --- builders --------------------------------------------------------------------------------

  private static LocalDate birthday(int years) {
    return BIRTH_DATE.plusYears(years);
  }

  private void optotype(String name, LocalDate screenedOn, JsonObject measurements) {
    add(name, "VISION", "OPTOTYPE", screenedOn, measurements);
  }

  private void pureTone(
      String name, LocalDate screenedOn, JsonObjectBuilder right, JsonObjectBuilder left) {
    add(name, "HEARING", "PURE_TONE", screenedOn, pureToneOf(right, left));
  }

  private void add(
      String name, String kind, String method, LocalDate screenedOn, JsonObject measurements) {
    cases.add(
        new Case(name, request(current(), kind, method, BIRTH_DATE, screenedOn, measurements)));
  }

  static JsonObject request(
      JsonObject ruleSet,
      String kind,
      String method,
      LocalDate birthDate,
      LocalDate screenedOn,
      JsonObject measurements) {
    JsonObjectBuilder request =
        Json.createObjectBuilder()
            .add("ruleSet", ruleSet)
            .add("kind", kind)
            .add("method", method)
            .add("birthDate", birthDate.toString())
            .add("screenedOn", screenedOn.toString());
    if (measurements != null) {
      request.add("measurements", measurements);
    }
    return request.build();
  }

  /** {@link RuleSet#CHILD_SCREENING_2021_1} as screening.rule_set.parameters holds it. */
  static JsonObject current() {
    return ruleSet("child-screening-2021.1", 3, Map.of(3, "0.5", 4, "0.6", 6, "0.7"), "0.20", "20");
  }

  static JsonObject ruleSet(
      String id,
      int optotypeFromAge,
      Map<Integer, String> limits,
      String interocular,
      String pta4) {
    JsonArrayBuilder acuityLimits = Json.createArrayBuilder();
    limits.keySet().stream()
        .sorted()
        .forEach(
            age ->
                acuityLimits.add(
                    Json.createObjectBuilder()
                        .add("fromAge", age)
                        .add("decimal", limits.get(age))));
    return Json.createObjectBuilder()
        .add("id", id)
        .add("optotypeFromAge", optotypeFromAge)
        .add("acuityLimits", acuityLimits)
        .add("interocularDifferenceLogMar", interocular)
        .add("referAtPta4DbHl", pta4)
        .build();
  }

  private static JsonObject measurements(Consumer<JsonObjectBuilder> members) {
    JsonObjectBuilder measurements = Json.createObjectBuilder();
    members.accept(measurements);
    return measurements.build();
  }

  private static JsonObject both(String value, String notation) {
    return eyes(value, notation, value, notation);
  }

  private static JsonObject both(String right, String left, String notation) {
    return eyes(right, notation, left, notation);
  }

  private static JsonObject eyes(String right, String left, String notation) {
    return eyes(right, notation, left, notation);
  }

  private static JsonObject eyes(
      String right, String rightNotation, String left, String leftNotation) {
    return measurements(
        m ->
            m.add("rightEye", eye(reading(right, rightNotation), null))
                .add("leftEye", eye(reading(left, leftNotation), null)));
  }

  private static JsonObject corrected(
      String rightUncorrected,
      String rightCorrected,
      String leftUncorrected,
      String leftCorrected) {
    return measurements(
        m ->
            m.add(
                    "rightEye",
                    eye(
                        reading(rightUncorrected, "DECIMAL"),
                        rightCorrected == null ? null : reading(rightCorrected, "DECIMAL")))
                .add(
                    "leftEye",
                    eye(
                        reading(leftUncorrected, "DECIMAL"),
                        leftCorrected == null ? null : reading(leftCorrected, "DECIMAL"))));
  }

  private static JsonObjectBuilder eye(JsonObjectBuilder uncorrected, JsonObjectBuilder corrected) {
    JsonObjectBuilder eye = Json.createObjectBuilder();
    if (uncorrected != null) {
      eye.add("uncorrected", uncorrected);
    }
    if (corrected != null) {
      eye.add("corrected", corrected);
    }
    return eye;
  }

  private static JsonObjectBuilder reading(String value, String notation) {
    return Json.createObjectBuilder().add("value", value).add("notation", notation);
  }

  private static JsonObjectBuilder numberReading(String value, String notation) {
    return Json.createObjectBuilder().add("value", new BigDecimal(value)).add("notation", notation);
  }

  private static JsonObject outcome(String outcome) {
    return measurements(m -> m.add("outcome", outcome));
  }

  private static JsonObject earOutcomes(String right, String left) {
    return measurements(m -> m.add("rightEar", right).add("leftEar", left));
  }

  private static JsonObjectBuilder flat(int level) {
    return ear(level, level, level, level);
  }

  private static JsonObjectBuilder ear(int at500, int at1000, int at2000, int at4000) {
    return Json.createObjectBuilder()
        .add("500", at500)
        .add("1000", at1000)
        .add("2000", at2000)
        .add("4000", at4000);
  }

  private static JsonObject pureToneOf(JsonObjectBuilder right, JsonObjectBuilder left) {
    return measurements(m -> m.add("rightEar", right).add("leftEar", left));
  }
}
