package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.patients.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  /** A girl born 2015-03-15 in 新和县 (652925). */
  static final String XINHE_GIRL = "652925201503150028";

  @Test
  void a_valid_number_gives_region_birth_date_and_sex() {
    ResidentIdNumber number = new ResidentIdNumber(XINHE_GIRL);
    assertThat(number.regionCode()).isEqualTo("652925");
    assertThat(number.birthDate()).isEqualTo(LocalDate.of(2015, 3, 15));
    assertThat(number.sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void odd_sequence_is_male() {
    assertThat(new ResidentIdNumber("652922201906010012").sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void check_character_x_is_accepted_in_either_case() {
    assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void masked_shows_the_first_six_and_last_four_only() {
    assertThat(new ResidentIdNumber(XINHE_GIRL).masked()).isEqualTo("652925********0028");
    assertThat(new ResidentIdNumber(XINHE_GIRL).toString()).doesNotContain("20150315");
  }

  @Test
  void wrong_check_character_is_refused_naming_the_field() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("652925201503150027", "nationalId"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("nationalId");
              assertThat(e.errors().get(0).message()).contains("check character");
            });
  }

  @Test
  void an_impossible_birth_date_is_refused_even_with_a_correct_check_character() {
    String feb30 = withCheck("65292520150230002");
    assertThatThrownBy(() -> new ResidentIdNumber(feb30))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors().get(0).message()).contains("birth date"));
  }

  @Test
  void leap_day_exists_in_a_leap_year() {
    assertThat(new ResidentIdNumber("652902202002290030").birthDate())
        .isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "65292520150315002",
        "6529252015031500288",
        "65292520150315002A",
        "X52925201503150028"
      })
  void wrong_shapes_are_refused(String text) {
    assertThatThrownBy(() -> new ResidentIdNumber(text)).isInstanceOf(InvalidInput.class);
  }

  @Property
  void any_single_digit_change_is_caught_by_the_check_character(
      @ForAll("validNumbers") String number, @ForAll("positions") int position) {
    char original = number.charAt(position);
    char changed = (char) ('0' + ((original - '0' + 1) % 10));
    String typo = number.substring(0, position) + changed + number.substring(position + 1);
    assertThatThrownBy(() -> new ResidentIdNumber(typo)).isInstanceOf(InvalidInput.class);
  }

  @Provide
  Arbitrary<String> validNumbers() {
    return Arbitraries.of("652925", "652922", "652902", "659002")
        .flatMap(
            region ->
                Arbitraries.integers()
                    .between(0, 6500)
                    .flatMap(
                        days ->
                            Arbitraries.integers()
                                .between(0, 999)
                                .map(
                                    sequence ->
                                        withCheck(
                                            region
                                                + LocalDate.of(2008, 1, 1)
                                                    .plusDays(days)
                                                    .toString()
                                                    .replace("-", "")
                                                + String.format("%03d", sequence)))));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 16);
  }

  static String withCheck(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
