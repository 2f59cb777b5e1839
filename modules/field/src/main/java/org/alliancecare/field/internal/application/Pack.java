package org.alliancecare.field.internal.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.PersonalRecord;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.GuardianView;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.screening.api.RuleSetView;

/**
 * What the field app downloads before a day without a network (docs/field-app.md, part 2): the
 * clinic (when the day is a clinic's), its place, the rules that classify a screening, and the
 * children the doctor may meet, at most {@link #limit()}.
 *
 * @param truncated whether more children of the place exist than the pack carries
 * @param clinic the clinic, or {@code null} for a place's pack (left out of the JSON, as the API
 *     leaves out every null property)
 */
public record Pack(
    Instant preparedAt,
    int limit,
    boolean truncated,
    ClinicSummary clinic,
    PlaceSummary place,
    RuleSetView ruleSet,
    List<Child> patients) {

  /** The clinic of the day as the app shows it. */
  public record ClinicSummary(
      String id,
      String clinicNumber,
      String title,
      String placeCode,
      String venue,
      LocalDate date,
      String startTime,
      String endTime,
      String timeZone,
      ClinicStatus status) {}

  /** The place whose children the pack carries. */
  public record PlaceSummary(String code, String nameZh, String nameEn) {}

  /**
   * A child as {@code GET /api/patients/{id}} answers it (identity numbers masked), with what the
   * app needs offline: whether the child is booked at or was seen at the clinic, the guardians'
   * consents, and the name's spelling for searching without Chinese input. It is one read of the
   * patient's record for the access log (one row, resource {@code Patient}, like a single read).
   * {@code name} (Chinese characters or Latin) or {@code nameUg} (Uyghur script) may be null, never
   * both; {@code nameUgLatin} is the ULY form of {@code nameUg} (lower case), and the guardians
   * carry the same three fields.
   */
  public record Child(
      String id,
      long version,
      @JsonbNillable String name,
      @JsonbNillable String nameUg,
      @JsonbNillable String nameUgLatin,
      Sex sex,
      LocalDate birthDate,
      String nationalId,
      String ethnicity,
      String placeCode,
      String address,
      List<GuardianView> guardians,
      Instant registeredAt,
      String registeredBy,
      String mergedInto,
      boolean booked,
      boolean attended,
      List<Consent> consents,
      String nameLatin,
      String initials)
      implements PersonalRecord {

    @Override
    public String patientId() {
      return id;
    }
  }

  /**
   * A consent as {@code GET /api/patients/{id}/consents} answers it. Inside the pack it is part of
   * the child's record, and so of the child's one access-log row.
   */
  public record Consent(
      String id,
      String patientId,
      String guardianName,
      String relationship,
      Set<ConsentScope> scopes,
      LocalDate givenOn,
      LocalDate withdrawnOn,
      String documentRef,
      boolean active,
      long version) {}
}
