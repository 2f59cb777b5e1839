package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.screening.api.NewScreening;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * The screening form, made for one child after another: the kind and method the doctor used last,
 * the method that suits the child's age, the clinic the doctor works at today, PASS as the default
 * outcome; the measurements of the chosen method only, then the result, its classification and the
 * reasons at once, as the screening module computed them ({@code POST /api/screenings}). A
 * guardian's consent can be captured in the same step when the child has none on file.
 */
@Named
@ViewScoped
public class ScreeningPage extends PatientFormPage {

  private static final long serialVersionUID = 1L;

  /** Acuity notations (API.md, Screenings): the five-point record is the one Chinese charts use. */
  static final List<String> NOTATIONS =
      List.of("FIVE_POINT", "DECIMAL", "LOGMAR", "SNELLEN_METRIC", "SNELLEN_IMPERIAL");

  static final List<String> FREQUENCIES = List.of("500", "1000", "2000", "4000");

  @Inject ScreeningsFacade screenings;
  @Inject OutreachFacade outreach;
  @Inject WorkingClinic workingClinic;
  @Inject BusinessClock clock;
  @Inject Texts texts;

  private int age;
  private boolean consentNeeded;
  private List<ClinicView> clinics = List.of();

  private ScreeningKind kind = ScreeningKind.VISION;
  private ScreeningMethod method;
  private String clinicId;
  private String notation = "FIVE_POINT";
  private String rightUncorrected;
  private String leftUncorrected;
  private String rightCorrected;
  private String leftCorrected;
  private Outcome outcome = Outcome.PASS;
  private Outcome rightEar = Outcome.PASS;
  private Outcome leftEar = Outcome.PASS;
  private Integer[] rightThresholds = new Integer[4];
  private Integer[] leftThresholds = new Integer[4];
  private String notes;
  private String consentGuardian;
  private String consentRelationship;

  private ScreeningView recorded;

  public void load() {
    if (!readPatient()) {
      return;
    }
    LocalDate today = today();
    age = patients.facts(patient.id()).map(f -> f.ageOn(today)).orElse(0);
    consentNeeded =
        patients.facts(patient.id()).map(f -> f.isMinorOn(today)).orElse(true)
            && !patients.hasConsent(patient.id(), ConsentScope.SCREENING, today);
    clinics = clinicsOfToday(caller.get(), today);
    if (clinicId == null) {
      clinicId = workingClinic.getClinicId();
    }
    if (workingClinic.lastKind() != null) {
      kind = workingClinic.lastKind();
    }
    method = suitableMethod();
  }

  private LocalDate today() {
    return clock.today();
  }

  private List<ClinicView> clinicsOfToday(Caller me, LocalDate today) {
    return outreach
        .clinics(
            new ClinicQuery(today, today, null, null, null),
            PageRequest.first(PageRequest.MAX_LIMIT))
        .items()
        .stream()
        .filter(
            c ->
                c.id().equals(workingClinic.getClinicId())
                    || c.staff().stream()
                        .anyMatch(s -> s.practitionerId().equals(me.practitionerId())))
        .toList();
  }

  /**
   * The method that suits the kind and the child: a chart from 3 years, an instrument before; for
   * hearing, pure-tone audiometry from 3 years and otoacoustic emissions before.
   */
  private ScreeningMethod suitableMethod() {
    return switch (kind) {
      case VISION -> age >= 3 ? ScreeningMethod.OPTOTYPE : ScreeningMethod.INSTRUMENT;
      case HEARING -> age >= 3 ? ScreeningMethod.PURE_TONE : ScreeningMethod.OAE;
      case SPEECH -> ScreeningMethod.CLINICIAN;
    };
  }

  /** The kind changed: offer the method that suits it. */
  public void kindChanged() {
    method = suitableMethod();
  }

