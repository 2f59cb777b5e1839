package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.patients.api.ConsentScope;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private static final LocalDate GIVEN = LocalDate.of(2026, 5, 4);

  private static Consent screeningAndTreatment() {
    return new Consent(
        "0b6f2a4e-6b1f-4c3e-9d0a-2f4b8e1c7a55",
        new PersonName("阿依古丽·买买提"),
        "mother",
        Set.of(ConsentScope.SCREENING, ConsentScope.TREATMENT),
        GIVEN,
        "paper form 17",
        "doctor.wensu",
        Instant.parse("2026-05-04T03:00:00Z"));
  }

  @Test
  void covers_its_scopes_from_the_day_given() {
    Consent consent = screeningAndTreatment();
    assertThat(consent.covers(ConsentScope.SCREENING, GIVEN)).isTrue();
    assertThat(consent.covers(ConsentScope.TREATMENT, GIVEN.plusYears(1))).isTrue();
    assertThat(consent.covers(ConsentScope.SCREENING, GIVEN.minusDays(1))).isFalse();
    assertThat(consent.covers(ConsentScope.DATA_SHARING, GIVEN)).isFalse();
  }

  @Test
  void a_withdrawn_consent_covers_nothing_from_the_day_of_withdrawal() {
    Consent consent = screeningAndTreatment();
    consent.withdraw(GIVEN.plusDays(10));
    assertThat(consent.covers(ConsentScope.SCREENING, GIVEN.plusDays(9))).isTrue();
    assertThat(consent.covers(ConsentScope.SCREENING, GIVEN.plusDays(10))).isFalse();
  }

  @Test
  void a_consent_is_withdrawn_once() {
    Consent consent = screeningAndTreatment();
    consent.withdraw(GIVEN.plusDays(1));
    assertThatThrownBy(() -> consent.withdraw(GIVEN.plusDays(2)))
        .isInstanceOf(ConsentAlreadyWithdrawn.class);
  }

  @Test
  void withdrawal_before_the_day_given_is_invalid() {
    assertThatThrownBy(() -> screeningAndTreatment().withdraw(GIVEN.minusDays(1)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void scopes_round_trip_through_storage() {
    assertThat(screeningAndTreatment().scopes())
        .containsExactlyInAnyOrder(ConsentScope.SCREENING, ConsentScope.TREATMENT);
  }
}
