package org.alliancecare.kernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecare.kernel.PageRequest;
import org.junit.jupiter.api.Test;

class ListQueryTest {

  private static final String SELECT =
      "SELECT id FROM referrals.referral WHERE place_code = ANY(?)";

  @Test
  void conditions_append_their_text_and_values_in_step() {
    String[] places = {"652927"};
    ListQuery query =
        new ListQuery(SELECT, (Object) places)
            .and("status = ?", "ACCEPTED")
            .and("place_path @> ARRAY[?]::text[]", "652927100");

    assertThat(query.sql())
        .isEqualTo(SELECT + " AND status = ? AND place_path @> ARRAY[?]::text[]");
    assertThat(query.parameters()).containsExactly(places, "ACCEPTED", "652927100");
  }

  @Test
  void the_first_page_is_ordered_by_its_key_and_fetches_one_more_than_asked() {
    ListQuery query =
        new ListQuery(SELECT).page(PageRequest.first(20), "case_number", key -> List.of(key));

    assertThat(query.sql()).isEqualTo(SELECT + " ORDER BY case_number LIMIT ?");
    assertThat(query.parameters()).containsExactly(21);
  }

  @Test
  void a_later_page_starts_after_a_key_of_one_column() {
    ListQuery query =
        new ListQuery(SELECT)
            .page(new PageRequest(20, "QIMING-2026-00042"), "case_number", key -> List.of(key));

    assertThat(query.sql()).isEqualTo(SELECT + " AND case_number > ? ORDER BY case_number LIMIT ?");
    assertThat(query.parameters()).containsExactly("QIMING-2026-00042", 21);
  }

  @Test
  void a_later_page_starts_after_a_key_of_several_columns_compared_as_a_row() {
    ListQuery query =
        new ListQuery(SELECT)
            .page(
                new PageRequest(5, "2026-06-03/RF-2026-000042"),
                "due_on, referral_number",
                key -> List.of(key.split("/", 2)));

    assertThat(query.sql())
        .isEqualTo(
            SELECT
                + " AND (due_on, referral_number) > (?, ?)"
                + " ORDER BY due_on, referral_number LIMIT ?");
    assertThat(query.parameters()).containsExactly("2026-06-03", "RF-2026-000042", 6);
  }
}
