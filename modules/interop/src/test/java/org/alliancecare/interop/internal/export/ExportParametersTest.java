package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a kick-off request (Bulk Data Access IG 2.0.0). */
class ExportParametersTest {

  private static final Map<String, Boolean> EXPORTED = exported();
  private static final List<String> ASYNC = List.of("respond-async");
  private static final String URL = "https://example.org/fhir/$export";

  private static Map<String, Boolean> exported() {
    Map<String, Boolean> types = new LinkedHashMap<>();
    types.put("Patient", true);
    types.put("Observation", true);
    types.put("Organization", false);
    return types;
  }

  @Test
  void without_parameters_a_system_export_writes_every_type_and_a_patient_export_the_compartment() {
    ExportRequest system =
        ExportParameters.check(ExportLevel.SYSTEM, null, Map.of(), ASYNC, EXPORTED, URL);
    ExportRequest patients =
        ExportParameters.check(ExportLevel.PATIENT, null, Map.of(), ASYNC, EXPORTED, URL);

    assertThat(system.types()).containsExactly("Patient", "Observation", "Organization");
    assertThat(patients.types()).containsExactly("Patient", "Observation");
    assertThat(system.since()).isNull();
    assertThat(system.requestUrl()).isEqualTo(URL);
  }

  @Test
  void type_since_and_each_spelling_of_ndjson_are_taken() {
    for (String format : List.of("application/fhir+ndjson", "application/ndjson", "ndjson")) {
      ExportRequest request =
          ExportParameters.check(
              ExportLevel.GROUP,
              "county-652922",
              Map.of(
                  "_type", new String[] {"Observation, Patient"},
                  "_since", new String[] {"2026-05-04T11:00:00+08:00"},
                  "_outputFormat", new String[] {format}),
              List.of("respond-async, handling=strict"),
              EXPORTED,
              URL);

      assertThat(request.types()).containsExactly("Observation", "Patient");
      assertThat(request.since()).isEqualTo(Instant.parse("2026-05-04T03:00:00Z"));
      assertThat(request.groupId()).isEqualTo("county-652922");
    }
  }

  @Test
  void without_prefer_respond_async_the_request_is_refused_naming_the_header() {
    ExportRefused refused = refused(ExportLevel.SYSTEM, Map.of(), List.of());

    assertThat(refused.problems())
        .extracting(ExportRefused.Problem::field)
        .containsExactly("Prefer");
  }

  @Test
  void every_bad_parameter_is_named_at_once() {
    ExportRefused refused =
        refused(
            ExportLevel.SYSTEM,
            Map.of(
                "_type", new String[] {"Patient,Medication"},
                "_since", new String[] {"yesterday"},
                "_outputFormat", new String[] {"text/csv"},
                "_typeFilter", new String[] {"Patient?gender=female"}),
            ASYNC);

    assertThat(refused.problems())
        .extracting(ExportRefused.Problem::field)
        .containsExactlyInAnyOrder("_type", "_since", "_outputFormat", "_typeFilter");
    assertThat(refused.problems())
        .filteredOn(p -> p.field().equals("_type"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Medication"));
  }

  @Test
  void a_type_outside_the_patient_compartment_is_refused_in_a_patient_or_group_export() {
    Map<String, String[]> organisations = Map.of("_type", new String[] {"Organization"});

    assertThat(refused(ExportLevel.PATIENT, organisations, ASYNC).problems())
        .extracting(ExportRefused.Problem::field)
        .containsExactly("_type");
    assertThat(
            ExportParameters.check(ExportLevel.SYSTEM, null, organisations, ASYNC, EXPORTED, URL)
                .types())
        .containsExactly("Organization");
  }

  @Test
  void an_unsupported_parameter_is_ignored_when_the_client_asks_for_lenient_handling() {
    ExportRequest request =
        ExportParameters.check(
            ExportLevel.SYSTEM,
            null,
            Map.of("_elements", new String[] {"id"}),
            List.of("respond-async", "handling=lenient"),
            EXPORTED,
            URL);

    assertThat(request.types()).hasSize(3);
  }

  @Test
  void a_since_without_a_zone_is_not_an_instant() {
    assertThat(
            refused(
                    ExportLevel.SYSTEM,
                    Map.of("_since", new String[] {"2026-05-04T03:00:00"}),
                    ASYNC)
                .problems())
        .extracting(ExportRefused.Problem::field)
        .containsExactly("_since");
  }

  private static ExportRefused refused(
      ExportLevel level, Map<String, String[]> parameters, List<String> prefer) {
    return catchThrowableOfType(
        () ->
            ExportParameters.check(
                level,
                level == ExportLevel.GROUP ? "county-652922" : null,
                parameters,
                prefer,
                EXPORTED,
                URL),
        ExportRefused.class);
  }
}
