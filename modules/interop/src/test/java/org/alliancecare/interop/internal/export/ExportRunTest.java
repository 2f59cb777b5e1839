package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.testing.FhirValidation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One export's work over in-memory types: files per type, {@code _since}, a group's members, the
 * access log's report, cancellation, and lines that parse and validate.
 */
class ExportRunTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final Caller COORDINATOR =
      new Caller("coordinator", "Coordinator", Set.of(Role.COORDINATOR), Set.of("652900"), null);
  private static final Instant OLD = Instant.parse("2026-01-10T00:00:00Z");
  private static final Instant NEW = Instant.parse("2026-03-10T00:00:00Z");

  @TempDir Path folder;

  private final List<String> logged = new ArrayList<>();
  private final ExportedPatients log =
      new ExportedPatients() {
        @Override
        public void exported(String resourceType, String patientId) {
          logged.add(resourceType + "/" + patientId);
        }

        @Override
        public void flush() {}
      };

  private final InMemoryType patients =
      new InMemoryType("Patient", true, r -> r.getIdElement().getIdPart())
          .add(patient("p1", "阿依古丽", OLD))
          .add(patient("p2", "麦麦提", NEW))
          .add(patient("p3", "努尔艾力", NEW));
  private final InMemoryType observations =
      new InMemoryType(
              "Observation",
              true,
              r -> ((Observation) r).getSubject().getReferenceElement().getIdPart())
          .add(observation("o1", "p1", OLD))
          .add(observation("o2", "p2", NEW))
          .add(observation("o3", "p3", NEW))
          .add(observation("o4", "p1", NEW));
  private final InMemoryType organisations =
      new InMemoryType("Organization", false, r -> null).add(organisation("org1", OLD));

  @Test
  void every_type_gets_its_files_whose_lines_parse_and_validate() throws IOException {
    List<ExportFile> files =
        run(List.of(patients, observations, organisations), null, null, new Counting(), 2);

    assertThat(files)
        .extracting(ExportFile::fileName)
        .containsExactly(
            "Patient-1.ndjson",
            "Patient-2.ndjson",
            "Observation-1.ndjson",
            "Observation-2.ndjson",
            "Organization-1.ndjson");
    assertThat(files).extracting(ExportFile::resources).containsExactly(2L, 1L, 2L, 2L, 1L);
    assertThat(files).extracting(ExportFile::position).containsExactly(1, 2, 3, 4, 5);
    IParser parser = FHIR.newJsonParser();
    for (ExportFile file : files) {
      List<String> lines =
          Files.readAllLines(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
      assertThat(lines).hasSize((int) file.resources());
      assertThat(Files.size(folder.resolve(file.fileName()))).isEqualTo(file.bytes());
      for (String line : lines) {
        Resource resource = (Resource) parser.parseResource(line);
        assertThat(resource.fhirType()).isEqualTo(file.resourceType());
        assertThat(FhirValidation.errors(line)).as(line).isEmpty();
      }
    }
    assertThat(patients.lastCaller).isEqualTo(COORDINATOR);
  }

  @Test
  void since_leaves_out_what_did_not_change_after_it() throws IOException {
    List<ExportFile> files =
        run(
            List.of(patients, observations),
            Instant.parse("2026-02-01T00:00:00Z"),
            null,
            new Counting(),
            100);

    assertThat(ids(files.get(0))).containsExactly("p2", "p3");
    assertThat(ids(files.get(1))).containsExactly("o2", "o3", "o4");
  }

  @Test
  void a_group_export_writes_its_members_resources_only_and_logs_them() throws IOException {
    List<ExportFile> files =
        run(List.of(patients, observations), null, Set.of("p1"), new Counting(), 100);

    assertThat(ids(files.get(0))).containsExactly("p1");
    assertThat(ids(files.get(1))).containsExactly("o1", "o4");
    assertThat(logged).containsExactly("Patient/p1", "Observation/p1", "Observation/p1");
  }

  @Test
  void a_resource_of_a_non_member_is_left_out_even_if_a_type_hands_it_over() throws IOException {
    ExportedType careless =
        new InMemoryType("Observation", true, r -> "p1")
            .add(observation("o2", "p2", NEW))
            .add(observation("o1", "p1", NEW));

    List<ExportFile> files = run(List.of(careless), null, Set.of("p1"), new Counting(), 100);

    assertThat(ids(files.get(0))).containsExactly("o1");
  }

  @Test
  void the_access_log_hears_of_each_patient_data_written_and_of_no_organisation() {
    run(List.of(patients, observations, organisations), null, null, new Counting(), 100);

    assertThat(logged)
        .containsExactly(
            "Patient/p1",
            "Patient/p2",
            "Patient/p3",
            "Observation/p1",
            "Observation/p2",
            "Observation/p3",
            "Observation/p1");
  }

  @Test
  void a_type_without_resources_has_no_file() {
    List<ExportFile> files =
        run(
            List.of(patients, new InMemoryType("Observation", true, r -> null)),
            null,
            null,
            new Counting(),
            100);

    assertThat(files).extracting(ExportFile::resourceType).containsExactly("Patient");
  }

  @Test
  void a_cancelled_export_stops_between_resources() {
    Counting progress = new Counting();
    progress.cancelAfter = 1;
    NdjsonFiles files = new NdjsonFiles(folder, 100);

    assertThatThrownBy(
            () ->
                new ExportRun(FHIR)
                    .run(List.of(patients), COORDINATOR, null, null, files, log, progress))
        .isInstanceOf(ExportRun.Cancelled.class);
    assertThat(logged).containsExactly("Patient/p1");
  }

  @Test
  void a_type_that_hands_over_another_type_fails_the_export() {
    ExportedType wrong =
        new InMemoryType("Observation", true, r -> null).add(organisation("x", OLD));

    assertThatThrownBy(() -> run(List.of(wrong), null, null, new Counting(), 100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Organization");
  }

  @Test
  void progress_is_reported_per_type_and_at_the_end() {
    Counting progress = new Counting();

    run(List.of(patients, observations), null, null, progress, 100);

    assertThat(progress.types).containsExactly("Patient@0", "Observation@3");
    assertThat(progress.last).isEqualTo(7);
  }

  private List<ExportFile> run(
      List<ExportedType> types,
      Instant since,
      Set<String> members,
      Counting progress,
      int perFile) {
    try (NdjsonFiles files = new NdjsonFiles(folder, perFile)) {
      return new ExportRun(FHIR).run(types, COORDINATOR, since, members, files, log, progress);
    }
  }

  private List<String> ids(ExportFile file) throws IOException {
    IParser parser = FHIR.newJsonParser();
    return Files.readAllLines(folder.resolve(file.fileName())).stream()
        .map(line -> parser.parseResource(line).getIdElement().getIdPart())
        .toList();
  }

  private static final class Counting implements ExportRun.Progress {
    final List<String> types = new ArrayList<>();
    long last;
    int cancelAfter = Integer.MAX_VALUE;
    int asked;

    @Override
    public void typeStarted(String resourceType, long exportedSoFar) {
      types.add(resourceType + "@" + exportedSoFar);
    }

    @Override
    public void exported(long exportedSoFar) {
      last = exportedSoFar;
    }

    @Override
    public boolean cancelled() {
      return asked++ >= cancelAfter;
    }
  }

  static Patient patient(String id, String family, Instant updated) {
    Patient patient = new Patient();
    patient.setId(id);
    patient.getMeta().setLastUpdated(Date.from(updated));
    patient.addName().setFamily(family);
    patient.setGender(AdministrativeGender.FEMALE);
    return patient;
  }

  static Observation observation(String id, String patient, Instant updated) {
    Observation observation = new Observation();
    observation.setId(id);
    observation.getMeta().setLastUpdated(Date.from(updated));
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.setCode(
        new CodeableConcept(new Coding("http://loinc.org", "8867-4", "Heart rate")));
    // a performer first: the patient compartment's references include it (it may be a Patient)
    observation.addPerformer(new Reference("Practitioner/doctor-" + patient));
    observation.setSubject(new Reference("Patient/" + patient));
    observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(updated)));
    observation.setValue(
        new Quantity()
            .setValue(80)
            .setUnit("/min")
            .setSystem("http://unitsofmeasure.org")
            .setCode("/min"));
    return observation;
  }

  static Organization organisation(String id, Instant updated) {
    Organization organisation = new Organization();
    organisation.setId(id);
    organisation.getMeta().setLastUpdated(Date.from(updated));
    organisation.setName("温宿县人民医院");
    return organisation;
  }
}
