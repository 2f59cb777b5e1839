package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;

/**
 * A doctor's day: the clinics held today (China Standard Time) that the doctor staffs, and the
 * other clinics today in the doctor's jurisdiction. "Work here" remembers the clinic for the
 * session ({@link WorkingClinic}): the screening form and the patient page's walk-in use it. The
 * page is view scoped so that the button's postback finds the rows it was pressed in (a request
 * scoped page decoded an empty table and the press was lost).
 */
@Named
@ViewScoped
public class TodayPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutreachFacade outreach;
  @Inject CurrentCaller caller;
  @Inject WorkingClinic workingClinic;
  @Inject BusinessClock clock;

  private List<ClinicView> mine = List.of();
  private List<ClinicView> others = List.of();
  private LocalDate today;

  public void load() {
    today = clock.today();
    Caller me = caller.get();
    DataScope scope = caller.scope();
    List<ClinicView> clinics =
        outreach
            .clinics(
                new ClinicQuery(today, today, null, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT))
            .items();
    mine = clinics.stream().filter(c -> staffs(me, c)).toList();
    others = clinics.stream().filter(c -> !staffs(me, c) && scope.covers(c.placeCode())).toList();
  }

  private static boolean staffs(Caller me, ClinicView clinic) {
    return me.practitionerId() != null
        && clinic.staff().stream().anyMatch(s -> s.practitionerId().equals(me.practitionerId()));
  }

  /** Screenings recorded from now on default to this clinic. */
  public String workAt(String clinicId) {
    workingClinic.workAt(clinicId);
    return Navigation.to("/app/records/patients.xhtml");
  }

  public List<ClinicView> getMine() {
    return mine;
  }

  public List<ClinicView> getOthers() {
    return others;
  }

  public LocalDate getToday() {
    return today;
  }
}
