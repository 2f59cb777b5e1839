package org.alliancecare.reporting.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of screening (DOMAIN.md: VISION, HEARING, SPEECH) whose first days the projection keeps
 * per child in a column each ({@code reporting.counted_child}), so that the children a program
 * counts are read without grouping rows by child. A program asking for any other kind is counted
 * from the rows kept per place, which keep every kind.
 */
public final class KeptScreeningKinds {

  public static final List<String> KINDS = List.of("VISION", "HEARING", "SPEECH");

  private KeptScreeningKinds() {}

  /** Whether some kinds are asked for and every one of them has its own columns. */
  public static boolean keepAll(Collection<String> kinds) {
    return !kinds.isEmpty() && KINDS.containsAll(kinds);
  }

  /** The column of a kind's first day ({@code vision_on}). */
  public static String firstOn(String kind) {
    return column(kind) + "_on";
  }

  /** The column of a kind's first REFER ({@code vision_refer_on}). */
  public static String firstReferOn(String kind) {
    return column(kind) + "_refer_on";
  }

  private static String column(String kind) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("no kept columns for the kind " + kind);
    }
    return kind.toLowerCase(Locale.ROOT);
  }
}
