package org.alliancecare.reporting.internal.persistence;

import static java.util.stream.Collectors.joining;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Stream;
import org.alliancecare.reporting.internal.domain.KeptScreeningKinds;

/**
 * The statements of {@code reporting.counted_child} (db/migration/reporting/V5): for each child,
 * one row per county it was screened in and one over every place ({@link #EVERY_PLACE}), with the
 * day of its first screening and of its first REFER of each kind and its birth date. A program's
 * screening figures for every place are then one pass over these rows, without grouping them by
 * child.
 */
final class CountedChildren {

  /** What {@code counted_in} holds on a child's row over every place; counties are six digits. */
  static final String EVERY_PLACE = "*";

  private static final String COLUMNS =
      "counted_in, patient_id, birth_date, "
          + perKind(
              kind ->
                  KeptScreeningKinds.firstOn(kind) + ", " + KeptScreeningKinds.firstReferOn(kind));

  /** A screening's row counted in its county and over every place; none without a place. */
  private static final String COUNTED_IN =
      " CROSS JOIN LATERAL (VALUES (s.county_code), ('"
          + EVERY_PLACE
          + "')) AS a (counted_in) WHERE s.place_code IS NOT NULL AND a.counted_in IS NOT NULL";

  /**
   * The rows of the screenings {@code recorded} returned (a CTE of the projection's statement): a
   * child's first days of a kind move back to an earlier screening's, a later one changes nothing
   * (and writes nothing).
   */
  static final String UPSERT_RECORDED =
      "INSERT INTO reporting.counted_child ("
          + COLUMNS
          + ") SELECT a.counted_in, s.patient_id, s.birth_date, "
          + perKind(
              kind ->
                  "CASE WHEN s.kind = '%1$s' THEN s.performed_on END, CASE WHEN s.kind = '%1$s'"
                          .formatted(kind)
                      + " AND s.result = 'REFER' THEN s.performed_on END")
          + " FROM recorded s"
          + COUNTED_IN
          + " ON CONFLICT (patient_id, counted_in) DO UPDATE SET "
          + perColumn(
              column -> column + " = LEAST(counted_child.%1$s, EXCLUDED.%1$s)".formatted(column))
          + " WHERE ("
          + perColumn(column -> "LEAST(counted_child.%1$s, EXCLUDED.%1$s)".formatted(column))
          + ") IS DISTINCT FROM ("
          + perColumn(column -> "counted_child." + column)
          + ")";

  /** A child's rows counted again from its screenings (after a correction or a merge). */
  static final String COUNT_AGAIN =
      "INSERT INTO reporting.counted_child ("
          + COLUMNS
          + ") SELECT a.counted_in, s.patient_id,"
          + " (SELECT p.birth_date FROM reporting.patient p WHERE p.patient_id = s.patient_id), "
          + perKind(
              kind ->
                  "MIN(s.performed_on) FILTER (WHERE s.kind = '%1$s'), MIN(s.performed_on)"
                          .formatted(kind)
                      + " FILTER (WHERE s.kind = '%s' AND s.result = 'REFER')".formatted(kind))
          + " FROM reporting.screening s"
          + COUNTED_IN
          + " AND s.patient_id = ? GROUP BY a.counted_in, s.patient_id";

  static final String FORGET = "DELETE FROM reporting.counted_child WHERE patient_id = ?";

  /**
   * Whether every place at which a screening was ever kept is among the places asked for: then the
   * rows over every place and per county hold exactly the children of those places.
   */
  static final String EVERY_SCREENED_PLACE_ASKED =
      "SELECT NOT EXISTS (SELECT 1 FROM reporting.screened_place sp"
          + " WHERE sp.place_code <> ALL(?))";

  private CountedChildren() {}

  /**
   * The children per county and over every place ({@code total}): screened, and referred, under the
   * age limit on their first day (up to the period's last day) of one of the {@code kinds}.
   * Parameters: the last day twice and the age limit twice, as {@code underAge} binds it.
   */
  static String screenedAndReferred(
      Collection<String> kinds, String underAgeOnFirst, String underAgeOnFirstRefer) {
    return "SELECT c.counted_in, c.counted_in = '"
        + EVERY_PLACE
        + "' AS total,"
        + " COUNT(*) FILTER (WHERE c.first_on <= COALESCE(CAST(? AS date), 'infinity'::date) AND"
        + underAgeOnFirst
        + ") AS screened,"
        + " COUNT(*) FILTER (WHERE c.first_refer_on <= COALESCE(CAST(? AS date), 'infinity'::date)"
        + " AND"
        + underAgeOnFirstRefer
        + ") AS refer"
        + " FROM (SELECT k.counted_in, k.birth_date, LEAST("
        + kinds.stream()
            .sorted()
            .map(kind -> "k." + KeptScreeningKinds.firstOn(kind))
            .collect(joining(", "))
        + ") AS first_on, LEAST("
        + kinds.stream()
            .sorted()
            .map(kind -> "k." + KeptScreeningKinds.firstReferOn(kind))
            .collect(joining(", "))
        + ") AS first_refer_on FROM reporting.counted_child k) c"
        + " GROUP BY c.counted_in";
  }

  private static String perKind(Function<String, String> fragment) {
    return KeptScreeningKinds.KINDS.stream().map(fragment).collect(joining(", "));
  }

  private static String perColumn(Function<String, String> fragment) {
    return KeptScreeningKinds.KINDS.stream()
        .flatMap(
            kind ->
                Stream.of(KeptScreeningKinds.firstOn(kind), KeptScreeningKinds.firstReferOn(kind)))
        .map(fragment)
        .collect(joining(", "));
  }
}
