package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.notifications.internal.domain.Staff;

/** {@link Staff} as the directory keeps it: accounts, jurisdictions, organisations. */
@ApplicationScoped
public class StaffOfDirectory implements Staff {

  @Inject DirectoryFacade directory;

  @Override
  public Optional<Member> member(String username) {
    return directory
        .staffContact(username)
        .map(
            contact ->
                new Member(
                    contact.username(), contact.email(), contact.language(), contact.enabled()));
  }

  @Override
  public List<String> coordinatorsCovering(String placeCode) {
    return directory.coordinatorsCovering(placeCode);
  }

  @Override
  public List<String> accountsOf(String practitionerId) {
    return directory.accountsOfPractitioner(practitionerId);
  }

  @Override
  public Optional<String> placeOfOrganisation(String organisationId) {
    return directory.findOrganisation(organisationId).map(Organisation::placeCode);
  }

  @Override
  public String organisationName(String organisationId) {
    return directory
        .findOrganisation(organisationId)
        .map(Organisation::nameZh)
        .orElse(organisationId);
  }
}
