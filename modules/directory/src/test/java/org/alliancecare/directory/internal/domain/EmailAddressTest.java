package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @CsvSource({
    "gulnur@wensu-hospital.cn, gulnur@wensu-hospital.cn",
    "'  aysha.tursun@AKSU.gov.cn ', aysha.tursun@aksu.gov.cn",
    "Dr.Li+reminders@mail.ningbo-aid.org.cn, Dr.Li+reminders@mail.ningbo-aid.org.cn",
  })
  void an_address_is_kept_stripped_with_its_domain_in_lower_case(String given, String kept) {
    assertThat(EmailAddress.parse(given, "email").value()).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "gulnur",
        "gulnur@",
        "@wensu.cn",
        "gulnur@wensu",
        "gul nur@wensu.cn",
        "gulnur@@wensu.cn",
        "gulnur@wensu..cn",
        ".gulnur@wensu.cn",
        "gulnur@-wensu.cn",
        "古丽@温宿.cn",
      })
  void anything_else_is_refused_naming_the_field(String given) {
    assertThatThrownBy(() -> EmailAddress.parse(given, "email"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).field()).isEqualTo("email");
              assertThat(e.errors().get(0).key()).isEqualTo("error.must-email-address");
            });
  }

  @org.junit.jupiter.api.Test
  void an_address_longer_than_254_characters_is_refused() {
    String local = "a".repeat(64);
    String domain = ("b".repeat(60) + ".").repeat(4) + "cn";
    assertThatThrownBy(() -> EmailAddress.parse(local + "@" + domain, "email"))
        .isInstanceOf(InvalidInput.class);
    assertThat(EmailAddress.parse(local + "@wensu.cn", "email").value()).startsWith(local);
  }
}
