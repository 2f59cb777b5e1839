package org.alliancecare.app.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a replica counts as configured: an address that is set and is not the primary's. */
class ReplicaReadsTest {

  @ParameterizedTest(name = "primary {0}, replica {1}: configured {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "jdbc:postgresql://db:5432/ac, jdbc:postgresql://replica:5432/ac, true",
        "jdbc:postgresql://db:5432/ac, jdbc:postgresql://db:5432/ac, false",
        "jdbc:postgresql://db:5432/ac, ' jdbc:postgresql://db:5432/ac ', false",
        "jdbc:postgresql://db:5432/ac, none, false",
        "jdbc:postgresql://db:5432/ac, '  ', false",
        "none, jdbc:postgresql://replica:5432/ac, true",
        "none, none, false"
      })
  void a_replica_is_configured_only_at_an_address_other_than_the_primarys(
      String primary, String replica, boolean configured) {
    assertThat(ReplicaReads.distinct(Optional.ofNullable(primary), Optional.ofNullable(replica)))
        .isEqualTo(configured);
  }
}
