package org.alliancecare.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English field-error sentences, as plain Java: {@link InvalidInput.FieldError#of} writes a
 * field error's English with them where no resource can be read — the screening classifier is also
 * compiled to JavaScript (TeaVM) for the field app, which has neither {@code ResourceBundle} nor
 * regular expressions' replacement methods. They mirror the {@code error.*} entries of {@code
 * problems_en.properties} exactly (ProblemTextsCatalogueTest keeps the two equal).
 */
final class ErrorSentences {

  private static final Map<String, String> ENGLISH = new HashMap<>();
  private static final Map<String, String> KEY_OF_ENGLISH = new HashMap<>();

  private ErrorSentences() {}

  static {
    put("error.not-an-allowed-code", "is not one of the allowed codes");
    put("error.not-a-field-of-request", "is not a field of this request");
    put("error.wrong-type-or-format", "has the wrong type or format");
    put("error.not-well-formed-json", "is not well-formed JSON of the expected shape");
    put("error.malformed", "is malformed");
    put(
        "error.unstorable-character",
        "contains a NUL character or an unpaired surrogate (\\u0000, \\ud800…), which cannot be stored");
    put("error.nested-deeper-than", "is nested deeper than {0} levels");
    put("error.at-most-characters", "must be at most {0} characters");
    put("error.between-1-and", "must be between 1 and {0}");
    put("error.between-0-and", "must be between 0 and {0}");
    put("error.whole-number-from-1-to", "must be a whole number from 1 to {0}");
    put("error.whole-number-between-1-and", "must be a whole number between 1 and {0}");
    put("error.not-before-request-day", "must not lie before the day of the request ({0})");
    put("error.not-before-starts-on", "must not lie before startsOn ({0})");
    put("error.not-in-future-today-is", "must not lie in the future (today is {0})");
    put("error.after-membership-began-on", "must be after the membership began on {0}");
    put("error.threshold-at-hz-required", "the threshold at {0} Hz is required");
    put(
        "error.screening-date-before-birth-date",
        "the screening date {0} is before the birth date {1}");
    put("error.constraint.NotBlank", "must not be blank");
    put("error.constraint.NotNull", "must not be null");
    put("error.constraint.NotEmpty", "must not be empty");
    put("error.constraint.Size", "size must be between {0} and {1}");
    put("error.constraint.Min", "must be greater than or equal to {0}");
    put("error.constraint.Max", "must be less than or equal to {0}");
    put("error.constraint.Past", "must be a past date");
    put("error.constraint.PastOrPresent", "must be a date in the past or in the present");
    put("error.constraint.FutureOrPresent", "must be a date in the present or in the future");
    put("error.constraint.Pattern", "must match \"{0}\"");
    put("error.phone", "must be a phone number");
    put("error.upper-snake-case", "must be UPPER_SNAKE_CASE");
    put("error.local-time-hh-mm", "must be a local time HH:MM, e.g. 09:30");
    put("error.not-a-place", "is not a place");
    put("error.not-a-practitioner", "is not a practitioner");
    put("error.not-an-organisation", "is not an organisation");
    put("error.required-for-aid-practitioner", "is required for an aid practitioner");
    put(
        "error.required-for-aid-practitioner-hospital",
        "is required for an aid practitioner: the hospital that sent them");
    put(
        "error.required-for-organisation-in-region",
        "is required for an organisation in the region");
    put("error.required-aid-or-local", "is required: AID or LOCAL");
    put("error.required-township-or-village", "is required: TOWNSHIP or VILLAGE");
    put(
        "error.required-place-code",
        "is required: a 12-digit GB/T 2260 code, or the county's code with -T or -V and a number");
    put(
        "error.required-specialty-code",
        "is required: a specialty code in capitals, e.g. PEDIATRICS");
    put("error.password-too-common", "is too common or too easy to guess; choose another");
    put("error.aid-home-hospital", "must be an aid home hospital");
    put("error.at-most-200-characters-long", "must be at most 200 characters long");
    put(
        "error.organisation-key-format",
        "must be capitals, digits and dashes, at most 32 characters (e.g. AKS-H1)");
    put("error.not-before-tour-start", "must not be before tourStart");
    put(
        "error.at-least-one-role",
        "name at least one of DOCTOR, ALLIANCE_LEAD, COORDINATOR, AUDITOR, ADMIN");
    put("error.not-a-username", "not a username");
    put("error.only-aid-has-home-organisation", "only an aid practitioner has a home organisation");
    put("error.only-aid-has-tour", "only an aid practitioner has a tour");
    put("error.acuity-required", "an acuity is required");
    put(
        "error.eye-acuity-required",
        "the acuity of this eye is required: {uncorrected, corrected?}");
    put("error.kind-required", "the kind is required: VISION, HEARING or SPEECH");
    put("error.method-required", "the method is required");
    put("error.uncorrected-acuity-required", "the uncorrected acuity is required");
    put(
        "error.unknown-frequency",
        "unknown frequency; thresholds are recorded at 500, 1000, 2000 and 4000 Hz");
    put("error.must-not-contain-null", "must not contain null");
    put("error.not-one-of", "is not one of {0}");
    put("error.one-of", "must be one of {0}");
    put(
        "error.exactly-one-of-clinic-id-and-place-code",
        "give exactly one of clinicId and placeCode");
    put("error.not-a-condition-of-case", "is not one of the case's conditions {0}");
    put("error.not-a-condition-of-program", "is not one of the program's conditions {0}");
    put("error.appears-twice-for", "appears twice for {0}");
    put("error.earlier-template-of", "must name an earlier template of {0}");
    put(
        "error.not-rule-set-parameters",
        "not a rule set's parameters as stored (optotypeFromAge, acuityLimits, interocularDifferenceLogMar, referAtPta4DbHl)");
    put("error.kind-required-one-of", "the kind is required, one of {0}");
    put("error.method-required-one-of", "the method is required, one of {0}");
    put("error.no-such-day", "there is no such day as {0}");
    put("error.must-be", "must be {0}");
    put("error.object-of-shape", "must be an object {0}");
    put("error.not-a-field-here-expected", "is not a field here; expected {0}");
    put("error.screening-records-outcome", "a {0} screening records {outcome: PASS or REFER}");
    put(
        "error.screening-records-ear-outcomes",
        "a {0} screening records {rightEar, leftEar}: PASS or REFER");
    put(
        "error.pure-tone-records-thresholds",
        "a PURE_TONE screening records {rightEar, leftEar}, each {\"500\": dB, \"1000\": dB, \"2000\": dB, \"4000\": dB}");
    put("error.logmar-between-was", "logMAR must lie between -0.3 and 3.0, was {0}");
    put("error.notation-required-one-of", "the notation is required, one of {0}");
    put("error.acuity-required-example", "an acuity is required, e.g. {0} in {1}");
    put("error.snellen-acuity-is-text", "a Snellen acuity is a fraction written as text, e.g. {0}");
    put(
        "error.not-an-acuity-expected-number",
        "'{0}' is not a {1} acuity; expected a number like {2}");
    put("error.decimal-acuity-positive-was", "a decimal acuity is greater than 0, was {0}");
    put("error.decimal-acuity-between-was", "a decimal acuity lies between 0.001 and 2.0, was {0}");
    put("error.five-point-positive-was", "a five-point record is greater than 0, was {0}");
    put(
        "error.five-point-between-was",
        "a five-point record lies between 2.0 and 5.3 (5.0 is normal), was {0}");
    put("error.logmar-acuity-between-was", "a logMAR acuity lies between -0.3 and 3.0, was {0}");
    put("error.not-a-fraction-expected", "'{0}' is not a {1} fraction; expected e.g. {2}");
    put(
        "error.test-distance-at-most-was",
        "the test distance of a {0} fraction is at most {1}, was {2}");
    put(
        "error.metric-test-distance-at-most-was",
        "the test distance of a {0} fraction is at most {1}, was {2}; a fraction like 20/40 is SNELLEN_IMPERIAL");
    put(
        "error.snellen-fraction-between-was",
        "a Snellen fraction lies between decimal 2.0 and 0.001 (e.g. 6/3 to 6/6000), was {0}");
    put(
        "error.average-multiple-of-quarter-was",
        "an average of four whole decibels is a multiple of 0.25 dB, was {0}");
    put("error.average-between-was", "an average lies between -10 and 120 dB HL, was {0}");
    put("error.threshold-between-was", "a threshold lies between {0} and {1} dB HL, was {2}");
    put("error.method-does-not-screen", "{0} does not screen {1}; use one of {2}");
    put("error.at-least-characters-long", "must be at least {0} characters long");
    put("error.at-most-characters-long", "must be at most {0} characters long");
    put("error.begin-with-county-code", "must begin with its county's code {0}");
    put(
        "error.username-format",
        "is required: 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter");
    put(
        "error.name-or-name-ug-required",
        "give a name in Chinese characters or Latin letters, or a name in Uyghur script");
    put("error.uyghur-script", "must be written in Uyghur Arabic script");
    put("error.language-one-of", "must be one of zh-CN, ug-CN, en");
    put("error.level-cannot-be-below", "a {0} cannot be below a {1}");
    put("error.pdf-or-html", "must be pdf or html");
    put("error.a4-or-a5", "must be A4 or A5");
    put("error.must-date-yyyy-mm-dd", "must be a date YYYY-MM-DD");
    put("error.cursor-not-handed-out", "is not a cursor that this list handed out");
    put("error.required", "is required");
    put("error.cannot-in-future", "cannot be in the future");
    put("error.not-known-place", "is not a known place");
    put("error.outside-your-jurisdiction", "is outside your jurisdiction");
    put(
        "error.must-18-characters-17-digits-and-digit",
        "must be 18 characters: 17 digits and a digit or X");
    put("error.has-wrong-check-character", "has a wrong check character");
    put(
        "error.contains-birth-date-that-does-not-exist",
        "contains a birth date that does not exist");
    put("error.does-not-agree-with-birth-date", "does not agree with the birth date");
    put("error.does-not-agree-with-identity-number", "does not agree with the identity number");
    put("error.does-not-agree-with-sex", "does not agree with the sex");
    put("error.must-true-or-false", "must be true or false");
    put(
        "error.must-id-of-screening-attendance-or-case",
        "must be the id of the screening, attendance or case");
    put("error.names-no-organisation", "names no organisation");
    put("error.must-whole-number", "must be a whole number");
    put("error.names-no-place", "names no place");
    put("error.names-no-program", "names no program");
    put("error.names-no-referral-of-this-patient", "names no referral of this patient");
    put("error.names-no-screening-of-this-patient", "names no screening of this patient");
    put("error.name-at-least-one-condition", "name at least one condition");
    put("error.required-to-close-case", "is required to close a case");
    put(
        "error.given-only-when-case-closed-stage-closed",
        "is given only when the case is closed (stage CLOSED)");
    put("error.must-1-or-more", "must be 1 or more");
    put("error.must-1-or-more-or-absent-for", "must be 1 or more, or absent for no quota");
    put("error.names-no-screening", "names no screening");
    put("error.must-object", "must be an object");
    put("error.must-object-ruleset-kind-method", "must be an object {ruleSet, kind, method, …}");
    put("error.rule-set-id-parameters-required", "the rule set {id, …parameters} is required");
    put("error.date-required-written-yyyy-mm-dd", "a date is required, written YYYY-MM-DD");
    put(
        "error.lies-in-future-give-time-screening-was",
        "lies in the future; give the time the screening was done");
    put("error.say-why-screening-corrected", "say why the screening is corrected");
    put("error.not-id-of-clinic", "is not the id of a clinic");
    put("error.measurements-are-required", "the measurements are required");
    put(
        "error.acuity-number-or-text-e-g-0",
        "an acuity is a number or text, e.g. 0.5, 4.7, \"6/12\"");
    put("error.threshold-whole-number-of-db-hl", "a threshold is a whole number of dB HL");
    put("error.threshold-number-of-db-hl-e-g", "a threshold is a number of dB HL, e.g. 25");
    put("error.pass-or-refer-required", "PASS or REFER is required");
    put(
        "error.both-parts-of-snellen-fraction-are-greater",
        "both parts of a Snellen fraction are greater than 0");
    put(
        "error.optotype-screening-records-righteye-uncorrected-corrected-lefteye",
        "an OPTOTYPE screening records {rightEye: {uncorrected, corrected?}, leftEye: {...}}");
    put(
        "error.thresholds-in-db-hl-at-500-1000",
        "thresholds in dB HL at 500, 1000, 2000 and 4000 Hz are required");
    put(
        "error.must-phase-number-whole-number-from-1",
        "must be a phase number: a whole number from 1");
    put("error.must-not-before-from", "must not be before from");
    put("error.must-date-yyyy-mm-dd-2", "must be a date, YYYY-MM-DD");
    put(
        "error.required-send-new-random-key-e-g",
        "is required: send a new random key (e.g. a UUID) with each new record");
    put(
        "error.must-1-to-200-visible-ascii-characters",
        "must be 1 to 200 visible ASCII characters");
    put("error.needs-streamtype-as-well", "needs streamType as well");
    put(
        "error.must-iso-8601-instant-in-utc-e",
        "must be an ISO-8601 instant in UTC, e.g. 2026-05-04T03:00:00Z");
    put("error.must-after-from", "must be after from");
    put("error.required-post-whole-checkpoint-back", "is required: post the whole checkpoint back");
    put(
        "error.needs-streamtype-streamid-streamversion-and-hash",
        "needs streamType, streamId, streamVersion and hash");
    put(
        "error.out-of-order-heads-are-sorted-by",
        "is out of order: heads are sorted by stream, each once");
    put(
        "error.not-number-of-entries-that-checkpoint-s",
        "is not the number of entries that the checkpoint's heads cover");
    put(
        "error.does-not-match-checkpoint-s-heads-checkpoint",
        "does not match the checkpoint's heads: the checkpoint is not the one handed out");
    put("error.must-at-most-4000-characters", "must be at most 4000 characters");
    put(
        "error.must-one-of-planned-published-in-progress",
        "must be one of PLANNED, PUBLISHED, IN_PROGRESS, COMPLETED, CANCELLED");
    put("error.not-practitioner-in-directory", "is not a practitioner in the directory");
    put("error.required-id-of-registered-patient", "is required: the id of a registered patient");
    put("error.required-booked-or-walk-in", "is required: BOOKED or WALK_IN");
    put("error.must-at-most-2000-characters", "must be at most 2000 characters");
    put("error.not-registered-patient", "is not a registered patient");
    put("error.not-alliance", "is not an alliance");
    put("error.names-alliance-that-does-not-exist", "names an alliance that does not exist");
    put("error.not-place-in-directory", "is not a place in the directory");
    put("error.must-township-or-village", "must be a township or a village");
    put("error.names-unknown-service", "names an unknown service");
    put("error.must-not-name-host-alliance", "must not name the host alliance");
    put("error.required-as-hh-mm", "is required, as HH:MM");
    put("error.must-after-starttime-on-same-day", "must be after startTime on the same day");
    put(
        "error.not-iana-time-zone-such-as-asia",
        "is not an IANA time zone such as Asia/Shanghai or Asia/Urumqi");
    put(
        "error.cannot-change-cancel-this-clinic-and-plan",
        "cannot change; cancel this clinic and plan one for the other alliance");
    put("error.required-e-g-doctor-or-nurse", "is required, e.g. DOCTOR or NURSE");
    put("error.required-to-cancel-clinic", "is required to cancel a clinic");
    put("error.required-lead-or-member", "is required: LEAD or MEMBER");
    put(
        "error.must-2-to-16-capital-letters-digits",
        "must be 2 to 16 capital letters, digits, - or _, starting with a letter");
  }

