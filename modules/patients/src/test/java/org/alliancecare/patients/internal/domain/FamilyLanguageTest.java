package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyLanguageTest {

  @ParameterizedTest(name = "name={0} nameUg={1} ethnicity={2} → {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-, گۈلمىرە مەمەت, -, ug-CN",
        "古丽米热·买买提, گۈلمىرە مەمەت, -, zh-CN",
        "古丽米热·买买提, -, Uyghur, ug-CN",
        "古丽米热·买买提, -, 维吾尔族, ug-CN",
        "古丽米热·买买提, -, ئۇيغۇر, ug-CN",
        "Gulmire Memet, -, uighur, ug-CN",
        "王小红, -, 汉族, zh-CN",
        "王小红, -, -, zh-CN",
        "'  ', گۈلمىرە, Kazakh, ug-CN",
      })
  void the_default_language_of_a_family(
      String name, String nameUg, String ethnicity, String language) {
    assertThat(FamilyLanguage.defaultFor(name, nameUg, ethnicity)).isEqualTo(language);
  }

  @ParameterizedTest
  @CsvSource({"zh-CN, zh-CN", "ug-CN, ug-CN", "' ug-cn ', ug-CN", "ZH-cn, zh-CN"})
  void a_family_is_reminded_in_chinese_or_uyghur(String given, String kept) {
    assertThat(FamilyLanguage.parse(given, "language")).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en", "ug", "zh", "fr-FR", "uyghur"})
  void any_other_language_is_refused_naming_the_field(String given) {
    assertThatThrownBy(() -> FamilyLanguage.parse(given, "language"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("language"));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "ug-CN, 古丽米热·买买提, گۈلمىرە مەمەت, گۈلمىرە مەمەت",
        "zh-CN, 古丽米热·买买提, گۈلمىرە مەمەت, 古丽米热·买买提",
        "ug-CN, 王小红, -, 王小红",
        "zh-CN, -, گۈلمىرە مەمەت, گۈلمىرە مەمەت",
      })
  void the_child_is_named_as_the_family_knows_it(
      String language, String name, String nameUg, String shown) {
    assertThat(FamilyLanguage.childName(language, name, nameUg)).isEqualTo(shown);
  }
}
