package org.alliancecare.screening.internal.domain;

import java.util.List;
import java.util.Optional;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** Where screenings are kept. */
public interface Screenings {

  /** Stores a newly recorded screening with its first version. */
  void add(Screening screening);

  /**
   * Stores the screening's newest version, provided no other version was stored since the one it
   * corrects ({@link org.alliancecare.kernel.StaleVersion} otherwise).
   */
  void addCorrection(Screening screening);

  Optional<Screening> find(ScreeningId id);

  /** The patient's screenings, the most recently performed first. */
  Page<Screening> ofPatient(PatientId patient, PageRequest page);

  /**
   * The screenings of these patients, patient by patient in the order given, each patient's most
   * recently performed first: one query for the screenings and one for their versions, however many
   * patients (the Bulk Data export reads ~500 patients at a time).
   */
  List<Screening> ofPatients(List<PatientId> patients);

  /** Gives the duplicate's screenings to the survivor; answers the ids of those moved. */
  List<ScreeningId> moveToSurvivor(PatientId duplicate, PatientId survivor);
}
