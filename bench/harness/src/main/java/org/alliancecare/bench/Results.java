package org.alliancecare.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a run with what they ran on, printed as a table and written as {@code
 * results.json} and {@code results.md} under {@code bench/results/}.
 */
final class Results {

  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, String> conditions = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  void add(Figure figure) {
    figures.add(figure);
    System.out.println("  = " + line(figure));
  }

  /** What the run ran on (machine, load, sizes), shown above the table. */
  void condition(String name, String value) {
    conditions.put(name, value);
  }

  void note(String text) {
    notes.add(text);
  }

  List<Figure> figures() {
    return figures;
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("results.json"), json(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
  }

  void print() {
    System.out.println();
    System.out.println(table());
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-44s %12s %-5s %12s %8s  %-22s %s%n",
            "figure", "value", "unit", "baseline", "ratio", "target", "met"));
    for (Figure f : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-44s %12s %-5s %12s %8s  %-22s %s%n",
              f.id(),
              number(f.value()),
              f.unit(),
              number(f.baseline()),
              ratio(f.ratio()),
              f.target(),
              met(f.met())));
    }
    return out.toString();
  }

  private String markdown() {
    StringBuilder md = new StringBuilder("# AllianceCare benchmark results\n\n");
    md.append("Written by `bench/run`; how to read it: [bench/README.md](../README.md).\n\n");
    for (Map.Entry<String, String> c : conditions.entrySet()) {
      md.append("- **").append(c.getKey()).append("**: ").append(c.getValue()).append('\n');
    }
    md.append(
        "\n| figure | what | value | baseline | ratio | target | met | note |\n"
            + "|---|---|---:|---|---:|---|---|---|\n");
    for (Figure f : figures) {
      md.append("| `")
          .append(f.id())
          .append("` | ")
          .append(f.what())
          .append(" | ")
          .append(number(f.value()))
          .append(' ')
          .append(f.unit())
          .append(" | ")
          .append(
              Double.isNaN(f.baseline())
                  ? "—"
                  : number(f.baseline()) + " " + f.unit() + " (" + f.baselineWhat() + ")")
          .append(" | ")
          .append(ratio(f.ratio()))
          .append(" | ")
          .append(f.target() == null ? "" : f.target())
          .append(" | ")
          .append(met(f.met()))
          .append(" | ")
          .append(f.note() == null ? "" : f.note().replace("|", "\\|"))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      for (String note : notes) {
        md.append("- ").append(note).append('\n');
      }
    }
    return md.toString();
  }

  private String json() {
    JsonObjectBuilder conditionsJson = Json.createObjectBuilder();
    conditions.forEach(conditionsJson::add);
    JsonArrayBuilder figuresJson = Json.createArrayBuilder();
    figures.forEach(f -> figuresJson.add(f.toJson()));
    JsonArrayBuilder notesJson = Json.createArrayBuilder();
    notes.forEach(notesJson::add);
    JsonWriterFactory writers =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = writers.createWriter(out)) {
      writer.writeObject(
          Json.createObjectBuilder()
              .add("conditions", conditionsJson)
              .add("figures", figuresJson)
              .add("notes", notesJson)
              .build());
    }
    return out.toString().strip() + "\n";
  }

  private static String line(Figure f) {
    return String.format(
        Locale.ROOT,
        "%s: %s %s (baseline %s, ratio %s; target %s: %s)",
        f.id(),
        number(f.value()),
        f.unit(),
        number(f.baseline()),
        ratio(f.ratio()),
        f.target(),
        met(f.met()));
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f×", value);
  }

  private static String met(Boolean met) {
    return met == null ? "" : met ? "yes" : "NO";
  }
}
