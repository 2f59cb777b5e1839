package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * Who a program takes: children younger than {@code maxAgeExclusive} years on the day of enrolment,
 * living at one of {@code placeCodes} or anywhere below one (a prefecture covers its counties,
 * townships and villages), with one of {@code conditions}.
 */
public record Eligibility(
    @NotNull @Min(1) @Max(130) Integer maxAgeExclusive,
    @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 40) String> placeCodes,
    @NotEmpty List<@NotNull Condition> conditions)
    implements Serializable {

  public Eligibility {
    placeCodes = placeCodes == null ? null : List.copyOf(placeCodes);
    conditions = conditions == null ? null : List.copyOf(conditions);
  }
}
