package org.alliancecare.notifications.internal.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "+86 138 0013 8000 | 13800138000",
        "13800138000 | 13800138000",
        "0086-138-0013-8000 | 13800138000",
        "(86) 199 9123 4567 | 19991234567",
        "8615609971234 | 15609971234",
        "+86 (0)177.0099.1234 | ",
      })
  void written_numbers_are_read_in_the_domestic_form(String written, String digits) {
    assertThat(MobileNumber.parse(written))
        .isEqualTo(Optional.ofNullable(digits).map(MobileNumber::new));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0997-2123456", // a landline in Aksu
        "12800138000", // no mobile range starts 12
        "1380013800", // ten digits
        "138001380001",
        "+44 7700 900123",
        "+86 13800138000 ext 2",
        "一三八〇〇一三八〇〇〇",
        ""
      })
  void what_is_not_a_chinese_mobile_number_is_not_read(String written) {
    assertThat(MobileNumber.parse(written)).isEmpty();
  }

  @Property
  void any_mobile_number_reads_back_however_it_is_written(
      @ForAll("mobiles") String digits, @ForAll("prefixes") String prefix) {
    String spaced =
        digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);

    assertThat(MobileNumber.parse(prefix + spaced)).contains(new MobileNumber(digits));
    assertThat(MobileNumber.parse(prefix + digits)).contains(new MobileNumber(digits));
  }

  @Property
  void the_number_never_shows_whole_in_its_text(@ForAll("mobiles") String digits) {
    assertThat(new MobileNumber(digits).toString()).doesNotContain(digits.substring(3, 9));
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Arbitraries.integers()
        .between(3, 9)
        .flatMap(
            second -> Arbitraries.strings().numeric().ofLength(9).map(rest -> "1" + second + rest));
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "+86 ", "+86", "0086 ", "0086-", "86");
  }
}
