package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;

/**
 * The places a form offers: those of the caller's data scope (the jurisdiction and everything below
 * it), counties first, each named in the page's language with its county; a clinic's place is a
 * township or a village only.
 */
@Named
@RequestScoped
public class PlaceChoices {

  @Inject CurrentCaller caller;
  @Inject Names names;

  private List<Choice> inScope;
  private List<Choice> venues;

  /** Every place the caller's scope covers. */
  public List<Choice> getInScope() {
    if (inScope == null) {
      inScope = choices(false);
    }
    return inScope;
  }

  /**
   * Where a clinic can be held: the townships and villages of the scope (the outreach module
   * refuses any other level).
   */
  public List<Choice> getVenues() {
    if (venues == null) {
      venues = choices(true);
    }
    return venues;
  }

  private List<Choice> choices(boolean venuesOnly) {
    return caller.scope().places().stream()
        .map(names::findPlace)
        .flatMap(Optional::stream)
        .filter(
            p -> !venuesOnly || p.level() == PlaceLevel.TOWNSHIP || p.level() == PlaceLevel.VILLAGE)
        .sorted(Comparator.comparing((Place p) -> p.level()).thenComparing(Place::code))
        .map(p -> new Choice(p.code(), label(p)))
        .toList();
  }

  private String label(Place place) {
    String name = names.of(place);
    if (place.level().compareTo(PlaceLevel.COUNTY) > 0 && place.parentCode() != null) {
      return names.place(place.parentCode()) + " · " + name;
    }
    return name;
  }
}
