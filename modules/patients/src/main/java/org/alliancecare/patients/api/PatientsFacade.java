package org.alliancecare.patients.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Patients, their guardians, consents and identity numbers. Every call that names a patient answers
 * {@link org.alliancecare.kernel.RecordNotFound} when the patient is missing or outside the
 * caller's data scope.
 */
public interface PatientsFacade {

  /**
   * Registers a patient. Same identity number as a patient on file → {@code duplicate-patient};
   * probable duplicates (same birth date and same name, same Uyghur name or same guardian phone) →
   * {@code possible-duplicate} with the candidates, unless acknowledged.
   */
  PatientView register(PatientRegistration registration, Caller by);

  PatientView patient(String id, Caller by);

  /**
   * Fails as {@link #patient} does for a patient that is missing or outside the caller's scope, and
   * reads nothing else of the record: for readers of what happened to a patient (its timeline),
   * which show none of its details. The implementation reads the patient's place only, where {@link
   * #patient} reads the record, its guardians and unseals their identity numbers to mask them.
   */
  default void requireVisible(String id, Caller by) {
    patient(id, by);
  }

  /** Replaces the patient's details if the record is still at {@code expectedVersion}. */
  PatientView edit(String id, long expectedVersion, PatientRegistration details, Caller by);

  /**
   * Patients by name ({@code q}: part of the Chinese or Latin name; the start of a word of the
   * Uyghur name in Arabic script, in any of the spellings keyboards give; or in ULY, with or
   * without its diacritics), birth date and place.
   */
  Page<PatientView> search(PatientQuery query, PageRequest page, Caller by);

  /**
   * The patients with these ids that the caller may see, in the order of {@code ids}; missing ones,
   * merged duplicates and those outside the caller's data scope are left out. For lists of many
   * patients known by id (a clinic's bookings): one query, not one per patient.
   */
  List<PatientView> patients(Collection<String> ids, Caller by);

  /**
   * The patients of a place and of every place within it (a township and its villages) that the
   * caller may see, by name, at most {@code limit} (which may exceed a page's limit: the field app
   * takes a whole township at once). Unknown place → {@code placeCode} invalid.
   */
  List<PatientView> patientsWithin(String placeCode, int limit, Caller by);

  /** The identity number in full. */
  NationalIdView nationalId(String id, Caller by);

  ConsentView giveConsent(String patientId, ConsentDetails consent, Caller by);

  List<ConsentView> consents(String patientId, Caller by);

  /**
   * The consents of each of these patients, by patient id, in one query; a patient the caller may
   * not see, or without consents, has no entry.
   */
  Map<String, List<ConsentView>> consentsOf(Collection<String> patientIds, Caller by);

  ConsentView withdrawConsent(String patientId, String consentId, LocalDate on, Caller by);

  /**
   * Merges {@code duplicateId} into {@code survivorId}: every module moves what refers to the
   * duplicate (they observe {@link org.alliancecare.patients.api.events.PatientsMerged} in the same
   * transaction) and the duplicate answers with a pointer to the survivor from then on.
   */
  PatientView merge(String survivorId, String duplicateId, Caller by);

  // For other modules' rules; no data scope applied, no personal details answered.

  /** The patient's facts, following a merged duplicate to its survivor. */
  Optional<PatientFacts> facts(String patientId);

  /** Whether a guardian's consent with {@code scope} is active on {@code day}. */
  boolean hasConsent(String patientId, ConsentScope scope, LocalDate day);

  /**
   * {@link #facts} of the patient and {@link #hasConsent} of the patient those facts name, at once:
   * the implementation reads both in one statement, for a caller that checks both on every request
   * (recording a screening). Empty for a missing patient.
   */
  default Optional<ConsentOnDay> factsWithConsent(
      String patientId, ConsentScope scope, LocalDate day) {
    return facts(patientId)
        .map(facts -> new ConsentOnDay(facts, scope, day, hasConsent(facts.id(), scope, day)));
  }

  // For readers that exchange records by change time (FHIR, Bulk Data export); issue 17.

  /**
   * The patients the caller may see that match {@code query}, ordered by last change and id, paged
   * by that key (stable while records change: a changed record moves to the end). Merged duplicates
   * appear only when asked for by id, with {@code mergedInto} set.
   */
  Page<ChangedPatient> changedPatients(ChangeQuery query, PageRequest page, Caller by);

  /**
   * The consents of the patients the caller may see that match {@code query} ({@code nationalId} is
   * ignored), ordered by last change and id, paged by that key.
   */
  Page<ChangedConsent> changedConsents(ChangeQuery query, PageRequest page, Caller by);

  // How the family wants reminders (issue 20).

  /**
   * The family's reminder preference: their recorded choice, else the default (Uyghur for a child
   * known only by a Uyghur name or of Uyghur ethnicity, else Chinese; not opted out) at version 0.
   * A merged-away patient answers its survivor's. Scope as {@link #patient}.
   */
  ReminderPreference reminderPreference(String patientId, Caller by);

  /**
   * Records the family's choice if the preference is still at {@code expectedVersion}; what the
   * change leaves {@code null} stays. DOCTOR or COORDINATOR, patient in scope; a bad language →
   * {@code InvalidInput} naming {@code language}. A merged-away patient changes its survivor's.
   */
  ReminderPreference changeReminderPreference(
      String patientId, long expectedVersion, ReminderPreferenceChange change, Caller by);

  /**
   * For reminders (no caller: system use): the family's contact, or empty for an unknown patient
   * and for a merged-away one (its family is the survivor's, reminded under the survivor's id, so
   * that a family is not told twice).
   */
  Optional<FamilyContact> familyContact(String patientId);
}
