package org.alliancecare.rehabilitation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;

/**
 * A rehabilitation program (e.g. QIMING, 启明行动): who it takes and which milestones a case gets. The
 * rules of enrolment that depend on the program alone are checked here; consent, the open phase,
 * the quota and an existing case are checked by the enrolment around it.
 */
public final class Program {

  private final String code;
  private final String nameZh;
  private final String nameEn;
  private final int maxAgeExclusive;
  private final Set<String> placeCodes;
  private final Set<Condition> conditions;
  private final List<MilestoneTemplate> templates;
  private final Instant createdAt;
  private final String createdBy;
  private final long version;

  public Program(
      String code,
      String nameZh,
      String nameEn,
      int maxAgeExclusive,
      Set<String> placeCodes,
      Set<Condition> conditions,
      List<MilestoneTemplate> templates,
      Instant createdAt,
      String createdBy,
      long version) {
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    if (maxAgeExclusive < 1) {
      throw new IllegalArgumentException("a program takes children of some age");
    }
    this.maxAgeExclusive = maxAgeExclusive;
    this.placeCodes = Set.copyOf(placeCodes);
    this.conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    this.templates = MilestoneTemplates.checked(templates, this.conditions);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.version = version;
  }

  /** Refuses conditions that the program does not cover ({@code not-eligible-condition}). */
  public void requireCovers(Set<Condition> asked) {
    Set<Condition> refused = new LinkedHashSet<>(asked);
    refused.removeAll(conditions);
    if (!refused.isEmpty()) {
      throw new NotEligibleCondition(refused, sorted(conditions));
    }
  }

  /**
   * Refuses a child who is {@code maxAgeExclusive} years or older on the day of enrolment ({@code
   * not-eligible-age}): "under 18" takes a child on the day before the 18th birthday, not on it.
   */
  public void requireAgeOn(LocalDate birthDate, LocalDate enrolledOn) {
    int age = Period.between(birthDate, enrolledOn).getYears();
    if (age >= maxAgeExclusive) {
      throw new NotEligibleAge(age, maxAgeExclusive);
    }
  }

  /**
   * Refuses a child whose place is neither one of the program's places nor below one ({@code
   * not-eligible-place}).
   *
   * @param placeAndAncestors the child's place code first, then its parent, and so on to the top
   */
  public void requirePlace(List<String> placeAndAncestors) {
    if (placeAndAncestors.stream().noneMatch(placeCodes::contains)) {
      throw new NotEligiblePlace(
          placeAndAncestors.isEmpty() ? "(none)" : placeAndAncestors.get(0),
          new ArrayList<>(new java.util.TreeSet<>(placeCodes)));
    }
  }

  /** The templates of these conditions, in the program's order. */
  public List<MilestoneTemplate> templatesFor(Set<Condition> caseConditions) {
    return templates.stream().filter(t -> caseConditions.contains(t.condition())).toList();
  }

  private static List<Condition> sorted(Set<Condition> conditions) {
    return conditions.stream().sorted().toList();
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public int maxAgeExclusive() {
    return maxAgeExclusive;
  }

  public Set<String> placeCodes() {
    return placeCodes;
  }

  public Set<Condition> conditions() {
    return conditions;
  }

  public List<Condition> conditionsInOrder() {
    return sorted(conditions);
  }

  public List<MilestoneTemplate> templates() {
    return templates;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public long version() {
    return version;
  }
}
