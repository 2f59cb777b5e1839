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
import java.util.List;

/**
 * The FHIR R4 endpoint: HAPI's plain server, its resource providers the CDI beans of this module
 * that implement {@link IResourceProvider} (one per resource type), so that a new type is one more
 * bean. The bearer token, roles and data scope are the API's: the application's authentication
 * mechanism runs before this servlet, and the providers ask the modules' facades as the caller.
 */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 1)
public class FhirServlet extends RestfulServer {

  private static final long serialVersionUID = 1L;

  @Inject @Any transient Instance<IResourceProvider> resourceProviders;

  public FhirServlet() {
    super(FhirContext.forR4Cached());
  }

  @Override
  protected void initialize() {
    setDefaultResponseEncoding(EncodingEnum.JSON);
    List<IResourceProvider> providers = new ArrayList<>();
    resourceProviders.forEach(providers::add);
    setResourceProviders(providers);
  }
}
