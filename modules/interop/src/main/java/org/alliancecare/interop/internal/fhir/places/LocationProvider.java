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
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
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
import org.hl7.fhir.r4.model.Location;

/**
 * {@code Location}: the directory's places (region, prefectures, counties, townships, villages), id
 * and identifier their GB/T 2260 code, {@code partOf} the place above. Any signed-in caller reads
 * them (reference data, as in the API). Search by {@code _id}, {@code identifier}, {@code partof}
 * (the places directly below), {@code _count}.
 */
@ApplicationScoped
public class LocationProvider implements IResourceProvider, ExportedType {

  @Inject DirectoryFacade directory;
  @Inject FhirCaller callers;

  @Override
  public Class<Location> getResourceType() {
    return Location.class;
  }

  @Read
  public Location read(@IdParam IdType id) {
    callers.signedIn();
    return directory
        .findPlace(id.getIdPart())
        .map(DirectoryMapping::location)
        .orElseThrow(() -> new RecordNotFound("place"));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = "_id") TokenParam id,
      @OptionalParam(name = Location.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = Location.SP_PARTOF) ReferenceParam partOf,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    callers.signedIn();
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    String code = id != null ? id.getValue() : null;
    if (identifier != null) {
      boolean ours =
          identifier.getSystem() == null
              || identifier.getSystem().isEmpty()
              || Systems.PLACE_CODE.equals(identifier.getSystem());
      if (!ours || (code != null && !code.equals(identifier.getValue()))) {
        return SearchBundles.searchset(request, List.of(), null);
      }
      code = identifier.getValue();
    }
    if (code != null) {
      List<Location> one =
          directory.findPlace(code).map(DirectoryMapping::location).stream().toList();
      return SearchBundles.searchset(request, one, null);
    }
    Page<Place> found = directory.places(partOf == null ? null : partOf.getIdPart(), null, page);
    return SearchBundles.searchset(
        request,
        found.items().stream().map(DirectoryMapping::location).toList(),
        found.nextCursor());
  }

  @Override
  public String resourceType() {
    return DirectoryMapping.LOCATION;
  }

  @Override
  public boolean patientCompartment() {
    return false;
  }

  /** Every place ({@code since} does not narrow: the directory keeps no change times). */
  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    DirectoryProviders.each(
        page -> directory.places(null, null, page),
        place -> sink.accept(DirectoryMapping.location(place)));
  }
}
