package org.alliancecare.rehabilitation.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;

/**
 * The milestones a new case gets: one per template, due its offset after the day of enrolment, or
 * after the due date of the template it runs {@code after}.
 */
public final class MilestonePlan {

  private MilestonePlan() {}

  public static List<Milestone> plan(
      List<MilestoneTemplate> templates, LocalDate enrolledOn, Supplier<MilestoneId> ids) {
    List<Milestone> planned = new ArrayList<>();
    Map<String, LocalDate> dueByKind = new HashMap<>();
    int position = 0;
    for (MilestoneTemplate template : templates) {
      int months = template.dueAfterMonths() == null ? 0 : template.dueAfterMonths();
      int days = template.dueAfterDays() == null ? 0 : template.dueAfterDays();
      LocalDate base =
          template.after() == null
              ? enrolledOn
              : dueByKind.get(template.condition() + "/" + template.after());
      if (base == null) {
        throw new IllegalStateException(
            "template " + template.kind() + " runs after " + template.after() + ", planned later");
      }
      LocalDate due = base.plusMonths(months).plusDays(days);
      dueByKind.put(template.condition() + "/" + template.kind(), due);
      planned.add(
          new Milestone(
              ids.get(),
              template.condition(),
              template.kind(),
              template.title(),
              due,
              MilestoneStatus.PLANNED,
              null,
              null,
              null,
              false,
              ++position,
              template.after(),
              months,
              days));
    }
    return planned;
  }
}
