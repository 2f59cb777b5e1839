package org.alliancecare.interop.internal.fhir.places;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
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
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * {@code PractitionerRole}: each practitioner's role at the organisation where they work in the
 * region (its id the practitioner's), with the specialty and an aid doctor's tour as its period.
 * Search by {@code _id}, {@code practitioner}, {@code _count}.
 */
@ApplicationScoped
public class PractitionerRoleProvider implements IResourceProvider, ExportedType {

  @Inject DirectoryFacade directory;
  @Inject FhirCaller callers;

  @Override
  public Class<PractitionerRole> getResourceType() {
    return PractitionerRole.class;
  }

  @Read
  public PractitionerRole read(@IdParam IdType id) {
    callers.signedIn();
    return directory
        .findPractitioner(id.getIdPart())
        .map(DirectoryMapping::role)
        .orElseThrow(() -> new RecordNotFound("practitioner"));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    callers.signedIn();
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    String wanted = wantedId(id, null, Systems.PRACTITIONER_ID);
    if (practitioner != null) {
      if (wanted != null && !wanted.equals(practitioner.getIdPart())) {
        return SearchBundles.searchset(request, java.util.List.of(), null);
      }
      wanted = practitioner.getIdPart();
    }
    if (wanted != null) {
      return SearchBundles.searchset(
          request,
          directory.findPractitioner(wanted).map(DirectoryMapping::role).stream().toList(),
          null);
    }
    Page<org.alliancecare.directory.api.Practitioner> found =
        directory.practitioners(null, null, page);
    return SearchBundles.searchset(
        request, found.items().stream().map(DirectoryMapping::role).toList(), found.nextCursor());
  }

  /**
   * The one id that {@code _id} and {@code identifier} (of {@code system}) ask for, or null when
   * neither is given; a contradiction or another system asks for an id that matches nothing.
   */
  static String wantedId(TokenParam id, TokenParam identifier, String system) {
    String wanted = id == null ? null : id.getValue();
    if (identifier != null) {
      boolean ours =
          identifier.getSystem() == null
              || identifier.getSystem().isEmpty()
              || system.equals(identifier.getSystem());
      if (!ours || (wanted != null && !wanted.equals(identifier.getValue()))) {
        return "-";
      }
      wanted = identifier.getValue();
    }
    return wanted;
  }

  @Override
  public String resourceType() {
    return DirectoryMapping.PRACTITIONER_ROLE;
  }

  @Override
  public boolean patientCompartment() {
    return false;
  }

  /** Every role ({@code since} does not narrow: the directory keeps no change times). */
  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    DirectoryProviders.each(
        page -> directory.practitioners(null, null, page),
        practitioner -> sink.accept(DirectoryMapping.role(practitioner)));
  }
}
