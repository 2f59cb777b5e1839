package org.alliancecare.reporting.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountiesTest {

  @ParameterizedTest(name = "{0} ({2}) lies in county {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        // every place of shared/data/places.csv
        "650000, none, 新疆维吾尔自治区 (province)",
        "652900, none, 阿克苏地区 (prefecture)",
        "652901, 652901, 阿克苏市",
        "652902, 652902, 库车市",
        "652922, 652922, 温宿县",
        "652924, 652924, 沙雅县",
        "652925, 652925, 新和县",
        "652926, 652926, 拜城县",
        "652927, 652927, 乌什县",
        "652928, 652928, 阿瓦提县",
        "652929, 652929, 柯坪县",
        "659002, 659002, 阿拉尔市 (XPCC 1st Division)",
        "652925-T01, 652925, 尤鲁都斯巴格镇",
        "652922-T01, 652922, 佳木镇",
        "652922-V01, 652922, 佳木岗村",
        "652922-V02, 652922, 金华新村",
        "652901-V01, 652901, 巴格其村",
        "652902-V01, 652902, 甬库振兴村",
        // GB/T 10114 township and village codes
        "652927100000, 652927, a township of 乌什县 by its twelve-digit code",
        "652927100201, 652927, a village of 乌什县 by its twelve-digit code",
        "652922-V5001, 652922, a village added with a four-digit local number"
      })
  void the_county_of_a_place_is_the_first_six_characters_of_a_place_at_or_below_county_level(
      String place, String county, String name) {
    assertThat(Counties.countyOf(place)).isEqualTo(java.util.Optional.ofNullable(county));
  }

  @ParameterizedTest(name = "\"{0}\" is no place code")
  @CsvSource(
      nullValues = "none",
      value = {"none", "''", "6529", "652927-X01", "65292A", "652927-T1", "6529271"})
  void what_is_not_a_place_code_has_no_county(String code) {
    assertThat(Counties.countyOf(code)).isEmpty();
  }
}
