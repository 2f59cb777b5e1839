package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.outreach.api.ClinicPlan;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;

/**
 * Planning a clinic ({@code POST /api/clinics}) or revising one ({@code PUT /api/clinics/{id}} on
 * the version read): host and joining alliances, place, venue, the local day and hours in the
 * clinic's time zone, services and capacity.
 */
@Named
@ViewScoped
public class ClinicEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutreachFacade outreach;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject ManagedAlliances managedAlliances;

  private String id;
  private long version;
  private String title;
  private String hostAllianceId;
  private String[] joiningAllianceIds = new String[0];
  private String placeCode;
  private String venue;
  private LocalDate date;
  private String startTime = "09:00";
  private String endTime = "12:00";
  private String timeZone = Preferences.CHINA.getId();
  private ClinicService[] services = {
    ClinicService.VISION_SCREENING, ClinicService.HEARING_SCREENING
  };
  private Integer capacity = 30;
  private ClinicView planned;

  public void load() {
    if (id == null || id.isBlank()) {
      if (date == null) {
        date = managedAlliances.today().plusDays(7);
      }
      return;
    }
    ClinicView clinic = feedback.attempt(() -> outreach.clinic(id)).orElse(null);
    if (clinic == null) {
      return;
    }
    version = clinic.version();
    title = clinic.title();
    hostAllianceId = clinic.hostAllianceId();
    joiningAllianceIds = clinic.joiningAllianceIds().toArray(String[]::new);
    placeCode = clinic.placeCode();
    venue = clinic.venue();
    date = clinic.date();
    startTime = clinic.startTime();
    endTime = clinic.endTime();
    timeZone = clinic.timeZone();
    services = clinic.services().toArray(ClinicService[]::new);
    capacity = clinic.capacity();
  }

  public String save() {
    if (planned != null) {
      // sent twice: the clinic is planned already; the second press changes nothing
      return Navigation.to("/app/clinic.xhtml", "id", planned.id());
    }
    ClinicPlan plan =
        new ClinicPlan(
            title,
            hostAllianceId,
            List.of(joiningAllianceIds),
            placeCode,
            venue,
            date,
            LocalTime.parse(startTime),
            LocalTime.parse(endTime),
            timeZone,
            List.of(services),
            capacity);
    ClinicView saved =
        feedback
            .attempt(
                () ->
                    isPlanning()
                        ? outreach.plan(plan, caller.get())
                        : outreach.revise(id, version, plan, caller.get()))
            .orElse(null);
    if (saved == null) {
      return null;
    }
    if (isPlanning()) {
      planned = saved;
    }
    texts.info(isPlanning() ? "clinic.planned" : "clinic.revised", saved.clinicNumber());
    return Navigation.to("/app/clinic.xhtml", "id", saved.id());
  }

  public boolean isPlanning() {
    return id == null || id.isBlank();
  }

  public ClinicService[] getAllServices() {
    return ClinicService.values();
  }

  public List<String> getTimeZones() {
    return Preferences.ZONES;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHostAllianceId() {
    return hostAllianceId;
  }

  public void setHostAllianceId(String hostAllianceId) {
    this.hostAllianceId = hostAllianceId;
  }

  public String[] getJoiningAllianceIds() {
    return joiningAllianceIds;
  }

  public void setJoiningAllianceIds(String[] joiningAllianceIds) {
    this.joiningAllianceIds = joiningAllianceIds == null ? new String[0] : joiningAllianceIds;
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public void setPlaceCode(String placeCode) {
    this.placeCode = placeCode;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public ClinicService[] getServices() {
    return services;
  }

  public void setServices(ClinicService[] services) {
    this.services = services == null ? new ClinicService[0] : services;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
