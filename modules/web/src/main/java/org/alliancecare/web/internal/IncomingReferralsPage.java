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
 * doctor's practitioner works, the most urgent first, overdue ones marked; and the field that opens
 * a referral by its number, typed or scanned off a referral letter (the number, or the whole link
 * of its QR code, which a USB scanner types). The link {@code /r/{number}} comes here with {@code
 * ?number=}.
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
  private String number;
  private boolean numberNotFound;

  public void load() {
    if (number != null && !number.isBlank() && open(number)) {
      return;
    }
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

  /** The "referral number / scan" field's action: opens the referral, or says none was found. */
  public String find() {
    open(number);
    return null;
  }

  /**
   * Opens the referral the scanned or typed text names, if the caller may see it; otherwise the
   * page says it found none.
   */
  private boolean open(String scanned) {
    String referralNumber = ReferralNumbers.fromScan(scanned);
    Optional<ReferralView> found =
        referralNumber == null
            ? Optional.empty()
            : referrals
                .referrals(
                    ReferralQuery.numbered(referralNumber), PageRequest.first(1), caller.get())
                .items()
                .stream()
                .findFirst();
    if (found.isEmpty()) {
      numberNotFound = true;
      return false;
    }
    Navigation.redirect("/app/records/referral.xhtml?id=" + found.get().id());
    return true;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public boolean isNumberNotFound() {
    return numberNotFound;
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
