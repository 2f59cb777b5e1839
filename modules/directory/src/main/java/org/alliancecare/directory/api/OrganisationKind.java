package org.alliancecare.directory.api;

/** What kind of institution an organisation is (API.md, Directory). */
public enum OrganisationKind {
  HOSPITAL,
  TOWNSHIP_HEALTH_CENTRE,
  SCHOOL,
  SPECIAL_EDUCATION_SCHOOL,
  REHAB_CENTRE,
  AID_HOME_HOSPITAL
}
