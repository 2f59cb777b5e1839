package org.alliancecare.rehabilitation.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;

/**
 * A program's milestone templates: checked as a whole (kinds unique per condition, a template
 * planned {@code after} another names an earlier one of the same condition) and, by default, the
 * templates of DOMAIN.md.
 */
public final class MilestoneTemplates {

  private MilestoneTemplates() {}

  /**
   * The default templates of DOMAIN.md ("Rehabilitation program, phases and cases"), in order:
   *
   * <ul>
   *   <li>HEARING: audiological diagnosis +30 days; device decision +45; hearing aid or cochlear
   *       implant fitted +90; auditory-verbal training started +120; follow-up 3, 6 and 12 months
   *       after fitting.
   *   <li>VISION: ophthalmic diagnosis +30; correction or surgery +60; low-vision training +90;
   *       follow-up 3, 6 and 12 months after the correction or surgery.
   *   <li>SPEECH: assessment +30; therapy started +60; follow-up 3 and 6 months after therapy
   *       started.
   * </ul>
   *
   * The program QIMING is loaded with the same rows by its migration.
   */
  public static List<MilestoneTemplate> defaults(Collection<Condition> conditions) {
    List<MilestoneTemplate> all = new ArrayList<>();
    for (Condition condition : Condition.values()) {
      if (conditions.contains(condition)) {
        all.addAll(defaults(condition));
      }
    }
    return List.copyOf(all);
  }

  private static List<MilestoneTemplate> defaults(Condition condition) {
    return switch (condition) {
      case HEARING ->
          List.of(
              days(condition, "AUDIOLOGICAL_DIAGNOSIS", "Audiological diagnosis", 30),
              days(condition, "DEVICE_DECISION", "Device decision", 45),
              days(condition, "DEVICE_FITTED", "Hearing aid or cochlear implant fitted", 90),
              days(condition, "TRAINING_STARTED", "Auditory-verbal training started", 120),
              after(
                  condition,
                  "FOLLOW_UP_3_MONTHS",
                  "Follow-up 3 months after fitting",
                  3,
                  "DEVICE_FITTED"),
              after(
                  condition,
                  "FOLLOW_UP_6_MONTHS",
                  "Follow-up 6 months after fitting",
                  6,
                  "DEVICE_FITTED"),
              after(
                  condition,
                  "FOLLOW_UP_12_MONTHS",
                  "Follow-up 12 months after fitting",
                  12,
                  "DEVICE_FITTED"));
      case VISION ->
          List.of(
              days(condition, "OPHTHALMIC_DIAGNOSIS", "Ophthalmic diagnosis", 30),
              days(condition, "CORRECTION_OR_SURGERY", "Correction or surgery", 60),
              days(condition, "LOW_VISION_TRAINING", "Low-vision training", 90),
              after(
                  condition,
                  "FOLLOW_UP_3_MONTHS",
                  "Follow-up 3 months after correction",
                  3,
                  "CORRECTION_OR_SURGERY"),
              after(
                  condition,
                  "FOLLOW_UP_6_MONTHS",
                  "Follow-up 6 months after correction",
                  6,
                  "CORRECTION_OR_SURGERY"),
              after(
                  condition,
                  "FOLLOW_UP_12_MONTHS",
                  "Follow-up 12 months after correction",
                  12,
                  "CORRECTION_OR_SURGERY"));
      case SPEECH ->
          List.of(
              days(condition, "SPEECH_ASSESSMENT", "Speech and language assessment", 30),
              days(condition, "THERAPY_STARTED", "Speech therapy started", 60),
              after(
                  condition,
                  "FOLLOW_UP_3_MONTHS",
                  "Follow-up 3 months after therapy started",
                  3,
                  "THERAPY_STARTED"),
              after(
                  condition,
                  "FOLLOW_UP_6_MONTHS",
                  "Follow-up 6 months after therapy started",
                  6,
                  "THERAPY_STARTED"));
    };
  }

  private static MilestoneTemplate days(Condition condition, String kind, String title, int days) {
    return new MilestoneTemplate(condition, kind, title, days, null, null);
  }

  private static MilestoneTemplate after(
      Condition condition, String kind, String title, int months, String anchor) {
    return new MilestoneTemplate(condition, kind, title, null, months, anchor);
  }

  /**
   * Refuses templates that cannot be planned: a kind twice for one condition, a condition the
   * program does not cover, an {@code after} that names no earlier template of the same condition.
   */
  public static List<MilestoneTemplate> checked(
      List<MilestoneTemplate> templates, Collection<Condition> covered) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < templates.size(); i++) {
      MilestoneTemplate template = templates.get(i);
      String field = "milestoneTemplates[" + i + "]";
      if (!covered.contains(template.condition())) {
        errors.add(
            InvalidInput.FieldError.of(
                field + ".condition", "not-a-condition-of-program", covered));
      }
      if (!seen.add(template.condition() + "/" + template.kind())) {
        errors.add(
            InvalidInput.FieldError.of(field + ".kind", "appears-twice-for", template.condition()));
      }
      if (template.after() != null
          && !seen.contains(template.condition() + "/" + template.after())) {
        errors.add(
            InvalidInput.FieldError.of(
                field + ".after", "earlier-template-of", template.condition()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return List.copyOf(templates);
  }
}
