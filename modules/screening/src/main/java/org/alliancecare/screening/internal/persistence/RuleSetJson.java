package org.alliancecare.screening.internal.persistence;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.alliancecare.screening.internal.domain.classification.RuleSet;

/**
 * A rule set's parameters as stored in {@code rule_set.parameters}: {@code optotypeFromAge}, {@code
 * acuityLimits} [{fromAge, decimal}], {@code interocularDifferenceLogMar}, {@code referAtPta4DbHl};
 * decimals as text so that they stay exact. Public within the module for the offline field app's
 * entry ({@code internal.offline}), which reads the rule set of its pack the same way.
 */
public final class RuleSetJson {

  private RuleSetJson() {}

  public static RuleSet read(String id, JsonObject parameters) {
    List<RuleSet.AgeAcuityLimit> limits =
        parameters.getJsonArray("acuityLimits").getValuesAs(JsonObject.class).stream()
            .map(
                limit ->
                    new RuleSet.AgeAcuityLimit(
                        limit.getInt("fromAge"), new BigDecimal(limit.getString("decimal"))))
            .toList();
    return new RuleSet(
        id,
        parameters.getInt("optotypeFromAge"),
        limits,
        new BigDecimal(parameters.getString("interocularDifferenceLogMar")),
        new BigDecimal(parameters.getString("referAtPta4DbHl")));
  }
}
