package org.alliancecare.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure the harness measures, by section, printed as it is measured and written after each
 * one to {@code figures.json} and {@code figures.md} in the results folder ({@code
 * reliability.results}), so that a run that fails half-way still leaves what it measured.
 */
final class Figures {

  private static final Map<String, Map<String, Object>> SECTIONS = new LinkedHashMap<>();
  private static final Instant STARTED = Instant.now();

  private Figures() {}

  static synchronized void record(String section, String name, Object value) {
    SECTIONS.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(name, value);
    System.out.println("[reliability] " + section + " | " + name + " = " + value);
    write();
  }

  private static void write() {
    Path folder = Path.of(System.getProperty("reliability.results", "target/reliability-results"));
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("figures.json"), json(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("figures.md"), markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json() {
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("mode", Mode.current().name().toLowerCase())
            .add("started", STARTED.toString())
            .add("written", Instant.now().toString())
            .add("machine", Machine.describe());
    JsonObjectBuilder sections = Json.createObjectBuilder();
    SECTIONS.forEach(
        (section, figures) -> {
          JsonObjectBuilder values = Json.createObjectBuilder();
          figures.forEach(
              (name, value) -> {
                if (value instanceof Long || value instanceof Integer) {
                  values.add(name, ((Number) value).longValue());
                } else if (value instanceof Double d) {
                  values.add(name, d);
                } else if (value instanceof Boolean b) {
                  values.add(name, b);
                } else {
                  values.add(name, String.valueOf(value));
                }
              });
          sections.add(section, values);
        });
    root.add("figures", sections);
    StringWriter out = new StringWriter();
    try (JsonGenerator generator =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out)) {
      generator.write(root.build());
    }
    return out.toString();
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Reliability harness: ")
        .append(Mode.current().name().toLowerCase())
        .append(" run\n\n")
        .append("Started ")
        .append(STARTED)
        .append(", written ")
        .append(Instant.now())
        .append(". Machine: ")
        .append(Machine.describe())
        .append(".\n");
    SECTIONS.forEach(
        (section, figures) -> {
          md.append("\n## ").append(section).append("\n\n| figure | value |\n|---|---|\n");
          figures.forEach(
              (name, value) ->
                  md.append("| ")
                      .append(name)
                      .append(" | ")
                      .append(String.valueOf(value).replace("|", "\\|").replace("\n", " "))
                      .append(" |\n"));
        });
    return md.toString();
  }
}
