package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeAtScreeningTest {

  @ParameterizedTest(name = "born {0}, screened {1}: {2} years")
  @CsvSource({
    "2019-03-15, 2022-03-14, 2", // the day before the 3rd birthday
    "2019-03-15, 2022-03-15, 3", // on the 3rd birthday
    "2019-03-15, 2022-03-16, 3", // the day after
    "2019-03-15, 2025-03-14, 5", // the day before the 6th birthday
    "2019-03-15, 2025-03-15, 6", // on the 6th birthday
    "2019-03-15, 2019-03-15, 0", // on the day of birth
    "2020-02-29, 2023-02-28, 2", // born on a leap day: not yet 3 on 28 February
    "2020-02-29, 2023-03-01, 3", // ...but on 1 March
    "2020-02-29, 2024-02-29, 4",
  })
  void age_is_counted_in_whole_years_on_the_screening_date_and_the_birthday_counts(
      LocalDate birthDate, LocalDate screenedOn, int years) {
    assertThat(AgeAtScreening.between(birthDate, screenedOn).years()).isEqualTo(years);
  }

  @Test
  void a_screening_before_the_birth_is_refused_naming_the_screening_date() {
    assertThatThrownBy(
            () -> AgeAtScreening.between(LocalDate.of(2019, 3, 15), LocalDate.of(2019, 3, 14)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("performedAt"));
  }
}
