package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMethodsTest {

  @Test
  void patch_put_and_delete_outside_the_api_are_refused_instead_of_reaching_the_default_servlet() {
    assertThat(PageMethods.refused("PATCH", "/etc/passwd")).isTrue();
    assertThat(PageMethods.refused("PUT", "/signin.xhtml")).isTrue();
    assertThat(PageMethods.refused("DELETE", "/resources/app.css")).isTrue();
    assertThat(PageMethods.refused("TRACE", "/")).isTrue();
  }

  @Test
  void the_api_and_the_methods_of_pages_pass() {
    assertThat(PageMethods.refused("PATCH", "/api/accounts/doctor.wensu")).isFalse();
    assertThat(PageMethods.refused("DELETE", "/api/session")).isFalse();
    assertThat(PageMethods.refused("DELETE", "/fhir")).isFalse();
    assertThat(PageMethods.refused("POST", "/app/doctor/screening.xhtml")).isFalse();
    assertThat(PageMethods.refused("GET", "/health/ready")).isFalse();
    // the FHIR server answers every method itself; the Bulk Data export's status takes DELETE
    assertThat(PageMethods.refused("DELETE", "/fhir")).isFalse();
    assertThat(PageMethods.refused("DELETE", "/fhirx")).isTrue();
    assertThat(PageMethods.refused("HEAD", "/")).isFalse();
  }
}
