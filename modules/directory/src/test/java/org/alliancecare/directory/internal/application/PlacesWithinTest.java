package org.alliancecare.directory.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.internal.domain.PlaceTree;
import org.junit.jupiter.api.Test;

/**
 * {@code DirectoryFacade.placesWithin}: the place and everything below it, which other modules use
 * to narrow a list to a place (real places of shared/data/places.csv).
 */
class PlacesWithinTest {

  private static final String AKSU_PREFECTURE = "652900";
  private static final String WENSU = "652922";
  private static final String KUQA = "652902";
  private static final String JIAMU_TOWN = "652922-T01";
  private static final String JIAMUGANG_VILLAGE = "652922-V01";
  private static final String JINHUA_NEW_VILLAGE = "652922-V02";
  private static final String YONGKU_VILLAGE = "652902-V01";

  private static final PlaceTree TREE =
      PlaceTree.of(
          List.of(
              new Place(AKSU_PREFECTURE, null, PlaceLevel.PREFECTURE, "阿克苏地区", "Aksu Prefecture"),
              new Place(KUQA, AKSU_PREFECTURE, PlaceLevel.COUNTY, "库车市", "Kuqa City"),
              new Place(WENSU, AKSU_PREFECTURE, PlaceLevel.COUNTY, "温宿县", "Wensu County"),
              new Place(JIAMU_TOWN, WENSU, PlaceLevel.TOWNSHIP, "佳木镇", "Jiamu Town"),
              new Place(
                  JIAMUGANG_VILLAGE, JIAMU_TOWN, PlaceLevel.VILLAGE, "佳木岗村", "Jiamugang Village"),
              new Place(
                  JINHUA_NEW_VILLAGE, WENSU, PlaceLevel.VILLAGE, "金华新村", "Jinhua New Village"),
              new Place(
                  YONGKU_VILLAGE,
                  KUQA,
                  PlaceLevel.VILLAGE,
                  "甬库振兴村",
                  "Yongku Revitalisation Village")));

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
            KUQA,
            YONGKU_VILLAGE,
            WENSU,
            JIAMU_TOWN,
            JIAMUGANG_VILLAGE,
            JINHUA_NEW_VILLAGE);
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
