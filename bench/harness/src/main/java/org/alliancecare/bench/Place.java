package org.alliancecare.bench;

import java.util.List;

/**
 * Where a generated child lives: the place code, its county-level unit (the reports' rows) and the
 * place with every place above it (what the referral and case tables keep for lists by place).
 */
record Place(String code, String county, List<String> path) {

  private static final String XINJIANG = "650000";
  private static final String AKSU = "652900";

  /** The places of shared/data/places.csv where children live, most of them at county level. */
  static final List<Place> ALL =
      List.of(
          aksuCounty("652901"),
          aksuCounty("652902"),
          aksuCounty("652922"),
          aksuCounty("652924"),
          aksuCounty("652925"),
          aksuCounty("652926"),
          aksuCounty("652927"),
          aksuCounty("652928"),
          aksuCounty("652929"),
          new Place("659002", "659002", List.of("659002", XINJIANG)),
          new Place("652925-T01", "652925", List.of("652925-T01", "652925", AKSU, XINJIANG)),
          new Place("652922-T01", "652922", List.of("652922-T01", "652922", AKSU, XINJIANG)),
          new Place(
              "652922-V01",
              "652922",
              List.of("652922-V01", "652922-T01", "652922", AKSU, XINJIANG)),
          new Place("652922-V02", "652922", List.of("652922-V02", "652922", AKSU, XINJIANG)),
          new Place("652901-V01", "652901", List.of("652901-V01", "652901", AKSU, XINJIANG)),
          new Place("652902-V01", "652902", List.of("652902-V01", "652902", AKSU, XINJIANG)));

  private static Place aksuCounty(String code) {
    return new Place(code, code, List.of(code, AKSU, XINJIANG));
  }
}
