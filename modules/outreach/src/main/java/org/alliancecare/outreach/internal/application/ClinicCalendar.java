package org.alliancecare.outreach.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicDetails;
import org.alliancecare.outreach.internal.domain.ClinicSchedule;
import org.alliancecare.outreach.internal.domain.StaffMember;

/**
 * The clinics as an iCalendar document (RFC 5545), built with iCal4j: one VEVENT per clinic, its
 * start and end in the clinic's own time zone (TZID, with the VTIMEZONE it names), a UID that never
 * changes, the clinic's SEQUENCE (raised by every change, so calendars replace what they hold),
 * STATUS TENTATIVE while planned, CONFIRMED once published, CANCELLED when cancelled; the place and
 * venue as LOCATION and the staff as ATTENDEEs (and by name in the DESCRIPTION).
 */
@ApplicationScoped
public class ClinicCalendar {

  static final String PRODUCT = "-//AllianceCare//Outreach clinics//EN";
  static final String UID_DOMAIN = "@clinics.alliancecare";

  @Inject DirectoryFacade directory;
  @Inject BusinessClock clock;

  public String of(List<Clinic> clinics) {
    return render(clinics, clock.now(), this::placeName, this::practitionerName);
  }

  /**
   * The document for these clinics as of {@code now} (each event's stamp), with names looked up by
   * the functions given.
   */
  static String render(
      List<Clinic> clinics,
      Instant now,
      Function<String, String> placeNames,
      Function<String, String> practitionerNames) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "AllianceCare outreach clinics"));
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Set<ZoneId> zones = new LinkedHashSet<>();
    List<VEvent> events = new ArrayList<>();
    for (Clinic clinic : clinics) {
      zones.add(clinic.details().schedule().zone());
      events.add(event(clinic, now, placeNames, practitionerNames));
    }
    for (ZoneId zone : zones) {
      calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone());
    }
    events.forEach(calendar::add);
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar feed is not valid iCalendar", e);
    }
    return text.toString();
  }

  private static VEvent event(
      Clinic clinic,
      Instant now,
      Function<String, String> placeNames,
      Function<String, String> practitionerNames) {
    ClinicDetails details = clinic.details();
    ClinicSchedule schedule = details.schedule();
    VEvent event = new VEvent();
    event.replace(new DtStamp(now));
    event.add(inZone(new DtStart<>(schedule.date().atTime(schedule.start())), schedule.zone()));
    event.add(inZone(new DtEnd<>(schedule.date().atTime(schedule.end())), schedule.zone()));
    event.add(new Summary(clinic.number() + " " + details.title()));
    event.add(new Uid(clinic.id() + UID_DOMAIN));
    event.add(new Sequence(clinic.sequence()));
    event.add(
        switch (clinic.status()) {
          case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
          case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
          default -> ImmutableStatus.VEVENT_CONFIRMED;
        });
    String place = placeNames.apply(details.placeCode());
    event.add(new Location((place == null ? details.placeCode() : place) + ", " + details.venue()));
    List<String> staffNames = new ArrayList<>();
    for (StaffMember member : clinic.staff()) {
      String name = practitionerNames.apply(member.practitionerId());
      staffNames.add((name == null ? member.practitionerId() : name) + " (" + member.role() + ")");
      Attendee attendee = new Attendee(URI.create("urn:uuid:" + member.practitionerId()));
      attendee.add(new Cn(name == null ? member.practitionerId() : name));
      attendee.add(CuType.INDIVIDUAL);
      attendee.add(Role.REQ_PARTICIPANT);
      event.add(attendee);
    }
    if (!details.services().isEmpty()) {
      Categories categories = new Categories();
      categories.setValue(
          details.services().stream().map(ClinicService::name).collect(Collectors.joining(",")));
      event.add(categories);
    }
    event.add(new Description(description(clinic, staffNames)));
    return event;
  }

  /**
   * The local date-time with the TZID of its zone, written as the clinic states it. (Given a
   * ZonedDateTime, iCal4j would convert it through the rules it derives from the VTIMEZONE, which
   * shifts Asia/Shanghai by the daylight saving time of 1986-1991; the local time is what counts.)
   */
  private static <P extends DateProperty<LocalDateTime>> P inZone(P property, ZoneId zone) {
    property.add(new TzId(zone.getId()));
    return property;
  }

  private static String description(Clinic clinic, List<String> staffNames) {
    ClinicDetails details = clinic.details();
    StringBuilder text = new StringBuilder();
    text.append("Clinic ").append(clinic.number()).append(" (").append(clinic.status()).append(")");
    text.append("\nTime zone: ").append(details.schedule().zone().getId());
    if (!details.services().isEmpty()) {
      text.append("\nServices: ")
          .append(
              details.services().stream()
                  .map(ClinicService::name)
                  .collect(Collectors.joining(", ")));
    }
    text.append("\nStaff: ").append(staffNames.isEmpty() ? "-" : String.join(", ", staffNames));
    if (clinic.status() == ClinicStatus.CANCELLED) {
      text.append("\nCancelled: ").append(clinic.cancellationReason());
    }
    return text.toString();
  }

  private String placeName(String placeCode) {
    return directory.findPlace(placeCode).map(ClinicCalendar::name).orElse(null);
  }

  private static String name(Place place) {
    return place.nameZh() + " " + place.nameEn();
  }

  private String practitionerName(String practitionerId) {
    return directory.findPractitioner(practitionerId).map(Practitioner::name).orElse(null);
  }
}
