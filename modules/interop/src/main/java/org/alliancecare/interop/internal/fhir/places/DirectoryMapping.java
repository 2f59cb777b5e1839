package org.alliancecare.interop.internal.fhir.places;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.interop.internal.fhir.Systems;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * The directory's places, organisations and practitioners as FHIR R4 resources (docs/fhir.md has
 * the tables). The directory keeps no change times for them: they carry no {@code
 * meta.lastUpdated}, and the Bulk Data export's {@code _since} does not narrow them.
 */
final class DirectoryMapping {

  static final String LOCATION = "Location";
  static final String ORGANIZATION = "Organization";
  static final String PRACTITIONER = "Practitioner";
  static final String PRACTITIONER_ROLE = "PractitionerRole";

  private static final String ORGANIZATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/organization-type";
  private static final String LOCATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/location-physical-type";
  private static final String PRACTITIONER_ROLE_CODE =
      "http://terminology.hl7.org/CodeSystem/practitioner-role";
  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Urumqi");

  private DirectoryMapping() {}

  static Location location(Place place) {
    Location location = new Location();
    location.setId(place.code());
    location
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.OFFICIAL)
        .setSystem(Systems.PLACE_CODE)
        .setValue(place.code());
    location.setStatus(Location.LocationStatus.ACTIVE);
    location.setMode(Location.LocationMode.INSTANCE);
    location.setName(place.nameZh());
    if (place.nameEn() != null && !place.nameEn().isBlank()) {
      location.addAlias(place.nameEn());
    }
    location.setDescription(place.level().name().toLowerCase(java.util.Locale.ROOT));
    boolean village = place.level() == PlaceLevel.VILLAGE;
    location.setPhysicalType(
        new CodeableConcept(
            new Coding(
                LOCATION_TYPE, village ? "area" : "jdn", village ? "Area" : "Jurisdiction")));
    if (place.parentCode() != null) {
      location.setPartOf(new Reference(LOCATION + "/" + place.parentCode()));
    }
    return location;
  }

  /** The organisation; {@code place} its place (or null), whose name is the address' district. */
  static Organization organization(Organisation organisation, Place place) {
    Organization organization = new Organization();
    organization.setId(organisation.id());
    organization
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem(Systems.ORGANISATION_ID)
        .setValue(organisation.id());
    if (organisation.key() != null) {
      organization
          .addIdentifier()
          .setUse(Identifier.IdentifierUse.SECONDARY)
          .setSystem(Systems.ORGANISATION_KEY)
          .setValue(organisation.key());
    }
    organization.setActive(true);
    boolean school =
        organisation.kind() == OrganisationKind.SCHOOL
            || organisation.kind() == OrganisationKind.SPECIAL_EDUCATION_SCHOOL;
    organization.addType(
        new CodeableConcept(
                new Coding(
                    ORGANIZATION_TYPE,
                    school ? "edu" : "prov",
                    school ? "Educational Institute" : "Healthcare Provider"))
            .setText(organisation.kind().name().toLowerCase(java.util.Locale.ROOT)));
    organization.setName(
        organisation.nameZh() != null ? organisation.nameZh() : organisation.nameEn());
    if (organisation.nameZh() != null && organisation.nameEn() != null) {
      organization.addAlias(organisation.nameEn());
    }
    if (organisation.placeCode() != null || organisation.province() != null) {
      organization
          .addAddress()
          .setState(organisation.province())
          .setCountry("CN")
          .setDistrict(place == null ? null : place.nameZh());
    }
    return organization;
  }

  static org.hl7.fhir.r4.model.Practitioner practitioner(Practitioner practitioner) {
    org.hl7.fhir.r4.model.Practitioner resource = new org.hl7.fhir.r4.model.Practitioner();
    resource.setId(practitioner.id());
    resource.getMeta().setVersionId(Long.toString(practitioner.version()));
    resource
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem(Systems.PRACTITIONER_ID)
        .setValue(practitioner.id());
    resource.setActive(true);
    resource.addName().setText(practitioner.name());
    return resource;
  }

  /**
   * The practitioner's role at the organisation where they work in the region (same id as the
   * practitioner); an aid practitioner's tour is its period.
   */
  static PractitionerRole role(Practitioner practitioner) {
    PractitionerRole role = new PractitionerRole();
    role.setId(practitioner.id());
    role.getMeta().setVersionId(Long.toString(practitioner.version()));
    role.setActive(true);
    role.setPractitioner(new Reference(PRACTITIONER + "/" + practitioner.id()));
    if (practitioner.organisationId() != null) {
      role.setOrganization(new Reference(ORGANIZATION + "/" + practitioner.organisationId()));
    }
    role.addCode(
        new CodeableConcept(new Coding(PRACTITIONER_ROLE_CODE, "doctor", "Doctor"))
            .setText(practitioner.origin() == Origin.AID ? "aid doctor" : "local doctor"));
    if (practitioner.specialty() != null) {
      role.addSpecialty(new CodeableConcept().setText(practitioner.specialty()));
    }
    if (practitioner.origin() == Origin.AID && practitioner.tourStart() != null) {
      role.getPeriod().setStartElement(day(practitioner.tourStart()));
      if (practitioner.tourEnd() != null) {
        role.getPeriod().setEndElement(day(practitioner.tourEnd()));
      }
    }
    return role;
  }

  private static DateTimeType day(LocalDate day) {
    return new DateTimeType(
        Date.from(day.atStartOfDay(BUSINESS_ZONE).toInstant()), TemporalPrecisionEnum.DAY);
  }
}
