package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The FHIR R4 endpoint: HAPI's plain server, its resource providers the CDI beans of this module
 * that implement {@link IResourceProvider} (one per resource type), so that a new type is one more
 * bean. The bearer token, roles and data scope are the API's: the application's authentication
 * mechanism runs before this servlet ({@code /fhir} counts as API there: no sign-in page), {@link
 * FhirAuthentication} answers 401 to anonymous requests (except {@code /metadata}), the providers
 * ask the modules' facades as the caller, and {@link FhirErrors} turns the modules' refusals into
 * OperationOutcomes with the API's status codes.
 */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 1)
public class FhirServlet extends RestfulServer {

  private static final long serialVersionUID = 1L;

  @Inject @Any transient Instance<IResourceProvider> resourceProviders;
  @Inject transient FhirAuthentication authentication;
  @Inject transient FhirCapabilities capabilities;

  public FhirServlet() {
    super(FhirContext.forR4Cached());
  }

  @Override
  protected void initialize() {
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setServerName("AllianceCare FHIR R4 API");
    setImplementationDescription(FhirCapabilities.DESCRIPTION);
    List<IResourceProvider> providers = new ArrayList<>();
    resourceProviders.forEach(providers::add);
    providers.sort(Comparator.comparing(p -> p.getResourceType().getSimpleName()));
    setResourceProviders(providers);
    registerInterceptor(authentication);
    registerInterceptor(new FhirErrors());
    registerInterceptor(capabilities);
    registerInterceptor(new SearchTotals());
  }
}
