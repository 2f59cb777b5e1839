package org.alliancecare.web.internal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * A month or week calendar of an alliance's clinics (PrimeFaces schedule), in the user's time zone;
 * each clinic opens its page. Also the alliance's iCalendar feed, for calendar programs.
 */
@Named
@ViewScoped
public class ClinicCalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutreachFacade outreach;
  @Inject ManagedAlliances managedAlliances;
  @Inject Preferences preferences;

  private String allianceId;
  private LocalDate on;
  private List<Choice> alliances = List.of();
  private String contextPath;
  private String zone;

  /**
   * Loads its clinics on every fetch of the calendar, so it holds nothing worth copying with the
   * session: not copied, made again on first use after a copy.
   */
  private transient ScheduleModel model;

  public void load() {
    alliances = managedAlliances.getManaged();
    if (allianceId == null && !alliances.isEmpty()) {
      allianceId = alliances.get(0).value();
    }
    contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    zone = preferences.getZone();
    if (on == null) {
      on = managedAlliances.today();
    }
  }

  /** The clinics of the alliance in the days the calendar shows. */
  private final class ClinicEvents extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (allianceId == null) {
        return;
      }
      ZoneId shownIn = ZoneId.of(zone);
      List<ClinicView> clinics =
          outreach
              .clinics(
                  new ClinicQuery(start.toLocalDate(), end.toLocalDate(), allianceId, null, null),
                  PageRequest.first(PageRequest.MAX_LIMIT))
              .items();
      for (ClinicView clinic : clinics) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(clinic.id())
                .title(clinic.clinicNumber() + " " + clinic.title())
                .startDate(LocalDateTime.ofInstant(clinic.startsAt(), shownIn))
                .endDate(LocalDateTime.ofInstant(clinic.endsAt(), shownIn))
                .url(contextPath + "/app/clinic.xhtml?id=" + clinic.id())
                .styleClass("ac-clinic-" + clinic.status().name().toLowerCase())
                .editable(false)
                .build());
      }
    }
  }

  public void allianceChanged() {
    getModel().clear();
  }

  /** The feed for calendar programs that send a bearer token. */
  public String getFeedForClients() {
    return contextPath + "/api/clinics/calendar.ics?allianceId=" + allianceId;
  }

  /** The same feed, downloaded with this browser's session. */
  public String getFeedDownload() {
    return contextPath + "/app/calendar.ics?allianceId=" + allianceId;
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model = new ClinicEvents();
    }
    return model;
  }

  public List<Choice> getAlliances() {
    return alliances;
  }

  public String getAllianceId() {
    return allianceId;
  }

  public void setAllianceId(String allianceId) {
    this.allianceId = allianceId;
  }

  public String getZone() {
    return zone;
  }

  /** The day the calendar opens on (today unless the address names one). */
  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }
}
