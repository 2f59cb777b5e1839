package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.patients.api.GuardianDetails;
import org.alliancecare.patients.api.PatientRegistration;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.Sex;

/**
 * Registering a child, as {@code POST /api/patients}: the patients module checks the identity
 * number and looks for duplicates. Probable duplicates come back as candidates on the page; the
 * doctor looks at them and either opens one or registers the child anyway (acknowledging them). The
 * identity number is never shown again once typed: its field does not redisplay it and it stays in
 * this view only until the registration is done.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;

  private String name;
  private String nameUg;
  private Sex sex;
  private LocalDate birthDate;
  private String nationalId;
  private String ethnicity;
  private String placeCode;
  private String address;
  private String guardianName;
  private String guardianNameUg;
  private String guardianRelationship;
  private String guardianPhone;

  private PatientRegistration pending;
  private List<Candidate> candidates = List.of();
  private String existingPatientId;

  /** A probable duplicate as the patients module reported it (no identity number). */
  public record Candidate(
      String id, String name, String nameUg, String birthDate, String placeCode, String matchedOn)
      implements Serializable {}

  public String register() {
    if (nationalId != null && nationalId.isBlank()) {
      nationalId = null;
    }
    pending =
        new PatientRegistration(
            PatientSearchPage.blankToNull(name),
            PatientSearchPage.blankToNull(nameUg),
            sex,
            birthDate,
            nationalId == null ? null : nationalId.strip(),
            PatientSearchPage.blankToNull(ethnicity),
            placeCode,
            PatientSearchPage.blankToNull(address),
            guardian(),
            Boolean.FALSE);
    return submit(pending);
  }

  /** The doctor has looked at the candidates and registers a different child. */
  public String registerAnyway() {
    if (pending == null) {
      return null;
    }
    PatientRegistration acknowledged =
        new PatientRegistration(
            pending.name(),
            pending.nameUg(),
            pending.sex(),
            pending.birthDate(),
            pending.nationalId(),
            pending.ethnicity(),
            pending.placeCode(),
            pending.address(),
            pending.guardians(),
            Boolean.TRUE);
    return submit(acknowledged);
  }

  private String submit(PatientRegistration registration) {
    candidates = List.of();
    existingPatientId = null;
    try {
      PatientView patient = patients.register(registration, caller.get());
      accessTrail.read("Patient", patient);
      forget();
      texts.info("register.done");
      return Navigation.to("/app/records/patient.xhtml", "id", patient.id());
    } catch (RuntimeException refused) {
      Refusal problem = feedback.understood(refused);
      String type = problem.type();
      if ("possible-duplicate".equals(type)) {
        candidates = candidates(problem);
        texts.warn(feedback.describe(problem));
      } else {
        if ("duplicate-patient".equals(type)) {
          existingPatientId = String.valueOf(problem.members().get("existingPatientId"));
        }
        feedback.show(problem);
      }
      return null;
    }
  }

  private void forget() {
    nationalId = null;
    pending = null;
  }

  private List<GuardianDetails> guardian() {
    String named = PatientSearchPage.blankToNull(guardianName);
    String namedUg = PatientSearchPage.blankToNull(guardianNameUg);
    if (named == null && namedUg == null) {
      return List.of();
    }
    return List.of(
        new GuardianDetails(
            named,
            namedUg,
            guardianRelationship == null ? "" : guardianRelationship.strip(),
            PatientSearchPage.blankToNull(guardianPhone),
            null));
  }

  /** The candidates of the problem, read through its JSON form (their type is the module's own). */
  private static List<Candidate> candidates(Refusal problem) {
    String json = JSON.toJson(problem.members().get("candidates"));
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.stream()
          .map(JsonValue::asJsonObject)
          .map(
              c ->
                  new Candidate(
                      text(c, "id"),
                      text(c, "name"),
                      text(c, "nameUg"),
                      text(c, "birthDate"),
                      text(c, "placeCode"),
                      text(c, "matchedOn")))
          .toList();
    }
  }

  private static String text(JsonObject object, String name) {
    return object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null;
  }

  public boolean isIdentityNumberHeld() {
    return pending != null && pending.nationalId() != null;
  }

  /** The bundle key of why a candidate matched. */
  public String matchedOnKey(String matchedOn) {
    return "matchedOn." + (matchedOn == null ? "" : matchedOn.replace(' ', '-'));
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public String getExistingPatientId() {
    return existingPatientId;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameUg() {
    return nameUg;
  }

  public void setNameUg(String nameUg) {
    this.nameUg = nameUg;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  /** Never read back into the page. */
  public String getNationalId() {
    return null;
  }

  public void setNationalId(String nationalId) {
    if (nationalId != null && !nationalId.isBlank()) {
      this.nationalId = nationalId;
    }
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public void setPlaceCode(String placeCode) {
    this.placeCode = placeCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getGuardianName() {
    return guardianName;
  }

  public void setGuardianName(String guardianName) {
    this.guardianName = guardianName;
  }

  public String getGuardianNameUg() {
    return guardianNameUg;
  }

  public void setGuardianNameUg(String guardianNameUg) {
    this.guardianNameUg = guardianNameUg;
  }

  public String getGuardianRelationship() {
    return guardianRelationship;
  }

  public void setGuardianRelationship(String guardianRelationship) {
    this.guardianRelationship = guardianRelationship;
  }

  public String getGuardianPhone() {
    return guardianPhone;
  }

  public void setGuardianPhone(String guardianPhone) {
    this.guardianPhone = guardianPhone;
  }
}
