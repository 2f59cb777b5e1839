package org.alliancecare.field.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.screening.api.RuleSetView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.junit.jupiter.api.Test;

/** Which children a pack carries, in which order, and its bound, over stand-ins for the facades. */
class PackAssemblyTest {

  private static final String VILLAGE = "652922-V01";
  private static final String TOWN = "652922-T01";
  private static final Caller DOCTOR =
      new Caller("doctor.wensu", "doctor", Set.of(Role.DOCTOR), Set.of("652922"), null);
  private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  /** Every patient the stand-in knows, by id; the village's in name order. */
  private final Map<String, PatientView> known = new LinkedHashMap<>();

  private final List<String> villagers = new ArrayList<>();
  private final List<AttendanceView> attendances = new ArrayList<>();

  @Test
  void a_place_of_more_children_than_the_limit_is_cut_at_the_limit_and_says_so() {
    villagers(PackAssembly.LIMIT + 1);

    Pack pack = assembly().ofPlace(VILLAGE, DOCTOR);

    assertThat(pack.patients()).hasSize(PackAssembly.LIMIT);
    assertThat(pack.truncated()).isTrue();
    assertThat(pack.limit()).isEqualTo(5000);
    assertThat(pack.clinic()).isNull();
    assertThat(pack.preparedAt()).isEqualTo(NOW);
  }

  @Test
  void a_child_carries_both_names_and_the_uly_of_the_uyghur_one() {
    villagers(1);

    Pack.Child child = assembly().ofPlace(VILLAGE, DOCTOR).patients().get(0);

    assertThat(child.name()).isEqualTo("古丽米热·买买提");
    assertThat(child.nameUg()).isEqualTo("گۈلمىرە مەمەت");
    assertThat(child.nameUgLatin()).isEqualTo("gülmire memet");
    assertThat(child.nameLatin()).isEqualTo("gu li mi re · mai mai ti");
  }

  @Test
  void a_place_of_exactly_the_limit_is_whole() {
    villagers(PackAssembly.LIMIT);

    Pack pack = assembly().ofPlace(VILLAGE, DOCTOR);

    assertThat(pack.patients()).hasSize(PackAssembly.LIMIT);
    assertThat(pack.truncated()).isFalse();
  }

  @Test
  void a_clinics_children_come_first_booked_before_walk_ins_and_none_twice() {
    villagers(3);
    String bookedVillager = villagers.get(2);
    String walkInFromTown = patient("v-town", TOWN);
    String bookedFromTown = patient("b-town", TOWN);
    attend(walkInFromTown, AttendanceKind.WALK_IN);
    attend(bookedVillager, AttendanceKind.BOOKED);
    attend(bookedFromTown, AttendanceKind.BOOKED);

    Pack pack = assembly().ofClinic("clinic-1", DOCTOR);

    assertThat(pack.patients())
        .extracting(Pack.Child::id)
        .containsExactly(
            bookedVillager, bookedFromTown, walkInFromTown, villagers.get(0), villagers.get(1));
    assertThat(pack.patients())
        .extracting(Pack.Child::booked)
        .containsExactly(true, true, false, false, false);
    assertThat(pack.patients())
        .extracting(Pack.Child::attended)
        .containsExactly(true, true, true, false, false);
    assertThat(pack.clinic().id()).isEqualTo("clinic-1");
    assertThat(pack.place().code()).isEqualTo(VILLAGE);
    assertThat(pack.truncated()).isFalse();
  }

  @Test
  void the_clinics_children_count_towards_the_limit() {
    villagers(PackAssembly.LIMIT);
    attend(patient("b-town", TOWN), AttendanceKind.BOOKED);

    Pack pack = assembly().ofClinic("clinic-1", DOCTOR);

    assertThat(pack.patients()).hasSize(PackAssembly.LIMIT);
    assertThat(pack.patients().get(0).id()).isEqualTo("b-town");
    assertThat(pack.truncated()).isTrue();
  }

  @Test
  void a_place_or_clinic_outside_the_callers_jurisdiction_is_not_found() {
    Caller kuqa = new Caller("doctor.kuqa", "doctor", Set.of(Role.DOCTOR), Set.of("652902"), null);

    assertThatThrownBy(() -> assembly().ofPlace(VILLAGE, kuqa)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> assembly().ofClinic("clinic-1", kuqa))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> assembly().ofPlace("652922-V99", DOCTOR))
        .isInstanceOf(RecordNotFound.class);
  }

  private void villagers(int count) {
    for (int i = 0; i < count; i++) {
      villagers.add(patient("v%05d".formatted(i), VILLAGE));
    }
  }

  private String patient(String id, String place) {
    known.put(
        id,
        new PatientView(
            id,
            1,
            "古丽米热·买买提",
            "گۈلمىرە مەمەت",
            "gülmire memet",
            Sex.FEMALE,
            LocalDate.of(2016, 5, 4),
            null,
            null,
            place,
            null,
            List.of(),
            NOW,
            "doctor.wensu",
            null));
    return id;
  }

  private void attend(String patientId, AttendanceKind kind) {
    attendances.add(
        new AttendanceView(
            "a" + attendances.size(), "clinic-1", patientId, kind, null, NOW, "doctor.wensu"));
  }

  private PackAssembly assembly() {
    PackAssembly assembly = new PackAssembly();
    assembly.clock = new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC));
    assembly.directory =
        stub(
            DirectoryFacade.class,
            Map.of(
                "scopeOf",
                args ->
                    ((Caller) args[0]).jurisdiction().contains("652922")
                        ? DataScope.covering("652922", TOWN, VILLAGE)
                        : DataScope.covering("652902"),
                "findPlace",
                args ->
                    VILLAGE.equals(args[0])
                        ? Optional.of(
                            new Place(VILLAGE, TOWN, PlaceLevel.VILLAGE, "试点村", "Pilot Village"))
                        : Optional.empty()));
    assembly.outreach =
        stub(
            OutreachFacade.class,
            Map.of(
                "clinic", args -> clinic((String) args[0]),
                "attendancesAt", args -> List.copyOf(attendances)));
    assembly.patients =
        stub(
            PatientsFacade.class,
            Map.of(
                "patients",
                args ->
                    ((Collection<?>) args[0])
                        .stream().map(known::get).filter(p -> p != null).toList(),
                "patientsWithin",
                args -> villagers.stream().limit((int) args[1]).map(known::get).toList(),
                "consentsOf",
                args -> Map.of()));
    assembly.screenings =
        stub(
            ScreeningsFacade.class,
            Map.of(
                "ruleSetInForce",
                args ->
                    new RuleSetView(
                        "child-screening-2021.1",
                        3,
                        List.of(new RuleSetView.AcuityLimit(3, "0.5")),
                        "0.20",
                        "20")));
    return assembly;
  }

  private static ClinicView clinic(String id) {
    return new ClinicView(
        id,
        "OC-2026-0001",
        "儿童视力筛查",
        "alliance",
        List.of(),
        VILLAGE,
        "村卫生室",
        LocalDate.of(2026, 12, 5),
        "10:00",
        "16:00",
        "Asia/Shanghai",
        NOW,
        NOW,
        List.of(),
        30,
        0,
        ClinicStatus.PUBLISHED,
        null,
        null,
        List.of(),
        0,
        1);
  }

  /** A stand-in that answers the named methods and fails the test on any other call. */
  private static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer == null) {
                throw new AssertionError("unexpected call " + method);
              }
              return answer.apply(args);
            }));
  }
}
