package org.alliancecare.notifications.internal.channels;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the channels read their configuration: MicroProfile Config in the application (so that
 * every key can be set by its environment variable, {@code alliancecare.mail.host} by {@code
 * ALLIANCECARE_MAIL_HOST}), a map in tests. A blank value counts as unset.
 */
@FunctionalInterface
interface ChannelSettings {

  /** The raw value of a key, if it is set. */
  Optional<String> raw(String key);

  default Optional<String> text(String key) {
    return raw(key).map(String::strip).filter(v -> !v.isEmpty());
  }

  default String text(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  default int number(String key, int fallback) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number", e);
    }
  }

  default boolean flag(String key, boolean fallback) {
    return text(key).map(Boolean::parseBoolean).orElse(fallback);
  }

  default Duration seconds(String key, int fallback) {
    return Duration.ofSeconds(Math.max(1, number(key, fallback)));
  }
}
