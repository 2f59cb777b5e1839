package org.alliancecare.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A broken business rule. Each rule is a subclass with a name (its {@link #rule()} slug becomes the
 * problem {@code type} of the 409 a client sees), so that a user learns which rule, not only that
 * something failed. The English message is the rule's own (it may name the records involved); in
 * Chinese and Uyghur the rule says the sentence {@code rule.<name>} of the {@link ProblemTexts}
 * catalogue, with the rule's {@link #details()} filled into its {@code {member}}s.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

  private final String rule;
  private final transient Map<String, Object> details;

  protected BusinessRuleViolation(String rule, String message) {
    this(rule, message, Map.of());
  }

  protected BusinessRuleViolation(String rule, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.details = Map.copyOf(details);
  }

  /** The rule's name in kebab case, e.g. {@code practitioner-double-booked}. */
  public String rule() {
    return rule;
  }

  /** Extra members of the problem document, e.g. {@code existingPatientId}. */
  public Map<String, Object> details() {
    return details;
  }

  /**
   * What the rule says in the language: the message as thrown in English, else the catalogue's
   * sentence for the rule (the English message when a rule has none, which the build test forbids).
   */
  public String message(Locale language) {
    Locale chosen = ProblemTexts.languageOf(language);
    if (chosen.equals(ProblemTexts.ENGLISH)) {
      return getMessage();
    }
    return ProblemTexts.find(chosen, "rule." + rule)
        .map(template -> ProblemTexts.fill(template, details))
        .orElse(getMessage());
  }
}
