package org.alliancecare.directory.internal.domain;

import static org.alliancecare.directory.internal.domain.SamplePlaces.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.kernel.RecordNotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataScopeTest {

  @ParameterizedTest(name = "jurisdiction {0} covers {1}: {2}")
  @CsvSource({
    // a county covers itself, its townships and villages (also villages directly below it)
    "652922,           652922,     true",
    "652922,           652922-T01, true",
    "652922,           652922-V01, true",
    "652922,           652922-V02, true",
    // ... and nothing of a neighbouring county, nor what is above it
    "652922,           652902,     false",
    "652922,           652902-V01, false",
    "652922,           652900,     false",
    // a prefecture covers all its counties and everything below them, but not Aral (XPCC)
    "652900,           652902-V01, true",
    "652900,           652925-T01, true",
    "652900,           659002,     false",
    // a township covers its villages only
    "652922-T01,       652922-V01, true",
    "652922-T01,       652922-V02, false",
    // the coordinator's two places cover both
    "652900 659002,    659002,     true",
    "652900 659002,    652922-V01, true",
    // the region covers everything
    "650000,           659002,     true",
  })
  void a_jurisdiction_covers_its_places_and_everything_below_them(
      String jurisdiction, String place, boolean covered) {
    DataScope scope = TREE.scopeOf(Set.of(jurisdiction.split(" ")));
    assertThat(scope.covers(place)).isEqualTo(covered);
  }

  @Test
  void an_empty_jurisdiction_covers_nothing() {
    DataScope scope = TREE.scopeOf(Set.of());
    assertThat(scope.isEmpty()).isTrue();
    assertThat(ALL).noneMatch(place -> scope.covers(place.code()));
  }

  @Test
  void unknown_places_are_covered_by_nothing_and_cover_nothing() {
    assertThat(TREE.scopeOf(Set.of(XINJIANG)).covers("999999")).isFalse();
    assertThat(TREE.scopeOf(Set.of(XINJIANG)).covers(null)).isFalse();
    DataScope unknown = TREE.scopeOf(Set.of("999999"));
    assertThat(unknown.isEmpty()).isTrue();
    assertThat(unknown.jurisdiction()).isEmpty();
  }

  @Test
  void the_scope_lists_every_covered_place_for_queries() {
    assertThat(TREE.scopeOf(Set.of(WENSU)).places())
        .containsExactlyInAnyOrder(WENSU, JIAMU_TOWN, JIAMUGANG_VILLAGE, JINHUA_NEW_VILLAGE);
  }

  @Test
  void a_record_outside_the_scope_is_not_found_like_a_missing_one() {
    DataScope wensu = TREE.scopeOf(Set.of(WENSU));
    wensu.require(JIAMUGANG_VILLAGE, "patient");
    assertThatThrownBy(() -> wensu.require(YONGKU_VILLAGE, "patient"))
        .isInstanceOf(RecordNotFound.class)
        .hasMessage(new RecordNotFound("patient").getMessage());
    assertThatThrownBy(() -> wensu.require(null, v -> v.toString(), "patient"))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void filter_keeps_the_records_in_scope_in_their_order() {
    record Clinic(String name, String placeCode) {}
    List<Clinic> clinics =
        List.of(
            new Clinic("Jiamu", JIAMU_TOWN),
            new Clinic("Yongku", YONGKU_VILLAGE),
            new Clinic("Jinhua", JINHUA_NEW_VILLAGE));
    assertThat(TREE.scopeOf(Set.of(WENSU)).filter(clinics, Clinic::placeCode))
        .extracting(Clinic::name)
        .containsExactly("Jiamu", "Jinhua");
  }

  @Test
  void the_county_of_a_village_is_found_through_its_township() {
    assertThat(TREE.countyOf(JIAMUGANG_VILLAGE))
        .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(WENSU));
    assertThat(TREE.countyOf(WENSU)).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(WENSU));
    assertThat(TREE.countyOf(AKSU_PREFECTURE)).isEmpty();
    assertThat(TREE.ancestry(JIAMUGANG_VILLAGE))
        .extracting(p -> p.level())
        .containsExactly(
            PlaceLevel.VILLAGE,
            PlaceLevel.TOWNSHIP,
            PlaceLevel.COUNTY,
            PlaceLevel.PREFECTURE,
            PlaceLevel.PROVINCE);
  }

  @Test
  void a_scope_for_tests_of_other_modules_covers_exactly_its_places() {
    DataScope scope = DataScope.covering(WENSU);
    assertThat(scope.covers(WENSU)).isTrue();
    assertThat(scope.covers(JIAMU_TOWN)).isFalse();
    assertThat(DataScope.nothing().covers(WENSU)).isFalse();
  }
}
