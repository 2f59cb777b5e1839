package org.alliancecare.field.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

  @ParameterizedTest(name = "Accept-Encoding ''{0}'' → gzip {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "gzip, deflate, br, zstd | true",
        "GZIP | true",
        "br;q=1.0, gzip;q=0.5 | true",
        "* | true",
        "gzip;q=0 | false",
        "gzip; q=0.000, br | false",
        "br, deflate | false",
        "identity | false",
        "'' | false",
        "NULL | false"
      })
  void gzip_is_written_when_the_client_accepts_it(String acceptEncoding, boolean gzip) {
    assertThat(AcceptEncoding.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
  }
}
