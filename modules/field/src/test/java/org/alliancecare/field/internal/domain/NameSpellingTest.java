package org.alliancecare.field.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSpellingTest {

  @Test
  void a_uyghur_name_in_characters_is_spelled_part_by_part_without_tones() {
    NameSpelling spelling = NameSpelling.of("古丽米热·买买提");

    assertThat(spelling.latin()).isEqualTo("gu li mi re · mai mai ti");
    assertThat(spelling.initials()).isEqualTo("glmr mmt");
  }

  @Test
  void every_middle_dot_variant_separates_the_parts() {
    assertThat(NameSpelling.of("古丽米热•买买提")).isEqualTo(NameSpelling.of("古丽米热·买买提"));
    assertThat(NameSpelling.of("古丽米热.买买提").initials()).isEqualTo("glmr mmt");
  }

  @Test
  void a_han_name_is_one_part() {
    NameSpelling spelling = NameSpelling.of("王小明");

    assertThat(spelling.latin()).isEqualTo("wang xiao ming");
    assertThat(spelling.initials()).isEqualTo("wxm");
  }

  @Test
  void latin_letters_are_kept_lower_case_and_accents_dropped() {
    NameSpelling spelling = NameSpelling.of("Gülnur Ablimit");

    assertThat(spelling.latin()).isEqualTo("gulnur ablimit");
    assertThat(spelling.initials()).isEqualTo("ga");
  }

  @Test
  void a_blank_name_has_a_blank_spelling() {
    assertThat(NameSpelling.of("  ")).isEqualTo(new NameSpelling("", ""));
    assertThat(NameSpelling.of(null)).isEqualTo(new NameSpelling("", ""));
  }
}
