package org.alliancecare.field.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.field.internal.domain.NameSpelling;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * Prepares the pack of a clinic day or of a place. The children: first those the clinic has seen or
 * booked (booked first, in the order booked), then the children of the place and of the places
 * within it by name, never one twice, at most {@link #LIMIT}: a township's children fit, and the
 * bound keeps the download and the device's storage to a few megabytes. Every list is read in a
 * constant number of queries, not one per child.
 */
@ApplicationScoped
public class PackAssembly {

  /** The most children one pack carries (docs/field-app.md, part 2). */
  public static final int LIMIT = 5000;

  private static final String CLINIC = "clinic";
  private static final String PLACE = "place";

  @Inject DirectoryFacade directory;
  @Inject OutreachFacade outreach;
  @Inject PatientsFacade patients;
  @Inject ScreeningsFacade screenings;
  @Inject BusinessClock clock;

  /** The pack of a clinic day: the clinic's place must be in the caller's scope (else 404). */
  public Pack ofClinic(String clinicId, Caller by) {
    ClinicView clinic = outreach.clinic(clinicId);
    directory.scopeOf(by).require(clinic.placeCode(), CLINIC);
    Place place = directory.findPlace(clinic.placeCode()).orElseThrow(() -> notFound(CLINIC));
    return assemble(clinic, place, outreach.attendancesAt(clinic.id()), by);
  }

  /** The pack of a place without a clinic: the place must be in the caller's scope (else 404). */
  public Pack ofPlace(String placeCode, Caller by) {
    Place place = directory.findPlace(placeCode).orElseThrow(() -> notFound(PLACE));
    directory.scopeOf(by).require(place.code(), PLACE);
    return assemble(null, place, List.of(), by);
  }

  private Pack assemble(
      ClinicView clinic, Place place, List<AttendanceView> attendances, Caller by) {
    Set<String> booked = new LinkedHashSet<>();
    Set<String> attended = new LinkedHashSet<>();
    for (AttendanceView attendance : attendances) {
      attended.add(attendance.patientId());
      if (attendance.kind() == AttendanceKind.BOOKED) {
        booked.add(attendance.patientId());
      }
    }
    Set<String> seenFirst = new LinkedHashSet<>(booked);
    seenFirst.addAll(attended);

    Map<String, PatientView> children = new LinkedHashMap<>();
    for (PatientView patient : patients.patients(seenFirst, by)) {
      if (children.size() < LIMIT) {
        children.put(patient.id(), patient);
      }
    }
    // one more than fits tells whether the place has children left out
    List<PatientView> ofPlace =
        patients.patientsWithin(place.code(), LIMIT + children.size() + 1, by);
    boolean truncated = false;
    for (PatientView patient : ofPlace) {
      if (children.containsKey(patient.id())) {
        continue;
      }
      if (children.size() == LIMIT) {
        truncated = true;
        break;
      }
      children.put(patient.id(), patient);
    }

    Map<String, List<ConsentView>> consents = patients.consentsOf(children.keySet(), by);
    List<Pack.Child> packed = new ArrayList<>(children.size());
    for (PatientView patient : children.values()) {
      packed.add(
          child(
              patient,
              booked.contains(patient.id()),
              attended.contains(patient.id()),
              consents.getOrDefault(patient.id(), List.of())));
    }
    return new Pack(
        clock.now(),
        LIMIT,
        truncated,
        clinic == null ? null : summary(clinic),
        new Pack.PlaceSummary(place.code(), place.nameZh(), place.nameEn()),
        screenings.ruleSetInForce(),
        packed);
  }

  private static Pack.Child child(
      PatientView patient, boolean booked, boolean attended, List<ConsentView> consents) {
    NameSpelling spelling = NameSpelling.of(patient.name());
    return new Pack.Child(
        patient.id(),
        patient.version(),
        patient.name(),
        patient.nameUg(),
        patient.nameUgLatin(),
        patient.sex(),
        patient.birthDate(),
        patient.nationalId(),
        patient.ethnicity(),
        patient.placeCode(),
        patient.address(),
        patient.guardians(),
        patient.registeredAt(),
        patient.registeredBy(),
        patient.mergedInto(),
        booked,
        attended,
        consents.stream().map(PackAssembly::consent).toList(),
        spelling.latin(),
        spelling.initials());
  }

  private static Pack.Consent consent(ConsentView consent) {
    return new Pack.Consent(
        consent.id(),
        consent.patientId(),
        consent.guardianName(),
        consent.relationship(),
        consent.scopes(),
        consent.givenOn(),
        consent.withdrawnOn(),
        consent.documentRef(),
        consent.active(),
        consent.version());
  }

  private static Pack.ClinicSummary summary(ClinicView clinic) {
    return new Pack.ClinicSummary(
        clinic.id(),
        clinic.clinicNumber(),
        clinic.title(),
        clinic.placeCode(),
        clinic.venue(),
        clinic.date(),
        clinic.startTime(),
        clinic.endTime(),
        clinic.timeZone(),
        clinic.status());
  }

  private static RecordNotFound notFound(String recordType) {
    return new RecordNotFound(recordType);
  }
}
