package org.alliancecare.interop.internal.export;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;

/**
 * {@code Group} (read, and search by {@code characteristic}): the counties and the rehabilitation
 * program phases whose members a Bulk Data export can be limited to ({@code GET
 * /fhir/Group/{id}/$export}). A group says what selects its members (a characteristic: the county,
 * or the program phase) and lists none: members are chosen when an export runs, within the
 * exporting caller's scope, and a list of a county's children would be personal data. Any signed-in
 * caller may read them.
 */
@ApplicationScoped
public class GroupProvider implements IResourceProvider {

  /** Our code system of what a group is selected by. */
  public static final String CHARACTERISTIC_SYSTEM =
      "https://alliancecare.org/fhir/CodeSystem/group-characteristic";

  /** The GB/T 2260 administrative division codes (and our local codes) of places. */
  public static final String PLACE_SYSTEM = "https://alliancecare.org/fhir/CodeSystem/place";

  /** Our rehabilitation programs' phases, as {@code <program code>-<phase number>}. */
  public static final String PHASE_SYSTEM =
      "https://alliancecare.org/fhir/CodeSystem/program-phase";

  @Inject ExportGroups groups;
  @Inject CurrentCaller caller;

  @Override
  public Class<Group> getResourceType() {
    return Group.class;
  }

  @Read
  public Group read(@IdParam IdType id) {
    signedIn();
    return groups
        .find(id.getIdPart())
        .map(GroupProvider::resource)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /**
   * Every group, or those selected by a {@code characteristic} ({@code county} or {@code
   * rehabilitation-phase}, with or without our system).
   */
  @Search
  public List<Group> search(
      @OptionalParam(name = Group.SP_CHARACTERISTIC) TokenParam characteristic) {
    signedIn();
    return groups.all().stream()
        .map(GroupProvider::resource)
        .filter(g -> characteristic == null || selectedBy(g, characteristic))
        .toList();
  }

  private static boolean selectedBy(Group group, TokenParam characteristic) {
    return group.getCharacteristic().stream()
        .flatMap(c -> c.getCode().getCoding().stream())
        .anyMatch(
            coding ->
                coding.getCode().equals(characteristic.getValue())
                    && (characteristic.getSystem() == null
                        || characteristic.getSystem().equals(coding.getSystem())));
  }

  private void signedIn() {
    if (caller.find().isEmpty()) {
      throw new AuthenticationException("sign in first: send Authorization: Bearer <token>");
    }
  }

  static Group resource(PatientGroup group) {
    Group resource = new Group();
    resource.setId(group.id());
    resource.setActive(true);
    resource.setType(Group.GroupType.PERSON);
    resource.setActual(true);
    resource.setName(
        group.nameEn() == null ? group.nameZh() : group.nameZh() + " / " + group.nameEn());
    Group.GroupCharacteristicComponent characteristic = resource.addCharacteristic();
    characteristic.setExclude(false);
    if (group.kind() == PatientGroup.Kind.COUNTY) {
      characteristic.setCode(concept(CHARACTERISTIC_SYSTEM, "county", "Lives in the county"));
      characteristic.setValue(concept(PLACE_SYSTEM, group.code(), group.nameZh()));
    } else {
      characteristic.setCode(
          concept(
              CHARACTERISTIC_SYSTEM,
              "rehabilitation-phase",
              "Rehabilitation case active in the program phase"));
      characteristic.setValue(
          concept(PHASE_SYSTEM, group.code() + "-" + group.phase(), group.nameEn()));
      if (group.startsOn() != null || group.endsOn() != null) {
        Period period = new Period();
        if (group.startsOn() != null) {
          period.setStartElement(new DateTimeType(group.startsOn().toString()));
        }
        if (group.endsOn() != null) {
          period.setEndElement(new DateTimeType(group.endsOn().toString()));
        }
        characteristic.setPeriod(period);
      }
    }
    return resource;
  }

  private static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept(new Coding(system, code, display));
  }
}
