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
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Organisation;
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
import org.hl7.fhir.r4.model.Organization;

/**
 * {@code Organization}: hospitals, township health centres, schools, rehabilitation centres and the
 * donor province's hospitals. Any signed-in caller reads them. Search by {@code _id}, {@code
 * identifier} (our id, or the short key such as {@code AKS-H1}), {@code _count}.
 */
@ApplicationScoped
public class OrganizationProvider implements IResourceProvider, ExportedType {

  @Inject DirectoryFacade directory;
  @Inject FhirCaller callers;

  @Override
  public Class<Organization> getResourceType() {
    return Organization.class;
  }

  @Read
  public Organization read(@IdParam IdType id) {
    callers.signedIn();
    return directory
        .findOrganisation(id.getIdPart())
        .map(this::resource)
        .orElseThrow(() -> new RecordNotFound("organisation"));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    callers.signedIn();
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    if (id != null || identifier != null) {
      List<Organization> matches =
          (id != null
                  ? directory.findOrganisation(id.getValue()).stream()
                  : byIdentifier(identifier, page).stream())
              .filter(o -> identifier == null || hasIdentifier(o, identifier))
              .map(this::resource)
              .toList();
      return SearchBundles.searchset(request, matches, null);
    }
    Page<Organisation> found = directory.organisations(null, null, page);
    return SearchBundles.searchset(
        request, found.items().stream().map(this::resource).toList(), found.nextCursor());
  }

  private List<Organisation> byIdentifier(TokenParam identifier, PageRequest page) {
    if (Systems.ORGANISATION_ID.equals(identifier.getSystem())) {
      return directory.findOrganisation(identifier.getValue()).stream().toList();
    }
    // organisations are a few hundred: a key is looked for through the whole list
    java.util.ArrayList<Organisation> all = new java.util.ArrayList<>();
    DirectoryProviders.each(p -> directory.organisations(null, null, p), all::add);
    return all;
  }

  private static boolean hasIdentifier(Organisation organisation, TokenParam identifier) {
    String system = identifier.getSystem();
    String value = identifier.getValue();
    boolean byId = system == null || system.isEmpty() || Systems.ORGANISATION_ID.equals(system);
    boolean byKey = system == null || system.isEmpty() || Systems.ORGANISATION_KEY.equals(system);
    return (byId && organisation.id().equals(value))
        || (byKey && value != null && value.equals(organisation.key()));
  }

  private Organization resource(Organisation organisation) {
    return DirectoryMapping.organization(
        organisation,
        organisation.placeCode() == null
            ? null
            : directory.findPlace(organisation.placeCode()).orElse(null));
  }

  @Override
  public String resourceType() {
    return DirectoryMapping.ORGANIZATION;
  }

  @Override
  public boolean patientCompartment() {
    return false;
  }

  /** Every organisation ({@code since} does not narrow: the directory keeps no change times). */
  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    DirectoryProviders.each(
        page -> directory.organisations(null, null, page),
        organisation -> sink.accept(resource(organisation)));
  }
}
