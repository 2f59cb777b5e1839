package org.alliancecare.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void limit_defaults_to_50_and_no_cursor_means_the_first_page() {
    PageRequest request = PageRequest.of(null, null);
    assertThat(request.limit()).isEqualTo(50);
    assertThat(request.after()).isNull();
  }

  @Test
  void limit_above_500_or_below_1_is_refused_naming_the_field() {
    assertThatThrownBy(() -> PageRequest.of(501, null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("limit"));
    assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void a_full_fetch_gives_a_cursor_that_leads_after_the_last_item() {
    PageRequest request = PageRequest.first(2);
    Page<String> page = request.toPage(List.of("a", "b", "c"), Function.identity());
    assertThat(page.items()).containsExactly("a", "b");
    assertThat(PageRequest.of(2, page.nextCursor()).after()).isEqualTo("b");
  }

  @Test
  void the_last_page_has_no_cursor() {
    Page<String> page = PageRequest.first(2).toPage(List.of("a", "b"), Function.identity());
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void a_cursor_that_is_not_ours_is_bad_input() {
    assertThatThrownBy(() -> PageRequest.of(10, "%%%")).isInstanceOf(InvalidInput.class);
  }

  @Property
  void cursors_round_trip_any_key(@ForAll String key) {
    assertThat(PageRequest.decode(PageRequest.encode(key))).isEqualTo(key);
  }
}
