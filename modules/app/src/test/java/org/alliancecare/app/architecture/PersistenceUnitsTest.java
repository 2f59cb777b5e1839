package org.alliancecare.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every module's persistence unit reads an entity whole or not at all: it names {@link
 * ReadsNotRetried} (issue 14, item 4), so that a read broken by a database restart never answers an
 * entity with a collection left empty.
 */
class PersistenceUnitsTest {

  /** By name: EclipseLink, which the class implements, is Payara's, not on this class path. */
  private static final String READS_NOT_RETRIED =
      "org.alliancecare.kernel.persistence.ReadsNotRetried";

  @Test
  void every_persistence_unit_turns_eclipselinks_query_retry_off() throws IOException {
    List<URL> units =
        Collections.list(getClass().getClassLoader().getResources("META-INF/persistence.xml"));
    List<String> named = new ArrayList<>();
    for (URL unit : units) {
      String xml;
      try (InputStream in = unit.openStream()) {
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!xml.contains("<persistence-unit ")) {
        continue;
      }
      assertThat(xml)
          .as(unit.toString())
          .contains(
              "name=\"eclipselink.session.customizer\"", "value=\"" + READS_NOT_RETRIED + "\"");
      named.add(unit.toString());
    }
    // screening keeps its records with JDBC alone; every other module with a schema has a unit
    assertThat(named).hasSizeGreaterThanOrEqualTo(8).anyMatch(u -> u.contains("directory"));
  }
}
