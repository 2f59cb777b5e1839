package org.alliancecare.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One measured figure beside the baseline it is compared with, their ratio, and the target.
 *
 * @param id a stable key, e.g. {@code capture.32.throughput}
 * @param what what was measured, for a person
 * @param value the figure
 * @param unit its unit ({@code /s}, {@code ms}, {@code MiB}, {@code s})
 * @param baselineWhat what the baseline is
 * @param baseline the baseline's figure, in the same unit ({@code NaN} when there is none)
 * @param target the target, as text ({@code ≥ 0.5× baseline}, {@code ≤ 25 ms})
 * @param met whether the target is met ({@code null} when the figure has no target of its own)
 * @param note what limits the figure, when the target is not met, or how to read it
 */
record Figure(
    String id,
    String what,
    double value,
    String unit,
    String baselineWhat,
    double baseline,
    String target,
    Boolean met,
    String note) {

  /** {@code value / baseline}, or {@code NaN} without a baseline. */
  double ratio() {
    return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
  }

  Figure withNote(String text) {
    return new Figure(id, what, value, unit, baselineWhat, baseline, target, met, text);
  }

  JsonObject toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", id)
            .add("what", what)
            .add("value", round(value))
            .add("unit", unit)
            .add("baselineWhat", baselineWhat == null ? "" : baselineWhat);
    if (Double.isNaN(baseline)) {
      json.addNull("baseline").addNull("ratio");
    } else {
      json.add("baseline", round(baseline));
      if (Double.isNaN(ratio())) {
        json.addNull("ratio");
      } else {
        json.add("ratio", round(ratio()));
      }
    }
    json.add("target", target == null ? "" : target);
    if (met == null) {
      json.addNull("met");
    } else {
      json.add("met", met);
    }
    return json.add("note", note == null ? "" : note).build();
  }

  static double round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return Math.round(value * 1000.0) / 1000.0;
  }
}
