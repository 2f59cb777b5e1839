package org.alliancecare.interop.internal.imports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.GuardianDetails;
import org.alliancecare.patients.api.PatientRegistration;
import org.alliancecare.patients.api.Sex;

/**
 * A row of a child list as the API's registration (and the guardian's consent, when the row gives
 * its date), or the bad cells that stop it. One guardian per row; a guardian's name in Uyghur
 * script is registered as the Uyghur name. Consent is to {@code SCREENING} unless {@code
 * consentScopes} says otherwise.
 */
record PatientRow(
    long number,
    PatientRegistration registration,
    ConsentDetails consent,
    String externalId,
    List<FieldError> errors) {

  private static final Map<String, Sex> SEXES =
      Map.of(
          "m",
          Sex.MALE,
          "男",
          Sex.MALE,
          "ئوغۇل",
          Sex.MALE,
          "f",
          Sex.FEMALE,
          "女",
          Sex.FEMALE,
          "قىز",
          Sex.FEMALE);

  static PatientRow of(SheetRow row) {
    Cells cells = new Cells(row);
    Sex sex = cells.choice("sex", Sex.class, SEXES);
    LocalDate birthDate = cells.date("birthDate");
    LocalDate consentGivenOn = cells.date("consentGivenOn");
    List<ConsentScope> scopes = cells.choices("consentScopes", ConsentScope.class);
    Boolean acknowledged = cells.yesNo("acknowledgeDuplicate");
    String guardianName = cells.text("guardianName");
    List<GuardianDetails> guardians = List.of();
    if (guardianName != null
        || cells.text("guardianRelationship") != null
        || cells.text("guardianPhone") != null) {
      boolean uyghur = guardianName != null && inArabicScript(guardianName);
      guardians =
          List.of(
              new GuardianDetails(
                  uyghur ? null : guardianName,
                  uyghur ? guardianName : null,
                  cells.text("guardianRelationship"),
                  cells.text("guardianPhone"),
                  null));
    }
    PatientRegistration registration =
        new PatientRegistration(
            cells.text("name"),
            cells.text("nameUg"),
            sex,
            birthDate,
            cells.text("nationalId"),
            null,
            cells.text("placeCode"),
            null,
            guardians,
            acknowledged);
    ConsentDetails consent = null;
    if (consentGivenOn != null || !scopes.isEmpty()) {
      Set<ConsentScope> given =
          scopes.isEmpty() ? EnumSet.of(ConsentScope.SCREENING) : EnumSet.copyOf(scopes);
      consent =
          new ConsentDetails(
              guardianName, cells.text("guardianRelationship"), given, consentGivenOn, null);
    }
    return new PatientRow(
        row.number(), registration, consent, cells.text("externalId"), cells.errors());
  }

  /** The column of a field of the registration, as the patients facade names it. */
  static String columnOfRegistrationField(String field) {
    if (field.startsWith("guardians")) {
      if (field.endsWith(".relationship")) {
        return "guardianRelationship";
      }
      if (field.endsWith(".phone")) {
        return "guardianPhone";
      }
      return "guardianName";
    }
    return switch (field) {
      case "name", "nameUg", "sex", "birthDate", "nationalId", "placeCode" -> field;
      case "" -> "name";
      case "acknowledgeDuplicates" -> "acknowledgeDuplicate";
      default -> null;
    };
  }

  /** The column of a field of the consent, as the patients facade names it. */
  static String columnOfConsentField(String field) {
    return switch (field) {
      case "guardianName" -> "guardianName";
      case "relationship" -> "guardianRelationship";
      case "scopes" -> "consentScopes";
      case "givenOn" -> "consentGivenOn";
      default -> null;
    };
  }

  static boolean inArabicScript(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }
}
