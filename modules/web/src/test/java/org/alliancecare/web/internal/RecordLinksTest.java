package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordLinksTest {

  @Test
  void aLinkRelativeToTheApplicationIsAPageUnderApp() {
    assertThat(RecordLinks.href("", "records/referral.xhtml?id=r1"))
        .hasValue("/app/records/referral.xhtml?id=r1");
    assertThat(RecordLinks.href("/ac", "records/case.xhtml?id=c1"))
        .hasValue("/ac/app/records/case.xhtml?id=c1");
  }

  @Test
  void aLinkThatNamesAppItselfIsNotPrefixedTwice() {
    assertThat(RecordLinks.href("", "/app/records/referral.xhtml?id=r1"))
        .hasValue("/app/records/referral.xhtml?id=r1");
    assertThat(RecordLinks.href("/ac", "app/clinic.xhtml?id=k1"))
        .hasValue("/ac/app/clinic.xhtml?id=k1");
  }

  @Test
  void aLinkOutsideTheApplicationIsNone() {
    assertThat(RecordLinks.href("", "https://evil.example/x")).isEmpty();
    assertThat(RecordLinks.href("", "javascript:alert(1)")).isEmpty();
    assertThat(RecordLinks.href("", "//evil.example/x")).isEmpty();
    assertThat(RecordLinks.href("", "../api/patients")).isEmpty();
    assertThat(RecordLinks.href("", "records/referral.xhtml?id=\"><script>")).isEmpty();
    assertThat(RecordLinks.href("", " ")).isEmpty();
    assertThat(RecordLinks.href("", null)).isEmpty();
  }

  @Test
  void aCauseLinksToItsRecordsPage() {
    assertThat(RecordLinks.causePage("REFERRAL", "r1"))
        .hasValue("/app/records/referral.xhtml?id=r1");
    assertThat(RecordLinks.causePage("Referral", "r1"))
        .hasValue("/app/records/referral.xhtml?id=r1");
    assertThat(RecordLinks.causePage("CASE", "c 1")).hasValue("/app/records/case.xhtml?id=c+1");
    assertThat(RecordLinks.causePage("CLINIC", "k1")).hasValue("/app/clinic.xhtml?id=k1");
    assertThat(RecordLinks.causePage("PATIENT", "p1")).hasValue("/app/records/patient.xhtml?id=p1");
    assertThat(RecordLinks.causePage("MILESTONE", "m1")).isEmpty();
    assertThat(RecordLinks.causePage(null, "x")).isEmpty();
    assertThat(RecordLinks.causePage("REFERRAL", "")).isEmpty();
  }

  @Test
  void theInboxKeepsItsFilterAndPageAfterMarkingRead() {
    assertThat(InboxPage.address(false, null)).isEqualTo("/app/inbox.xhtml");
    assertThat(InboxPage.address(true, null)).isEqualTo("/app/inbox.xhtml?unread=true");
    assertThat(InboxPage.address(true, "a+b/c"))
        .isEqualTo("/app/inbox.xhtml?unread=true&cursor=a%2Bb%2Fc");
    assertThat(InboxPage.address(false, "x")).isEqualTo("/app/inbox.xhtml?cursor=x");
  }
}
