package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.hl7.fhir.r4.model.IdType;

/**
 * The referrals behind ServiceRequest and Task: one by id, a patient's, the one with a referral
 * number (what a hospital scans off a letter), or a status's work list within the caller's scope.
 */
@ApplicationScoped
class ReferralReads {

  @Inject ClinicalAccess access;
  @Inject ReferralsFacade referrals;

  ReferralView one(IdType id, Caller by) {
    return ClinicalAccess.found(id, () -> referrals.referral(id.getIdPart(), by));
  }

  /**
   * The referrals a search names: the patient's when given, else the one with the number, else
   * nothing. A search must name one of them.
   */
  List<ReferralView> candidates(String patientId, TokenOrListParam identifier, Caller by) {
    if (patientId != null) {
      List<ReferralView> found = new java.util.ArrayList<>();
      ClinicalAccess.ofVisiblePatient(() -> found.addAll(referrals.referralsOf(patientId, by)));
      return found;
    }
    if (identifier != null && identifier.getValuesAsQueryTokens().size() == 1) {
      TokenParam number = identifier.getValuesAsQueryTokens().get(0);
      return referrals
          .referrals(ReferralQuery.numbered(number.getValue()), PageRequest.first(1), by)
          .items();
    }
    throw new InvalidRequestException(
        "Search referrals by patient (or subject) or by identifier (the referral number)");
  }

  /** Every referral of the patients (or of every patient in scope) changed after {@code since}. */
  void export(Caller by, Instant since, Set<String> patients, Consumer<ReferralView> sink) {
    access.exportPages(
        by,
        patients,
        page -> referrals.referralsOfPatients(page, by),
        r -> {
          if (since == null || ReferralResources.lastUpdated(r).isAfter(since)) {
            sink.accept(r);
          }
        });
  }
}
