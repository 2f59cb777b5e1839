package org.alliancecare.interop.internal.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a kick-off request (Bulk Data Access IG 2.0.0, "Bulk Data Kick-off Request"): {@code
 * Prefer: respond-async} is required; {@code _outputFormat} is NDJSON in one of its three
 * spellings; {@code _type} names types this server exports (of the patient compartment for a
 * patient or group export); {@code _since} is a FHIR instant. Parameters of the IG this server does
 * not support ({@code _typeFilter}, {@code _elements}, {@code patient}, {@code
 * includeAssociatedData}) are refused unless the client asks for lenient handling ({@code Prefer:
 * handling=lenient}), as the IG asks; unknown parameters likewise. Every problem is reported at
 * once.
 */
public final class ExportParameters {

  static final Set<String> OUTPUT_FORMATS =
      Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

  private static final Set<String> SUPPORTED = Set.of("_outputFormat", "_type", "_since");

  private ExportParameters() {}

  /**
   * Checks a kick-off request.
   *
   * @param parameters the query parameters, each with its values
   * @param prefer the {@code Prefer} header's values, or null
   * @param exported every exported type's name, with whether it lies in the patient compartment
   */
  public static ExportRequest check(
      ExportLevel level,
      String groupId,
      Map<String, String[]> parameters,
      List<String> prefer,
      Map<String, Boolean> exported,
      String requestUrl) {
    List<ExportRefused.Problem> problems = new ArrayList<>();
    Set<String> preferences = preferences(prefer);
    if (!preferences.contains("respond-async")) {
      problems.add(
          new ExportRefused.Problem(
              "Prefer", "an export runs asynchronously: send the header Prefer: respond-async"));
    }
    boolean lenient = preferences.contains("handling=lenient");
    for (String name : parameters.keySet()) {
      if (!SUPPORTED.contains(name) && !lenient) {
        problems.add(
            new ExportRefused.Problem(
                name, "this server does not support the parameter " + name + " in an export"));
      }
    }
    for (String format : values(parameters, "_outputFormat")) {
      if (!OUTPUT_FORMATS.contains(format)) {
        problems.add(
            new ExportRefused.Problem(
                "_outputFormat",
                "the output format '"
                    + format
                    + "' is not offered: use application/fhir+ndjson (or application/ndjson,"
                    + " ndjson)"));
      }
    }
    List<String> types = types(level, parameters, exported, problems);
    Instant since = since(parameters, problems);
    if (!problems.isEmpty()) {
      throw new ExportRefused(problems);
    }
    return new ExportRequest(level, groupId, types, since, requestUrl);
  }

  private static List<String> types(
      ExportLevel level,
      Map<String, String[]> parameters,
      Map<String, Boolean> exported,
      List<ExportRefused.Problem> problems) {
    List<String> asked = new ArrayList<>();
    for (String value : values(parameters, "_type")) {
      for (String type : value.split(",", -1)) {
        asked.add(type.strip());
      }
    }
    Set<String> types = new LinkedHashSet<>();
    if (asked.isEmpty()) {
      exported.forEach(
          (type, inCompartment) -> {
            if (inCompartment || !level.compartmentOnly()) {
              types.add(type);
            }
          });
      if (types.isEmpty()) {
        problems.add(new ExportRefused.Problem("_type", "this server exports no type yet"));
      }
      return List.copyOf(types);
    }
    for (String type : asked) {
      Boolean inCompartment = exported.get(type);
      if (inCompartment == null) {
        problems.add(
            new ExportRefused.Problem(
                "_type",
                "'"
                    + type
                    + "' is not a type this server exports; it exports "
                    + exported.keySet()));
      } else if (level.compartmentOnly() && !inCompartment) {
        problems.add(
            new ExportRefused.Problem(
                "_type",
                "'"
                    + type
                    + "' is not in the patient compartment, so not in a patient or group export"));
      } else {
        types.add(type);
      }
    }
    return List.copyOf(types);
  }

  private static Instant since(
      Map<String, String[]> parameters, List<ExportRefused.Problem> problems) {
    List<String> values = values(parameters, "_since");
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      problems.add(new ExportRefused.Problem("_since", "give _since once"));
      return null;
    }
    try {
      return OffsetDateTime.parse(values.get(0).strip()).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          new ExportRefused.Problem(
              "_since",
              "'"
                  + values.get(0)
                  + "' is not a FHIR instant: a date, time and zone such as"
                  + " 2026-05-04T03:00:00Z"));
      return null;
    }
  }

  private static List<String> values(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null ? List.of() : Arrays.asList(values);
  }

  /** The preferences of every {@code Prefer} header, each token as written, lower case. */
  private static Set<String> preferences(List<String> prefer) {
    Set<String> preferences = new LinkedHashSet<>();
    if (prefer != null) {
      for (String header : prefer) {
        for (String token : header.split("[,;]")) {
          String preference = token.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
          if (!preference.isEmpty()) {
            preferences.add(preference);
          }
        }
      }
    }
    return preferences;
  }
}
