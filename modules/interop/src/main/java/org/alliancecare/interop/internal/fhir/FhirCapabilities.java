package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.ContactPoint;

/**
 * Completes the CapabilityStatement that HAPI generates from the providers ({@code GET
 * /fhir/metadata}, readable without a token): who publishes the server, what software it is, and
 * how a client authenticates (the API's bearer token), and the Bulk Data export's operations
 * (served beside HAPI's providers, so HAPI cannot list them itself).
 */
@ApplicationScoped
@Interceptor
public class FhirCapabilities {

  static final String PUBLISHER = "AllianceCare";
  static final String DESCRIPTION =
      "AllianceCare: screening, referral and rehabilitation of children in southern Xinjiang";
  static final String SECURITY =
      "Every request but GET /fhir/metadata needs the API's bearer token (Authorization: Bearer"
          + " <token>, from POST /api/session). The caller's roles and jurisdiction apply as in"
          + " the API: records outside the jurisdiction answer 404, every read of a patient's"
          + " data is access-logged.";

  static final String BULK_DATA = "http://hl7.org/fhir/uv/bulkdata/";

  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void complete(IBaseConformance generated) {
    if (!(generated instanceof CapabilityStatement statement)) {
      return;
    }
    statement.setPublisher(PUBLISHER);
    statement
        .addContact()
        .addTelecom()
        .setSystem(ContactPoint.ContactPointSystem.URL)
        .setValue("https://alliancecare.org");
    statement.getSoftware().setName("AllianceCare FHIR server (HAPI FHIR)");
    statement.getImplementation().setDescription(DESCRIPTION);
    for (CapabilityStatementRestComponent rest : statement.getRest()) {
      CapabilityStatementRestSecurityComponent security = rest.getSecurity();
      security.setCors(false);
      security.setDescription(SECURITY);
      rest.addOperation().setName("export").setDefinition(BULK_DATA + "OperationDefinition/export");
      for (CapabilityStatement.CapabilityStatementRestResourceComponent resource :
          rest.getResource()) {
        if (resource.getType().equals("Patient") || resource.getType().equals("Group")) {
          String kind = resource.getType().toLowerCase(java.util.Locale.ROOT);
          resource
              .addOperation()
              .setName("export")
              .setDefinition(BULK_DATA + "OperationDefinition/" + kind + "-export");
        }
      }
    }
    statement.addInstantiates(BULK_DATA + "CapabilityStatement/bulk-data");
  }
}
