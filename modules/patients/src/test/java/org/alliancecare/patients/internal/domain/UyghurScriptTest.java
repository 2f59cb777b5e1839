package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uyghur script as keyboards, fonts and old documents produce it, brought to one spelling. */
class UyghurScriptTest {

  @Test
  void presentation_forms_fold_to_the_letters() {
    // گۈلمىرە مەمەت as a PDF of the 1990s holds it: contextual forms, one per glyph.
    assertThat(UyghurScript.normalise("ﮔﯛﻠﻤﯩﺮە ﻣەﻣەﺕ")).isEqualTo("گۈلمىرە مەمەت");
    // the hamza-carrier ligature ﺋﺎ (U+FBEA), and ۇ final (U+FBD8)
    assertThat(UyghurScript.normalise("\uFBEAﻳﮕﯜﻝ")).isEqualTo("ئايگۈل");
    assertThat(UyghurScript.normalise("ﺋﺎﺑﺪ\uFBD8ﻛﯧﺮﯨﻢ")).isEqualTo("ئابدۇكېرىم");
  }

  @Test
  void farsi_yeh_and_keheh_become_the_uyghur_letters_and_arabic_yeh_stays_the_consonant_y() {
    assertThat(UyghurScript.normalise("ئابدۇکېریم")).isEqualTo("ئابدۇكېرىم");
    assertThat(UyghurScript.normalise("ياسىن")).isEqualTo("ياسىن");
    assertThat(UyghurScript.normalise("ياسین")).isEqualTo("ياسىن");
    // a Persian keyboard's one yeh is the consonant next to a vowel, the vowel between consonants
    assertThat(UyghurScript.normalise("یاسین")).isEqualTo("ياسىن");
  }

  @ParameterizedTest
  @CsvSource({
    // typed with the Arabic heh ه for both e and h
    "مهمهت, مەمەت",
    "گۈلمىره, گۈلمىرە",
    "مۇهەممەت, مۇھەممەت",
    "هەسەن, ھەسەن",
    "پهرهات, پەرھات",
    "ئهلى, ئەلى",
    // teh marbuta for the final e
    "گۈلمىرة, گۈلمىرە"
  })
  void arabic_heh_is_the_vowel_between_consonants_and_the_consonant_by_a_vowel_or_at_a_start(
      String typed, String spelled) {
    assertThat(UyghurScript.normalise(typed)).isEqualTo(spelled);
  }

  @Test
  void the_consonant_heh_is_never_touched() {
    assertThat(UyghurScript.normalise("مۇھەممەت ئېلى")).isEqualTo("مۇھەممەت ئېلى");
  }

  @Test
  void waw_with_a_combining_mark_becomes_the_precomposed_vowel() {
    assertThat(UyghurScript.normalise("تو\u064Fرسو\u064Fن")).isEqualTo("تۇرسۇن");
    assertThat(UyghurScript.normalise("گو\u0670لمىرە")).isEqualTo("گۈلمىرە");
    assertThat(UyghurScript.normalise("ئو\u065Aزگەن")).isEqualTo("ئۆزگەن");
    assertThat(UyghurScript.normalise("\u0649\u0654ايگۈل")).isEqualTo("ئايگۈل");
  }

  @Test
  void tatweel_joiners_bidi_marks_and_extra_spaces_are_removed() {
    assertThat(UyghurScript.normalise("\u200Fگۈلـمىرە\u200C   مە\u200Dمەت "))
        .isEqualTo("گۈلمىرە مەمەت");
    assertThat(UyghurScript.normalise("ئاتا \u2010 ئانا")).isEqualTo("ئاتا-ئانا");
  }

  @Test
  void a_name_is_arabic_script_letters_in_words_separated_by_space_or_hyphen() {
    assertThat(UyghurScript.isName("گۈلمىرە مەمەت")).isTrue();
    assertThat(UyghurScript.isName("ئاتا-ئانا")).isTrue();
    assertThat(UyghurScript.isName("Gulmire")).isFalse();
    assertThat(UyghurScript.isName("古丽米热")).isFalse();
    assertThat(UyghurScript.isName("گۈلمىرە ١")).isFalse();
    assertThat(UyghurScript.isName("گۈلمىرە،")).isFalse();
  }

  @Test
  void the_search_key_folds_y_into_i_because_a_persian_keyboard_has_one_yeh() {
    assertThat(UyghurScript.searchKey("ئايگۈل")).isEqualTo(UyghurScript.searchKey("ئاىگۈل"));
    assertThat(UyghurScript.normalise("ئايگۈل")).isNotEqualTo(UyghurScript.normalise("ئاىگۈل"));
  }
}
