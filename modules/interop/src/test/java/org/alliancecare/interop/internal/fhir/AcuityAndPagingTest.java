package org.alliancecare.interop.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Acuity in logMAR from every notation, and the paging of lists a facade answers whole. */
class AcuityAndPagingTest {

  @ParameterizedTest(name = "{0} {1} is logMAR {2}")
  @CsvSource({
    "4.7, FIVE_POINT, 0.30",
    "0.5, DECIMAL, 0.30",
    "6/12, SNELLEN_METRIC, 0.30",
    "20/40, SNELLEN_IMPERIAL, 0.30",
    "0.3, LOGMAR, 0.30",
    "1.0, DECIMAL, 0.00",
    "5.0, FIVE_POINT, 0.00",
    "2.0, DECIMAL, -0.30",
    "0.1, DECIMAL, 1.00",
    "6/60, SNELLEN_METRIC, 1.00"
  })
  void every_notation_converts_to_the_same_logmar(String value, String notation, String logMar) {
    assertThat(AcuityInLogMar.of(value, notation)).isEqualByComparingTo(logMar);
  }

  @Test
  void a_whole_list_is_paged_by_key_after_the_cursor() {
    List<String> numbers = List.of("R-3", "R-1", "R-5", "R-2", "R-4");
    Page<String> first = ClinicalSearch.page(numbers, n -> n, PageRequest.first(2));
    assertThat(first.items()).containsExactly("R-1", "R-2");
    Page<String> second =
        ClinicalSearch.page(numbers, n -> n, PageRequest.of(2, first.nextCursor()));
    assertThat(second.items()).containsExactly("R-3", "R-4");
    Page<String> last =
        ClinicalSearch.page(numbers, n -> n, PageRequest.of(2, second.nextCursor()));
    assertThat(last.items()).containsExactly("R-5");
    assertThat(last.nextCursor()).isNull();
  }
}
