package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Leaves {@code Bundle.total} out of our search pages. HAPI fills it in for a Bundle a search
 * method returns, with a number that is not the count of all matches (which we do not compute); a
 * client that read it as one would stop paging too early.
 */
@Interceptor
public class SearchTotals {

  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean withoutTotal(RequestDetails request, ResponseDetails response) {
    if (response.getResponseResource() instanceof Bundle bundle
        && bundle.getType() == Bundle.BundleType.SEARCHSET) {
      bundle.setTotalElement(null);
    }
    return true;
  }
}
