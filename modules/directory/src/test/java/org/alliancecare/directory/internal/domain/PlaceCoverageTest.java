package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;

/**
 * On any tree: a place is covered exactly when it or one of its ancestors is in the jurisdiction.
 */
class PlaceCoverageTest {

  @Property
  void covered_exactly_when_an_ancestor_is_in_the_jurisdiction(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 1000) Integer> parents,
      @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 60) Integer> chosen) {
    List<Place> places = new ArrayList<>();
    places.add(new Place("p0", null, PlaceLevel.PROVINCE, "根", "root"));
    for (int i = 0; i < parents.size(); i++) {
      int parent = parents.get(i) % (i + 1);
      places.add(new Place("p" + (i + 1), "p" + parent, PlaceLevel.VILLAGE, "村", "village"));
    }
    PlaceTree tree = PlaceTree.of(places);
    Set<String> jurisdiction =
        Set.copyOf(chosen.stream().map(c -> "p" + (c % places.size())).toList());
    DataScope scope = tree.scopeOf(jurisdiction);
    for (Place place : places) {
      boolean ancestorChosen =
          tree.ancestry(place.code()).stream().anyMatch(a -> jurisdiction.contains(a.code()));
      assertThat(scope.covers(place.code())).isEqualTo(ancestorChosen);
    }
  }
}
