package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Numbers and days on Uyghur pages follow CLDR's data for {@code ug} (the JDK's): Latin digits
 * (CLDR's default numbering system for ug is latn, what Uyghur readers in Xinjiang use), a full
 * stop as the decimal separator, days written out with Uyghur month names; ISO days stay as they
 * are in every language.
 */
class UyghurFormatsTest {

  private static Formats in(Locale language) {
    Formats formats = new Formats();
    formats.texts =
        new Texts() {
          @Override
          public Locale locale() {
            return language;
          }
        };
    return formats;
  }

  @Test
  void measurements_have_latin_digits_and_a_full_stop_in_every_language() {
    for (Locale language : Preferences.LANGUAGES) {
      Formats formats = in(language);
      assertThat(formats.number(new BigDecimal("52.50"))).as(language.toString()).isEqualTo("52.5");
      assertThat(formats.number(new BigDecimal("-0.1"))).isEqualTo("-0.1");
      assertThat(formats.number(new BigDecimal("12000"))).isEqualTo("12000");
      assertThat(formats.number(null)).isEmpty();
    }
  }

  @Test
  void the_zone_name_inside_a_moment_is_isolated_on_a_right_to_left_page_only() {
    java.time.ZonedDateTime moment =
        java.time.ZonedDateTime.of(2026, 5, 4, 11, 0, 0, 0, java.time.ZoneId.of("Asia/Urumqi"));
    String english = in(Preferences.ENGLISH).zoneLabel(moment);
    assertThat(english).startsWith("(Asia/Urumqi, UTC+06:00, ").endsWith(")");
    assertThat(english).doesNotContain("\u2068", "\u2069");
    assertThat(in(Preferences.UYGHUR).zoneLabel(moment))
        .startsWith("(Asia/Urumqi, UTC+06:00, \u2068")
        .endsWith("\u2069)");
  }

  @Test
  void a_day_written_out_uses_the_pages_language() {
    LocalDate day = LocalDate.of(2026, 5, 4);
    assertThat(in(Preferences.UYGHUR).longDate(day)).contains("ماي").contains("2026").contains("4");
    assertThat(in(Preferences.CHINESE).longDate(day)).isEqualTo("2026年5月4日");
    assertThat(in(Preferences.ENGLISH).longDate(day)).isEqualTo("May 4, 2026");
    assertThat(in(Preferences.UYGHUR).date(day)).isEqualTo("2026-05-04");
  }
}