  // --- issue 17: imports backend
  static {
    put("error.import-file-empty", "has no header row naming columns of this import");
    put(
        "error.import-file-unreadable",
        "cannot be read as CSV (UTF-8, or the charset declared) or as an XLSX workbook");
    put(
        "error.not-a-column-of-import",
        "is not a column of a {0} import (docs/import.md lists them)");
    put("error.column-named-twice", "names the column {0} a second time");
    put(
        "error.must-date-time",
        "must be a date and time, e.g. 2026-05-04 09:30 (Beijing time) or 2026-05-04T01:30:00Z");
    put("error.patient-id-or-external-id", "is required: patientId or externalId");
    put(
        "error.external-id-unknown",
        "names no child imported with this externalId that you may see");
    put(
        "error.external-id-ambiguous",
        "names several children imported with this externalId; give patientId instead");
    put("error.no-patient-in-scope", "is not a child you may see");
    put("error.row-imported-before", "was imported before from this same file, as {0}");
    put("error.external-id-imported-before", "was imported before at this place, as child {0}");
    put(
        "error.possible-duplicate-of",
        "may be a child already registered ({0}); set acknowledgeDuplicate to true to register anyway");
    put("error.already-registered-as", "belongs to a child already registered ({0})");
    put(
        "error.dry-run-at-most-rows",
        "is for files of at most {0} rows; import this file without a dry run");
    put("error.row-not-imported", "could not be imported ({0})");
    put("error.row-not-allowed", "is not allowed to you");
    put("error.import-file-gone", "the uploaded file is no longer there; upload it again");
    put("error.must-email-address", "must be an e-mail address, e.g. name@example.cn");
  }

  private static void put(String key, String english) {
    ENGLISH.put(key, english);
    if (!english.contains("{0}") && !KEY_OF_ENGLISH.containsKey(english)) {
      KEY_OF_ENGLISH.put(english, key);
    }
  }

  /** The English template of an error key; an unknown key is a bug. */
  static String english(String key) {
    String template = ENGLISH.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no field error " + key + " in the catalogue");
    }
    return template;
  }

  /** The key of the sentence without arguments whose English is exactly this, or null. */
  static String keyOfEnglish(String english) {
    return KEY_OF_ENGLISH.get(english);
  }

  /** All English sentences by key (for the test that compares them with the catalogue). */
  static Map<String, String> all() {
    return Map.copyOf(ENGLISH);
  }

  /** {@code {0}}, {@code {1}}… replaced by the arguments, verbatim, without regular expressions. */
  static String fill(String template, List<String> arguments) {
    String filled = template;
    for (int i = 0; i < arguments.size(); i++) {
      filled = filled.replace("{" + i + "}", arguments.get(i));
    }
    return filled;
  }

  static List<String> strings(Object... arguments) {
    List<String> values = new ArrayList<>();
    for (Object argument : arguments) {
      values.add(String.valueOf(argument));
    }
    return values;
  }
}