  public void record() {
    if (recorded != null) {
      return;
    }
    LocalDate today = today();
    ConsentDetails consent =
        consentNeeded && consentGuardian != null && !consentGuardian.isBlank()
            ? new ConsentDetails(
                consentGuardian.strip(),
                consentRelationship == null ? "" : consentRelationship.strip(),
                Set.of(ConsentScope.SCREENING),
                today,
                null)
            : null;
    NewScreening screening =
        new NewScreening(
            patient.id(),
            kind,
            clock.now(),
            method,
            PatientSearchPage.blankToNull(clinicId),
            measurements(),
            PatientSearchPage.blankToNull(notes),
            consent);
    recorded = feedback.attempt(() -> screenings.record(screening, caller.get())).orElse(null);
    if (recorded != null) {
      accessTrail.read("Screening", recorded);
      workingClinic.remember(kind);
      consentNeeded = false;
    }
  }

  /** The measurements of the method, in the shape of API.md. */
  JsonObject measurements() {
    JsonObjectBuilder measured = Json.createObjectBuilder();
    switch (method) {
      case OPTOTYPE -> {
        measured.add("rightEye", eye(rightUncorrected, rightCorrected));
        measured.add("leftEye", eye(leftUncorrected, leftCorrected));
      }
      case INSTRUMENT, CLINICIAN -> measured.add("outcome", outcome.name());
      case OAE, AABR -> {
        measured.add("rightEar", rightEar.name());
        measured.add("leftEar", leftEar.name());
      }
      case PURE_TONE -> {
        measured.add("rightEar", thresholds(rightThresholds));
        measured.add("leftEar", thresholds(leftThresholds));
      }
    }
    return measured.build();
  }

  private JsonObjectBuilder eye(String uncorrected, String corrected) {
    JsonObjectBuilder eye = Json.createObjectBuilder();
    eye.add("uncorrected", acuity(uncorrected));
    if (corrected != null && !corrected.isBlank()) {
      eye.add("corrected", acuity(corrected));
    }
    return eye;
  }

  private JsonObjectBuilder acuity(String value) {
    return Json.createObjectBuilder()
        .add("value", value == null ? "" : value.strip())
        .add("notation", notation);
  }

  private static JsonObjectBuilder thresholds(Integer[] levels) {
    JsonObjectBuilder ear = Json.createObjectBuilder();
    for (int i = 0; i < FREQUENCIES.size(); i++) {
      if (levels[i] != null) {
        ear.add(FREQUENCIES.get(i), levels[i]);
      }
    }
    return ear;
  }

  /** The next child: the form again, with the same kind, method and clinic. */
  public String nextChild() {
    return Navigation.to("/app/records/patients.xhtml");
  }

  public String refer() {
    return Navigation.to("/app/care/referral-new.xhtml", "screening", recorded.id());
  }

  public List<ScreeningMethod> getMethods() {
    return kind.methods();
  }

  public ScreeningKind[] getKinds() {
    return ScreeningKind.values();
  }

  public List<String> getNotations() {
    return NOTATIONS;
  }

  public List<String> getFrequencies() {
    return FREQUENCIES;
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  /**
   * The reasons of the result, one line each in the page's language: the reason's name, with the
   * ear it concerns when a reason is given per ear (so that both ears' "four-frequency average at
   * or above 20 dB HL" are two different lines), and in English the screening module's sentence
   * (Chinese and Uyghur pages name the ear and its average from the bundle).
   */
  public List<String> getReasonLines() {
    if (recorded == null || recorded.classification() == null) {
      return List.of();
    }
    List<ReasonView> reasons = recorded.classification().reasons();
    List<String> ears = earsOf(recorded);
    boolean english = texts.locale().getLanguage().equals("en");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < reasons.size(); i++) {
      ReasonView reason = reasons.get(i);
      String name = texts.text("reason." + reason.code());
      String ear = ears.get(i);
      if (english) {
        lines.add(name + " — " + reason.text());
      } else if (ear == null) {
        lines.add(name);
      } else {
        BigDecimal average =
            ear.equals("right")
                ? recorded.classification().pta4Right()
                : recorded.classification().pta4Left();
        lines.add(
            texts.text("reason.perEar", texts.text("reason.ear." + ear), name)
                + (average == null
                    ? ""
                    : texts.text("reason.average", average.stripTrailingZeros().toPlainString())));
      }
    }
    return lines;
  }

