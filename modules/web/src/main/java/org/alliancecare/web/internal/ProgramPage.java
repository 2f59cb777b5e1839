package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.rehabilitation.api.NewPhase;
import org.alliancecare.rehabilitation.api.PhaseStatus;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;

/**
 * A rehabilitation program's phases: plan one, open a planned one, close the open one. Before a
 * phase is closed the page says how many open cases it will carry into which phase (the phase's
 * {@code active} count); the rehabilitation module does the carrying and refuses when there is no
 * phase to carry into.
 */
@Named
@ViewScoped
public class ProgramPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The program of the default demo data (DOMAIN.md): 启明行动, the Qiming Action. */
  static final String DEFAULT_PROGRAM = "QIMING";

  @Inject RehabilitationFacade rehabilitation;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;
  @Inject Texts texts;

  private String code = DEFAULT_PROGRAM;
  private ProgramView program;

  private Integer number;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Integer quota;

  public void load() {
    program = feedback.attempt(() -> rehabilitation.program(code, caller.get())).orElse(null);
    if (program != null) {
      number = program.phases().stream().mapToInt(PhaseView::number).max().orElse(0) + 1;
    }
  }

  public List<PhaseView> getPhases() {
    return program == null
        ? List.of()
        : program.phases().stream().sorted(Comparator.comparing(PhaseView::number)).toList();
  }

  /** The phase that closing {@code phase} carries its open cases into, if there is one. */
  public Optional<PhaseView> nextOf(PhaseView phase) {
    return getPhases().stream()
        .filter(p -> p.number() > phase.number())
        .filter(p -> p.status() == PhaseStatus.PLANNED || p.status() == PhaseStatus.OPEN)
        .findFirst();
  }

  /** The sentence of the confirmation before closing a phase. */
  public String closingQuestion(PhaseView phase) {
    return nextOf(phase)
        .map(
            next ->
                texts.text("phase.close.confirm", phase.number(), phase.active(), next.number()))
        .orElseGet(() -> texts.text("phase.close.confirmNoNext", phase.number(), phase.active()));
  }

  public String open(int phase) {
    return step(
        () -> rehabilitation.openPhase(code, phase, versionOf(phase), caller.get()),
        "phase.opened");
  }

  public String close(int phase) {
    return step(
        () -> rehabilitation.closePhase(code, phase, versionOf(phase), caller.get()),
        "phase.closed");
  }

  public String plan() {
    return step(
        () ->
            rehabilitation.planPhase(
                code, new NewPhase(number, startsOn, endsOn, quota), caller.get()),
        "phase.planned");
  }

  private Long versionOf(int phase) {
    return program.phases().stream()
        .filter(p -> p.number() == phase)
        .map(PhaseView::version)
        .findFirst()
        .orElse(null);
  }

  private String step(Supplier<PhaseView> change, String done) {
    PhaseView changed = feedback.attempt(change).orElse(null);
    if (changed == null) {
      return null;
    }
    texts.info(done, changed.number());
    return Navigation.to("/app/coordinator/program.xhtml", "code", code);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (code != null && !code.isBlank()) {
      this.code = code.strip();
    }
  }

  public ProgramView getProgram() {
    return program;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getQuota() {
    return quota;
  }

  public void setQuota(Integer quota) {
    this.quota = quota;
  }
}
