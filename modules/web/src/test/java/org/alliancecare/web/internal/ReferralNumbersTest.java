package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralNumbersTest {

  @Test
  void aTypedNumberIsTakenInUpperCase() {
    assertThat(ReferralNumbers.fromScan(" r-2026-000123 ")).isEqualTo("R-2026-000123");
  }

  @Test
  void aScannedLinkGivesItsNumber() {
    assertThat(ReferralNumbers.fromScan("https://care.example.cn/alliancecare/r/R-2026-000123"))
        .isEqualTo("R-2026-000123");
    assertThat(ReferralNumbers.fromScan("http://localhost:8115/r/R-2026-000123\n"))
        .isEqualTo("R-2026-000123");
  }

  @Test
  void theLinkServletsPathGivesItsNumber() {
    assertThat(ReferralNumbers.fromScan("/R-2026-000123")).isEqualTo("R-2026-000123");
  }

  @Test
  void textThatIsNoNumberGivesNone() {
    assertThat(ReferralNumbers.fromScan("")).isNull();
    assertThat(ReferralNumbers.fromScan("https://example.cn/other/page")).isNull();
    assertThat(ReferralNumbers.fromScan("R-2026 <script>")).isNull();
  }
}
