package org.alliancecare.interop.internal.fhir.places;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.interop.internal.fhir.FhirCaller;
import org.alliancecare.interop.internal.fhir.SearchBundles;
import org.alliancecare.interop.internal.fhir.Systems;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * {@code Practitioner}: the doctors and therapists of the directory, local and aid. Any signed-in
 * caller reads them. Search by {@code _id}, {@code identifier}, {@code name} (part of it), {@code
 * _count}.
 */
@ApplicationScoped
public class PractitionerProvider implements IResourceProvider, ExportedType {

  @Inject DirectoryFacade directory;
  @Inject FhirCaller callers;

  @Override
  public Class<Practitioner> getResourceType() {
    return Practitioner.class;
  }

  @Read
  public Practitioner read(@IdParam IdType id) {
    callers.signedIn();
    return directory
        .findPractitioner(id.getIdPart())
        .map(DirectoryMapping::practitioner)
        .orElseThrow(() -> new RecordNotFound("practitioner"));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = Practitioner.SP_NAME) StringParam name,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    callers.signedIn();
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    String wanted = PractitionerRoleProvider.wantedId(id, identifier, Systems.PRACTITIONER_ID);
    if (wanted != null) {
      return SearchBundles.searchset(
          request,
          directory.findPractitioner(wanted).map(DirectoryMapping::practitioner).stream().toList(),
          null);
    }
    Page<org.alliancecare.directory.api.Practitioner> found =
        directory.practitioners(name == null ? null : name.getValue(), null, page);
    return SearchBundles.searchset(
        request,
        found.items().stream().map(DirectoryMapping::practitioner).toList(),
        found.nextCursor());
  }

  @Override
  public String resourceType() {
    return DirectoryMapping.PRACTITIONER;
  }

  @Override
  public boolean patientCompartment() {
    return false;
  }

  /** Every practitioner ({@code since} does not narrow: the directory keeps no change times). */
  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    DirectoryProviders.each(
        page -> directory.practitioners(null, null, page),
        practitioner -> sink.accept(DirectoryMapping.practitioner(practitioner)));
  }
}
