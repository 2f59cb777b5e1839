package org.alliancecare.web.internal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alliancecare.screening.api.ScreeningKind;

/**
 * The clinic a doctor is working at in this browser session, and the kind of screening done last:
 * screenings recorded one child after another default to them.
 */
@Named
@SessionScoped
public class WorkingClinic implements Serializable {

  private static final long serialVersionUID = 1L;

  private String clinicId;
  private ScreeningKind lastKind;

  public String getClinicId() {
    return clinicId;
  }

  void workAt(String clinicId) {
    this.clinicId = clinicId;
  }

  /** The kind of screening recorded last: the next child's form starts with it. */
  ScreeningKind lastKind() {
    return lastKind;
  }

  void remember(ScreeningKind kind) {
    this.lastKind = kind;
  }
}
