package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  @ParameterizedTest(name = "\"{0}\" for {1} is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "short                 | doctor.wensu | must be at least 12 characters long",
        "elevenchars            | doctor.wensu | must be at least 12 characters long",
        // on the list (any case)
        "passwordpassword      | doctor.wensu | is too common or too easy to guess; choose another",
        "WinnieThePooh         | doctor.wensu | is too common or too easy to guess; choose another",
        // a listed word with digits and symbols appended
        "Password1234!         | doctor.wensu | is too common or too easy to guess; choose another",
        "qwertyuiop2024        | doctor.wensu | is too common or too easy to guess; choose another",
        "123456789012          | doctor.wensu | is too common or too easy to guess; choose another",
        // too few different characters
        "aaaaaaaaaaaaaaaa      | doctor.wensu | is too common or too easy to guess; choose another",
        "abababababababab      | doctor.wensu | is too common or too easy to guess; choose another",
        // the username, with digits and symbols appended
        "doctor.wensu-2024!    | doctor.wensu | is too common or too easy to guess; choose another",
      })
  void weak_passwords_are_refused_with_a_reason(String password, String username, String reason) {
    assertThat(PasswordPolicy.refusal(password, username)).contains(reason);
  }

  @ParameterizedTest(name = "\"{0}\" is accepted")
  @CsvSource({
    "Jiamu-clinic-2024",
    "Tarim river in spring",
    "温宿县佳木镇卫生院的医生们",
    "correct-horse-battery",
  })
  void long_uncommon_passwords_are_accepted(String password) {
    assertThat(PasswordPolicy.refusal(password, "doctor.wensu")).isEmpty();
  }

  @Test
  void a_password_that_merely_contains_the_username_is_accepted() {
    assertThat(PasswordPolicy.refusal("Lifecycle-admin-2026!", "admin")).isEmpty();
  }

  @Test
  void a_missing_or_huge_password_is_refused() {
    assertThat(PasswordPolicy.refusal(null, "x")).contains("is required");
    assertThat(PasswordPolicy.refusal("Ab1-".repeat(70), "x")).isPresent();
  }

  @Test
  void the_common_password_list_has_thousands_of_entries() {
    assertThat(PasswordPolicy.commonPasswords()).isGreaterThan(3000);
  }
}
