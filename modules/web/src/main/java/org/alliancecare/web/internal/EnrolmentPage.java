package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.NewCase;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * Enrolling a child in a program ({@code POST /api/cases}): the conditions, and the REFER screening
 * the case comes from. Eligibility, consent, quota and one open case per child are the
 * rehabilitation module's rules; a refusal names the rule in the page's language.
 */
@Named
@ViewScoped
public class EnrolmentPage extends PatientFormPage {

  private static final long serialVersionUID = 1L;

  @Inject RehabilitationFacade rehabilitation;
  @Inject ScreeningsFacade screenings;
  @Inject Texts texts;

  private List<ScreeningView> referScreenings = List.of();

  private String programCode = ProgramPage.DEFAULT_PROGRAM;
  private Condition[] conditions = new Condition[0];
  private String sourceScreeningId;

  public void load() {
    if (Navigation.notFoundUnless(getPatientId())) {
      return;
    }
    if (!readPatient()) {
      return;
    }
    referScreenings =
        screenings.screeningsOf(patient.id(), PageRequest.first(50), caller.get()).items().stream()
            .filter(s -> s.result() == Outcome.REFER)
            .toList();
    accessTrail.read("Screening", referScreenings);
    if (!referScreenings.isEmpty()) {
      ScreeningView latest = referScreenings.get(0);
      sourceScreeningId = latest.id();
      conditions = new Condition[] {Condition.valueOf(latest.kind().name())};
    }
  }

  public String enrol() {
    CaseView enrolled =
        feedback
            .attempt(
                () ->
                    rehabilitation.enrol(
                        new NewCase(
                            patient.id(),
                            programCode,
                            Set.of(conditions),
                            PatientSearchPage.blankToNull(sourceScreeningId),
                            null),
                        caller.get()))
            .orElse(null);
    if (enrolled == null) {
      return null;
    }
    accessTrail.read("RehabilitationCase", enrolled);
    texts.info("case.enrolled", enrolled.caseNumber(), enrolled.currentPhase());
    return Navigation.to("/app/records/case.xhtml", "id", enrolled.id());
  }

  public Condition[] getAllConditions() {
    return Condition.values();
  }

  public List<ScreeningView> getReferScreenings() {
    return referScreenings;
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public Condition[] getConditions() {
    return conditions;
  }

  public void setConditions(Condition[] conditions) {
    this.conditions = conditions == null ? new Condition[0] : conditions;
  }

  public String getSourceScreeningId() {
    return sourceScreeningId;
  }

  public void setSourceScreeningId(String sourceScreeningId) {
    this.sourceScreeningId = sourceScreeningId;
  }
}
