package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.rehabilitation.api.Stage;

/**
 * The case board: a program's open cases in the caller's scope, one column per stage, cases with an
 * overdue milestone highlighted (and, on request, only those).
 */
@Named
@ViewScoped
public class CaseBoardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<Stage> COLUMNS =
      List.of(Stage.ASSESSMENT, Stage.INTERVENTION, Stage.REHABILITATION, Stage.FOLLOW_UP);

  @Inject RehabilitationFacade rehabilitation;
  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;

  private String programCode = ProgramPage.DEFAULT_PROGRAM;
  private Integer phase;
  private boolean overdueOnly;
  private final Map<Stage, List<Card>> columns = new EnumMap<>(Stage.class);

  /** A case on the board with its child's name. */
  public record Card(CaseView caseFile, String name) implements Serializable {}

  public void load() {
    columns.clear();
    List<CaseView> cases =
        feedback
            .attempt(
                () ->
                    rehabilitation
                        .cases(
                            new CaseQuery(
                                programCode, phase, null, null, overdueOnly ? Boolean.TRUE : null),
                            PageRequest.first(PageRequest.MAX_LIMIT),
                            caller.get())
                        .items())
            .orElse(List.of());
    accessTrail.read("RehabilitationCase", cases);
    List<PatientView> shown = new ArrayList<>();
    for (Stage stage : COLUMNS) {
      columns.put(stage, new ArrayList<>());
    }
    for (CaseView caseFile : cases) {
      List<Card> column = columns.get(caseFile.stage());
      if (column == null) {
        continue;
      }
      PatientView patient = patients.patient(caseFile.patientId(), caller.get());
      shown.add(patient);
      column.add(new Card(caseFile, patient.displayName()));
    }
    accessTrail.read("Patient", shown);
  }

  public List<Stage> getStages() {
    return COLUMNS;
  }

  public List<Card> cardsOf(Stage stage) {
    return columns.getOrDefault(stage, List.of());
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    if (programCode != null && !programCode.isBlank()) {
      this.programCode = programCode.strip();
    }
  }

  public Integer getPhase() {
    return phase;
  }

  public void setPhase(Integer phase) {
    this.phase = phase;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
