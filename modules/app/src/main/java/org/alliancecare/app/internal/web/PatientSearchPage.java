package org.alliancecare.app.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * Find a child: by name (part of it, tolerant of the middle-dot variants), birth date and place,
 * within the caller's scope, as {@code GET /api/patients} does. Identity numbers show masked.
 */
@Named
@ViewScoped
public class PatientSearchPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 50;

  @Inject transient PatientsFacade patients;
  @Inject transient CurrentCaller caller;
  @Inject transient AccessTrail accessTrail;
  @Inject transient Feedback feedback;

  private String q;
  private LocalDate birthDate;
  private String placeCode;
  private List<PatientView> found;

  public void search() {
    found =
        feedback
            .attempt(
                () ->
                    patients
                        .search(
                            new PatientQuery(blankToNull(q), birthDate, blankToNull(placeCode)),
                            PageRequest.first(SHOWN),
                            caller.get())
                        .items())
            .orElse(List.of());
    accessTrail.read("Patient", found);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isSearched() {
    return found != null;
  }

  public List<PatientView> getFound() {
    return found == null ? List.of() : found;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public void setPlaceCode(String placeCode) {
    this.placeCode = placeCode;
  }
}
