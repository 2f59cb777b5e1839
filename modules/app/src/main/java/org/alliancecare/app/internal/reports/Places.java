package org.alliancecare.app.internal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** The directory's places as the reports need them. */
@ApplicationScoped
public class Places {

  @Inject DirectoryFacade directory;

  /** The places and every place below them. */
  public Set<String> within(Collection<String> placeCodes) {
    return directory
        .scopeOf(
            new Caller("report-places", "report places", Set.of(), Set.copyOf(placeCodes), null))
        .places();
  }

  /** The place asked for and every place below it; an unknown place is a bad {@code field}. */
  public Set<String> withinRequested(String placeCode, String field) {
    if (directory.findPlace(placeCode).isEmpty()) {
      throw InvalidInput.of(field, "not-known-place");
    }
    return within(Set.of(placeCode));
  }

  /** Every county-level place by code. */
  public Map<String, Place> counties() {
    Map<String, Place> counties = new LinkedHashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Place> places = directory.places(null, PlaceLevel.COUNTY, page);
      places.items().forEach(place -> counties.put(place.code(), place));
      if (places.nextCursor() == null) {
        return counties;
      }
      page = PageRequest.of(PageRequest.MAX_LIMIT, places.nextCursor());
    }
  }
}
