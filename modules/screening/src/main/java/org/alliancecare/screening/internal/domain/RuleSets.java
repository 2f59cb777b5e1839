package org.alliancecare.screening.internal.domain;

import java.time.Instant;
import org.alliancecare.screening.internal.domain.classification.RuleSet;

/**
 * The versioned rule sets: data, added (never edited) when the rules change, each in force from an
 * instant until the next one.
 */
public interface RuleSets {

  /** The rule set that classifies screenings recorded at {@code at}. */
  RuleSet inForceAt(Instant at);
}
