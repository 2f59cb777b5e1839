package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"古丽米热•买买提", "古丽米热・买买提", "古丽米热．买买提", "古丽米热.买买提", "古丽米热 · 买买提", "古丽米热·买买提"})
  void middle_dot_variants_between_han_characters_become_the_middle_dot(String typed) {
    assertThat(new PersonName(typed).value()).isEqualTo("古丽米热·买买提");
  }

  @Test
  void a_full_stop_in_a_latin_name_is_kept() {
    assertThat(new PersonName("A. Tursun").value()).isEqualTo("A. Tursun");
  }

  @Test
  void names_are_nfc_normalised() {
    String decomposed = "Gu\u0308lnar";
    assertThat(new PersonName(decomposed).value()).isEqualTo("G\u00fclnar");
  }

  @Test
  void uyghur_arabic_script_is_kept_with_its_joiners() {
    String uyghur = "گۈلمىرە مەمەت";
    assertThat(new PersonName(uyghur).value()).isEqualTo(uyghur);
  }

  @Test
  void control_characters_and_nul_are_removed() {
    assertThat(new PersonName("Ali\u0000ye\u200Bv").value()).isEqualTo("Aliyev");
  }

  @Test
  void search_key_ignores_case_and_spaces() {
    assertThat(new PersonName("Aygul  Tursun").searchKey())
        .isEqualTo(new PersonName("aygul tursun").searchKey());
  }

  @Test
  void a_blank_name_is_refused() {
    assertThatThrownBy(() -> PersonName.of("  \u0000 ", "guardians[0].name"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("guardians[0].name"));
  }
}
