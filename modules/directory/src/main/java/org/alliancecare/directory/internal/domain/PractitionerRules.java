package org.alliancecare.directory.internal.domain;

import static org.alliancecare.directory.internal.domain.Complaints.blank;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.PractitionerDetails;

/**
 * What a practitioner record must say: a name, a specialty code and an origin; the organisation
 * they work at; and for an aid practitioner the donor-province hospital that sent them and the
 * dates of the tour (a local practitioner has neither).
 */
public final class PractitionerRules {

  /** Specialty codes as the alliances name them: {@code PEDIATRICS}, {@code OPHTHALMOLOGY}. */
  public static final Pattern SPECIALTY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  private PractitionerRules() {}

  /**
   * Answers {@code InvalidInput} naming every bad field.
   *
   * @param kindOf the kind of the organisation with an id, empty when there is none
   */
  public static void check(
      PractitionerDetails details, Function<String, Optional<OrganisationKind>> kindOf) {
    Complaints complaints = new Complaints();
    complaints
        .when(blank(details.name()), "name", "is required")
        .when(
            !blank(details.name()) && details.name().strip().length() > 200,
            "name",
            "must be at most 200 characters long")
        .when(
            details.specialty() == null
                || !SPECIALTY.matcher(details.specialty().strip()).matches(),
            "specialty",
            "is required: a specialty code in capitals, e.g. PEDIATRICS")
        .when(details.origin() == null, "origin", "is required: AID or LOCAL");
    if (blank(details.organisationId())) {
      complaints.about("organisationId", "is required");
    } else if (kindOf.apply(details.organisationId()).isEmpty()) {
      complaints.about("organisationId", "is not an organisation");
    }
    if (details.origin() == Origin.AID) {
      if (blank(details.homeOrganisationId())) {
        complaints.about(
            "homeOrganisationId",
            "is required for an aid practitioner: the hospital that sent them");
      } else {
        Optional<OrganisationKind> home = kindOf.apply(details.homeOrganisationId());
        if (home.isEmpty()) {
          complaints.about("homeOrganisationId", "is not an organisation");
        } else if (home.get() != OrganisationKind.AID_HOME_HOSPITAL) {
          complaints.about("homeOrganisationId", "must be an aid home hospital");
        }
      }
      complaints
          .when(details.tourStart() == null, "tourStart", "is required for an aid practitioner")
          .when(details.tourEnd() == null, "tourEnd", "is required for an aid practitioner")
          .when(
              details.tourStart() != null
                  && details.tourEnd() != null
                  && details.tourEnd().isBefore(details.tourStart()),
              "tourEnd",
              "must not be before tourStart");
    } else if (details.origin() == Origin.LOCAL) {
      complaints
          .when(
              !blank(details.homeOrganisationId()),
              "homeOrganisationId",
              "only an aid practitioner has a home organisation")
          .when(details.tourStart() != null, "tourStart", "only an aid practitioner has a tour")
          .when(details.tourEnd() != null, "tourEnd", "only an aid practitioner has a tour");
    }
    complaints.throwIfAny();
  }
}
