package org.alliancecare.outreach.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicDetails;
import org.alliancecare.outreach.internal.domain.ClinicSchedule;

/** Clinics as clients see them: local times as {@code HH:MM}, staff with their names. */
@ApplicationScoped
public class ClinicViews {

  static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Inject DirectoryFacade directory;

  @Inject BusinessClock clock;

  ClinicView of(Clinic clinic, int booked) {
    ClinicDetails details = clinic.details();
    ClinicSchedule schedule = details.schedule();
    List<ClinicView.StaffView> staff =
        clinic.staff().stream()
            .map(
                member ->
                    new ClinicView.StaffView(
                        member.practitionerId(),
                        nameOf(member.practitionerId()),
                        member.role(),
                        member.viaAllianceId()))
            .toList();
    return new ClinicView(
        clinic.id().toString(),
        clinic.number().value(),
        details.title(),
        details.hostAllianceId(),
        List.copyOf(details.joiningAllianceIds()),
        details.placeCode(),
        details.venue(),
        schedule.date(),
        schedule.start().format(HH_MM),
        schedule.end().format(HH_MM),
        schedule.zone().getId(),
        schedule.startsAt(),
        schedule.endsAt(),
        List.copyOf(details.services()),
        details.capacity(),
        booked,
        clinic.status(),
        clinic.cancellationReason(),
        clinic.summary(),
        staff,
        clinic.sequence(),
        clinic.version());
  }

  String nameOf(String practitionerId) {
    return directory.findPractitioner(practitionerId).map(Practitioner::name).orElse(null);
  }

  LocalDate today() {
    return clock.today();
  }
}
