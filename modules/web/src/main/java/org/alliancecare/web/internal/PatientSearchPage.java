package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * Find a child: by name (part of it, tolerant of the middle-dot variants), birth date and place,
 * within the caller's scope, as {@code GET /api/patients} does, {@value #SHOWN} at a time: when
 * more match, the page says so and shows the next ones on request. Identity numbers show masked.
 */
@Named
@ViewScoped
public class PatientSearchPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 50;

  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;

  private String q;
  private LocalDate birthDate;
  private String placeCode;
  private List<PatientView> found;
  private String nextCursor;
  // the search the shown rows answer, for "show more"
  private String searchedQ;
  private LocalDate searchedBirthDate;
  private String searchedPlaceCode;

  public void search() {
    searchedQ = blankToNull(q);
    searchedBirthDate = birthDate;
    searchedPlaceCode = blankToNull(placeCode);
    found = List.of();
    nextCursor = null;
    fetch(PageRequest.first(SHOWN));
  }

  /** The next {@value #SHOWN} children of the same search, after those shown. */
  public void more() {
    if (nextCursor != null) {
      fetch(PageRequest.of(SHOWN, nextCursor));
    }
  }

  private void fetch(PageRequest request) {
    Page<PatientView> page =
        feedback
            .attempt(
                () ->
                    patients.search(
                        new PatientQuery(searchedQ, searchedBirthDate, searchedPlaceCode),
                        request,
                        caller.get()))
            .orElse(null);
    if (page == null) {
      return;
    }
    List<PatientView> all = new ArrayList<>(found);
    all.addAll(page.items());
    found = all;
    nextCursor = page.nextCursor();
    accessTrail.read("Patient", page.items());
  }

  /** Whether more children match than are shown. */
  public boolean isMoreToShow() {
    return nextCursor != null;
  }

  public String getShownText() {
    return texts.text("patients.shown", getFound().size());
  }

  public String getMoreText() {
    return texts.text("patients.more", SHOWN);
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
