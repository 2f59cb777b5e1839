package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.MilestoneAchievement;
import org.alliancecare.rehabilitation.api.MilestoneSkip;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageChange;

/**
 * A child's case: stage, phases, milestones (overdue ones highlighted) with "reached" and "skip",
 * moving the case to a later stage or closing it with an outcome — each on the version the page was
 * read at.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RehabilitationFacade rehabilitation;
  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject BusinessClock clock;

  private String id;
  private CaseView caseFile;
  private PatientView patient;

  private String milestoneId;
  private LocalDate achievedOn;
  private String evidence;
  private String skipReason;
  private Stage stage;
  private CaseOutcome outcome;
  private String note;

  public void load() {
    if (Navigation.notFoundUnless(id)) {
      return;
    }
    caseFile = feedback.attempt(() -> rehabilitation.caseFile(id, caller.get())).orElse(null);
    if (caseFile == null) {
      return;
    }
    accessTrail.read("RehabilitationCase", caseFile);
    patient = patients.patient(caseFile.patientId(), caller.get());
    accessTrail.read("Patient", patient);
    achievedOn = clock.today();
  }

  public String achieve() {
    return change(
        () ->
            rehabilitation.achieveMilestone(
                id,
                milestoneId,
                caseFile.version(),
                new MilestoneAchievement(achievedOn, evidence),
                caller.get()),
        "milestone.achieved");
  }

  public String skip() {
    return change(
        () ->
            rehabilitation.skipMilestone(
                id, milestoneId, caseFile.version(), new MilestoneSkip(skipReason), caller.get()),
        "milestone.skipped");
  }

  public String changeStage() {
    return change(
        () ->
            rehabilitation.changeStage(
                id,
                caseFile.version(),
                new StageChange(stage, note, stage == Stage.CLOSED ? outcome : null),
                caller.get()),
        "case.stageChanged");
  }

  private String change(Supplier<?> step, String done) {
    if (feedback.attempt(step).isEmpty()) {
      return null;
    }
    texts.info(done, caseFile.caseNumber());
    return Navigation.to("/app/records/case.xhtml", "id", id);
  }

  public String getPhases() {
    return texts.text("case.phasesText", caseFile.enrolmentPhase(), caseFile.currentPhase());
  }

  /** The stages the case may move to. */
  public List<Stage> getNextStages() {
    return caseFile == null
        ? List.of()
        : Arrays.stream(Stage.values()).filter(s -> caseFile.stage().mayMoveTo(s)).toList();
  }

  public CaseOutcome[] getOutcomes() {
    return CaseOutcome.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  public PatientView getPatient() {
    return patient;
  }

  public String getMilestoneId() {
    return milestoneId;
  }

  public void setMilestoneId(String milestoneId) {
    this.milestoneId = milestoneId;
  }

  public LocalDate getAchievedOn() {
    return achievedOn;
  }

  public void setAchievedOn(LocalDate achievedOn) {
    this.achievedOn = achievedOn;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getSkipReason() {
    return skipReason;
  }

  public void setSkipReason(String skipReason) {
    this.skipReason = skipReason;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CaseOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
