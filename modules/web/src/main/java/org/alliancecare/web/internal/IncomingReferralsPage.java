package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;

/**
 * "My organisation's incoming referrals": the work list of referrals to the organisation where the
 * doctor's practitioner works, the most urgent first, overdue ones marked.
 */
@Named
@RequestScoped
public class IncomingReferralsPage {

  @Inject ReferralsFacade referrals;
  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;

  private String organisationId;
  private List<ReferralView> incoming = List.of();

  public void load() {
    organisationId =
        caller
            .get()
            .practitioner()
            .flatMap(directory::findPractitioner)
            .map(Practitioner::organisationId)
            .orElse(null);
    if (organisationId == null) {
      return;
    }
    incoming =
        referrals
            .referrals(
                new ReferralQuery(null, null, organisationId, null),
                PageRequest.first(PageRequest.MAX_LIMIT),
                caller.get())
            .items();
    accessTrail.read("Referral", incoming);
  }

  public Optional<String> organisation() {
    return Optional.ofNullable(organisationId);
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public List<ReferralView> getIncoming() {
    return incoming;
  }
}
