package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.alliancecare.alliances.api.AllianceView;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;

/**
 * The alliances whose clinics the caller manages, as the alliances module says: every alliance for
 * a coordinator, for a lead those their practitioner leads today. Also every alliance, for choices
 * such as the joining alliances of a clinic.
 */
@Named
@RequestScoped
public class ManagedAlliances {

  @Inject AlliancesFacade alliances;
  @Inject CurrentCaller caller;
  @Inject Names names;
  @Inject BusinessClock clock;

  private List<AllianceView> all;

  public List<AllianceView> all() {
    if (all == null) {
      all = alliances.alliances(PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }
    return all;
  }

  public List<Choice> getAll() {
    return choices(all());
  }

  /** The alliances the caller may plan and staff clinics for. */
  public List<Choice> getManaged() {
    Caller me = caller.get();
    if (me.hasRole(Role.COORDINATOR)) {
      return getAll();
    }
    if (me.practitionerId() == null) {
      return List.of();
    }
    Set<String> led = alliances.alliancesLedBy(me.practitionerId(), today());
    return choices(all().stream().filter(a -> led.contains(a.id())).toList());
  }

  private List<Choice> choices(List<AllianceView> views) {
    return views.stream()
        .sorted(Comparator.comparing(AllianceView::code))
        .map(a -> new Choice(a.id(), names.localized(a.nameZh(), a.nameEn())))
        .toList();
  }

  public boolean mayManage(String allianceId) {
    return alliances.mayManage(allianceId, caller.get());
  }

  LocalDate today() {
    return clock.today();
  }
}
