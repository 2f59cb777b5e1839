package org.alliancecare.outreach.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancecare.outreach.api.ClinicStatus;

/** The clinic's state machine under any sequence of requested transitions. */
class LifecyclePropertyTest {

  @Property(tries = 500)
  void a_clinic_only_ever_takes_the_steps_of_the_lifecycle_and_refuses_the_rest(
      @ForAll("requests") List<ClinicStatus> requests) {
    Clinic clinic = SampleClinics.planned();
    clinic.assign(
        SampleClinics.localDoctor("王建国"),
        "DOCTOR",
        SampleClinics.PEDIATRICS,
        "lead.ped",
        java.time.Instant.EPOCH);
    List<ClinicStatus> path = new ArrayList<>(List.of(clinic.status()));
    for (ClinicStatus request : requests) {
      ClinicStatus before = clinic.status();
      int sequence = clinic.sequence();
      if (Lifecycle.allows(before, request)) {
        ClinicTest.move(clinic, request);
        assertThat(clinic.status()).isEqualTo(request);
        assertThat(clinic.sequence()).isEqualTo(sequence + 1);
        path.add(request);
      } else {
        assertThatThrownBy(() -> ClinicTest.move(clinic, request))
            .isInstanceOfAny(InvalidTransition.class, IllegalArgumentException.class);
        assertThat(clinic.status()).isEqualTo(before);
        assertThat(clinic.sequence()).isEqualTo(sequence);
      }
    }
    assertThat(path).isSubsetOf(ClinicStatus.values());
    assertThat(path.get(0)).isEqualTo(ClinicStatus.PLANNED);
    assertThat(path.indexOf(ClinicStatus.COMPLETED))
        .as("completed only after it was in progress")
        .isIn(-1, path.indexOf(ClinicStatus.IN_PROGRESS) + 1);
    assertThat(path.stream().filter(s -> s == ClinicStatus.CANCELLED).count()).isLessThan(2);
    if (path.contains(ClinicStatus.CANCELLED)) {
      assertThat(path).last().isEqualTo(ClinicStatus.CANCELLED);
      assertThat(path).doesNotContain(ClinicStatus.IN_PROGRESS);
    }
    if (clinic.status() == ClinicStatus.COMPLETED || clinic.status() == ClinicStatus.CANCELLED) {
      for (ClinicStatus any : ClinicStatus.values()) {
        assertThat(Lifecycle.allows(clinic.status(), any)).as("final states are final").isFalse();
      }
    }
  }

  @Provide
  Arbitrary<List<ClinicStatus>> requests() {
    return Arbitraries.of(ClinicStatus.class).list().ofMaxSize(12);
  }
}
