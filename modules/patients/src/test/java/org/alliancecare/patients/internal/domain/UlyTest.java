package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ULY of real Uyghur names, and the form it is searched by from a Latin keyboard. */
class UlyTest {

  @ParameterizedTest
  @CsvSource({
    "گۈلمىرە مەمەت, gülmire memet",
    "ئابدۇكېرىم تۇرسۇن, abdukérim tursun",
    "مۇھەممەت ئېلى, muhemmet éli",
    "ئايگۈل ياسىن, aygül yasin",
    "پەرھات ئابلىز, perhat abliz",
    "ئۆمەرجان, ömerjan",
    "شىرىنگۈل, shirin'gül",
    "چوغلان, choghlan",
    "ژالە, zhale",
    "خەدىچە, xediche",
    "ۋاھىت قادىر, wahit qadir",
    "زۇلپىيە, zulpiye",
    "تاڭ, tang"
  })
  void letters_follow_the_uly_table(String uyghur, String latin) {
    assertThat(Uly.latin(uyghur)).isEqualTo(latin);
  }

  @Test
  void the_hamza_carrier_is_dropped_at_a_word_start_and_an_apostrophe_inside_a_word() {
    assertThat(Uly.latin("ئەلى")).isEqualTo("eli");
    assertThat(Uly.latin("سائەت")).isEqualTo("sa'et");
    assertThat(Uly.latin("مەسئۇل")).isEqualTo("mes'ul");
    assertThat(Uly.latin("جەمئىيەت")).isEqualTo("jem'iyet");
  }

  @Test
  void letters_that_would_read_as_a_digraph_are_separated_by_an_apostrophe() {
    assertThat(Uly.latin("مىنگۈل")).isEqualTo("min'gül");
    assertThat(Uly.latin("ئىسھاق")).isEqualTo("is'haq");
    assertThat(Uly.latin("تاڭ")).isEqualTo("tang");
  }

  @Test
  void presentation_forms_and_keyboard_variants_give_the_same_latin() {
    assertThat(Uly.latin("ﮔﯛﻠﻤﯩﺮە ﻣەﻣەﺕ")).isEqualTo("gülmire memet");
    assertThat(Uly.latin("ئابدۇکېریم")).isEqualTo("abdukérim");
  }

  @Test
  void the_search_key_drops_diacritics_and_apostrophes_and_keeps_digraphs() {
    assertThat(Uly.searchKey("Gülmire  Memet")).isEqualTo("gulmire memet");
    assertThat(Uly.searchKey("gu\u0308lmire")).isEqualTo("gulmire");
    assertThat(Uly.searchKey("Abdukérim")).isEqualTo("abdukerim");
    assertThat(Uly.searchKey("Ömerjan")).isEqualTo("omerjan");
    assertThat(Uly.searchKey("sa'et")).isEqualTo("saet");
    assertThat(Uly.searchKey("Is’haq")).isEqualTo("ishaq");
    assertThat(Uly.searchKey("shiringül")).isEqualTo("shiringul");
  }

  @Test
  void text_without_latin_letters_has_no_latin_search_key() {
    assertThat(Uly.searchKey("古丽米热·买买提")).isEmpty();
    assertThat(Uly.searchKey("گۈلمىرە")).isEmpty();
  }
}