  /**
   * The ear each reason of a hearing screening concerns ({@code right}, {@code left}), or null for
   * a reason of both or of neither. The hearing classifier gives a reason per ear, the right ear's
   * first: a four-frequency average at or above the limit, an ear that did not pass (OAE, AABR).
   * When only one ear's average is at or above the limit it is the higher one; when only one ear
   * did not pass, the measurements say which.
   */
  static List<String> earsOf(ScreeningView screening) {
    List<ReasonView> reasons = screening.classification().reasons();
    List<String> perEar = new ArrayList<>();
    long averages = reasons.stream().filter(r -> r.code().equals("PTA4_AT_OR_ABOVE_LIMIT")).count();
    long refers = reasons.stream().filter(r -> r.code().equals("EAR_REFER")).count();
    List<String> averageEars =
        averages == 2 ? List.of("right", "left") : List.of(higherAverage(screening));
    List<String> referEars =
        refers == 2 ? List.of("right", "left") : List.of(referringEar(screening));
    int average = 0;
    int refer = 0;
    for (ReasonView reason : reasons) {
      switch (reason.code()) {
        case "PTA4_AT_OR_ABOVE_LIMIT" ->
            perEar.add(averageEars.get(Math.min(average++, averageEars.size() - 1)));
        case "EAR_REFER" -> perEar.add(referEars.get(Math.min(refer++, referEars.size() - 1)));
        default -> perEar.add(null);
      }
    }
    return perEar;
  }

  private static String higherAverage(ScreeningView screening) {
    BigDecimal right = screening.classification().pta4Right();
    BigDecimal left = screening.classification().pta4Left();
    if (right == null || left == null) {
      return right == null ? "left" : "right";
    }
    return right.compareTo(left) >= 0 ? "right" : "left";
  }

  private static String referringEar(ScreeningView screening) {
    JsonObject measured = screening.measurements();
    return measured != null
            && "REFER".equals(measured.getString("leftEar", null))
            && !"REFER".equals(measured.getString("rightEar", null))
        ? "left"
        : "right";
  }

  public boolean isRefer() {
    return recorded != null && recorded.result() == Outcome.REFER;
  }

  public int getAge() {
    return age;
  }

  public boolean isConsentNeeded() {
    return consentNeeded;
  }

  public List<ClinicView> getClinics() {
    return clinics;
  }

  public ScreeningKind getKind() {
    return kind;
  }

  public void setKind(ScreeningKind kind) {
    this.kind = kind;
  }

  public ScreeningMethod getMethod() {
    return method;
  }

  public void setMethod(ScreeningMethod method) {
    this.method = method;
  }

  public String getClinicId() {
    return clinicId;
  }

  public void setClinicId(String clinicId) {
    this.clinicId = clinicId;
  }

  public String getNotation() {
    return notation;
  }

  public void setNotation(String notation) {
    this.notation = notation;
  }

  public String getRightUncorrected() {
    return rightUncorrected;
  }

  public void setRightUncorrected(String rightUncorrected) {
    this.rightUncorrected = rightUncorrected;
  }

  public String getLeftUncorrected() {
    return leftUncorrected;
  }

  public void setLeftUncorrected(String leftUncorrected) {
    this.leftUncorrected = leftUncorrected;
  }

  public String getRightCorrected() {
    return rightCorrected;
  }

  public void setRightCorrected(String rightCorrected) {
    this.rightCorrected = rightCorrected;
  }

  public String getLeftCorrected() {
    return leftCorrected;
  }

  public void setLeftCorrected(String leftCorrected) {
    this.leftCorrected = leftCorrected;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public Outcome getRightEar() {
    return rightEar;
  }

  public void setRightEar(Outcome rightEar) {
    this.rightEar = rightEar;
  }

  public Outcome getLeftEar() {
    return leftEar;
  }

  public void setLeftEar(Outcome leftEar) {
    this.leftEar = leftEar;
  }

  public Integer[] getRightThresholds() {
    return rightThresholds;
  }

  public Integer[] getLeftThresholds() {
    return leftThresholds;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getConsentGuardian() {
    return consentGuardian;
  }

  public void setConsentGuardian(String consentGuardian) {
    this.consentGuardian = consentGuardian;
  }

  public String getConsentRelationship() {
    return consentRelationship;
  }

  public void setConsentRelationship(String consentRelationship) {
    this.consentRelationship = consentRelationship;
  }

  public ScreeningView getRecorded() {
    return recorded;
  }
}
