package org.alliancecare.interop.internal.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;

/**
 * The groups of the Bulk Data export ({@link PatientGroup}): one per county of the directory and
 * one per phase of each rehabilitation program. Groups are reference data (any signed-in caller
 * sees them all); their members are listed for an export, page by page through the facades, within
 * the exporting caller's data scope, as patient ids only.
 */
@ApplicationScoped
public class ExportGroups {

  static final int PAGE = PageRequest.MAX_LIMIT;
  private static final Caller SYSTEM =
      new Caller("system", "AllianceCare", Set.of(), Set.of(), null);

  @Inject DirectoryFacade directory;
  @Inject PatientsFacade patients;
  @Inject RehabilitationFacade rehabilitation;

  /** Every group: the counties by code, then the program phases. */
  public List<PatientGroup> all() {
    List<PatientGroup> groups = new ArrayList<>();
    String cursor = null;
    do {
      Page<Place> page = directory.places(null, PlaceLevel.COUNTY, PageRequest.of(PAGE, cursor));
      for (Place county : page.items()) {
        groups.add(PatientGroup.county(county.code(), county.nameZh(), county.nameEn()));
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    for (ProgramView program : rehabilitation.programs(SYSTEM)) {
      for (PhaseView phase : program.phases()) {
        groups.add(phaseGroup(program, phase));
      }
    }
    return groups;
  }

  public Optional<PatientGroup> find(String id) {
    if (id.startsWith(PatientGroup.COUNTY_PREFIX)) {
      return directory
          .findPlace(id.substring(PatientGroup.COUNTY_PREFIX.length()))
          .filter(place -> place.level() == PlaceLevel.COUNTY)
          .map(place -> PatientGroup.county(place.code(), place.nameZh(), place.nameEn()));
    }
    if (id.startsWith(PatientGroup.PHASE_PREFIX)) {
      String rest = id.substring(PatientGroup.PHASE_PREFIX.length());
      int dash = rest.lastIndexOf('-');
      if (dash <= 0) {
        return Optional.empty();
      }
      int number;
      try {
        number = Integer.parseInt(rest.substring(dash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      String programCode = rest.substring(0, dash);
      try {
        ProgramView program = rehabilitation.program(programCode, SYSTEM);
        return program.phases().stream()
            .filter(phase -> phase.number() == number)
            .findFirst()
            .map(phase -> phaseGroup(program, phase));
      } catch (RecordNotFound e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of the group's members that {@code by} may see; stops early (with what it has) when
   * {@code stop} says so.
   */
  public Set<String> members(String groupId, Caller by, BooleanSupplier stop) {
    PatientGroup group = find(groupId).orElseThrow(() -> new RecordNotFound("group"));
    Set<String> members = new HashSet<>();
    String cursor = null;
    do {
      if (group.kind() == PatientGroup.Kind.COUNTY) {
        Page<PatientView> page =
            patients.search(
                new PatientQuery(null, null, group.code()), PageRequest.of(PAGE, cursor), by);
        page.items().forEach(patient -> members.add(patient.id()));
        cursor = page.nextCursor();
      } else {
        Page<CaseView> page =
            rehabilitation.cases(
                new CaseQuery(group.code(), group.phase(), null, null, null),
                PageRequest.of(PAGE, cursor),
                by);
        page.items().forEach(caseFile -> members.add(caseFile.patientId()));
        cursor = page.nextCursor();
      }
    } while (cursor != null && !stop.getAsBoolean());
    return members;
  }

  private static PatientGroup phaseGroup(ProgramView program, PhaseView phase) {
    return PatientGroup.phase(
        program.code(),
        phase.number(),
        program.nameZh(),
        program.nameEn(),
        phase.startsOn(),
        phase.endsOn());
  }
}
