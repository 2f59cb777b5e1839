package org.alliancecare.directory.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Set;

/**
 * An account as administrators and the account holder see it; never its password or its hash.
 *
 * @param version the record's version, also its ETag
 * @param language the language the account holder chose for the UI ({@link #LANGUAGES}), {@code
 *     null} (and so in JSON) until they choose one
 * @param email where mail for the holder goes (reminders), {@code null} (and so in JSON) when the
 *     account has none
 */
public record Account(
    String username,
    String displayName,
    Set<Role> roles,
    Set<String> jurisdiction,
    String practitionerId,
    boolean enabled,
    long version,
    @JsonbNillable String language,
    @JsonbNillable String email) {

  /** The languages the UI speaks, as BCP 47 tags: Chinese (the default), Uyghur, English. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("zh-CN", "ug-CN", "en");

  public Account {
    roles = Set.copyOf(roles);
    jurisdiction = Set.copyOf(jurisdiction);
  }
}
