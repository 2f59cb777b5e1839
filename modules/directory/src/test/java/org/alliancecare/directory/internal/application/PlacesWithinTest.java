package org.alliancecare.directory.internal.application;

import static org.alliancecare.directory.internal.domain.SamplePlaces.AKSU_CITY;
import static org.alliancecare.directory.internal.domain.SamplePlaces.AKSU_PREFECTURE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.JIAMUGANG_VILLAGE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.JIAMU_TOWN;
import static org.alliancecare.directory.internal.domain.SamplePlaces.JINHUA_NEW_VILLAGE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.KUQA;
import static org.alliancecare.directory.internal.domain.SamplePlaces.TREE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.WENSU;
import static org.alliancecare.directory.internal.domain.SamplePlaces.XINHE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.YONGKU_VILLAGE;
import static org.alliancecare.directory.internal.domain.SamplePlaces.YULUDUSIBAGE_TOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecare.directory.internal.domain.PlaceTree;
import org.junit.jupiter.api.Test;

/**
 * {@code DirectoryFacade.placesWithin}: the place and everything below it, which other modules use
 * to narrow a list to a place.
 */
class PlacesWithinTest {

  private final Directory directory = new Directory();

  PlacesWithinTest() {
    directory.placeTree =
        new PlaceTreeCache() {
          @Override
          public PlaceTree tree() {
            return TREE;
          }
        };
  }

  @Test
  void a_county_holds_itself_its_townships_and_their_villages() {
    assertThat(directory.placesWithin(WENSU))
        .containsExactlyInAnyOrder(WENSU, JIAMU_TOWN, JIAMUGANG_VILLAGE, JINHUA_NEW_VILLAGE);
  }

  @Test
  void a_prefecture_holds_every_county_below_it_and_all_below_them() {
    assertThat(directory.placesWithin(AKSU_PREFECTURE))
        .containsExactlyInAnyOrder(
            AKSU_PREFECTURE,
            AKSU_CITY,
            KUQA,
            YONGKU_VILLAGE,
            WENSU,
            JIAMU_TOWN,
            JIAMUGANG_VILLAGE,
            JINHUA_NEW_VILLAGE,
            XINHE,
            YULUDUSIBAGE_TOWN);
  }

  @Test
  void a_village_holds_only_itself() {
    assertThat(directory.placesWithin(JIAMUGANG_VILLAGE)).containsExactly(JIAMUGANG_VILLAGE);
  }

  @Test
  void a_code_that_names_no_place_holds_nothing() {
    assertThat(directory.placesWithin("999999")).isEmpty();
    assertThat(directory.placesWithin(null)).isEmpty();
  }
}
