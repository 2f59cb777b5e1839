package org.alliancecare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plans PostgreSQL actually ran for the application's own statements, with their timings
 * (EXPLAIN ANALYZE through {@code auto_explain}): switched on for the embedded server with {@code
 * ALTER SYSTEM} and a log collector into a folder of ours, effective from the next start; read back
 * from that folder, keeping the plans of the statements that touch the tables named.
 */
final class QueryPlans {

  private static final Pattern ENTRY_START =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

  private QueryPlans() {}

  /** Logs the analysed plan of every statement from the next start of the server on. */
  static void switchOn(Connection connection, Path logDirectory) throws SQLException, IOException {
    Files.createDirectories(logDirectory);
    try (Statement sql = connection.createStatement()) {
      sql.execute("LOAD 'auto_explain'");
      sql.execute("ALTER SYSTEM SET logging_collector = on");
      sql.execute("ALTER SYSTEM SET log_directory = '" + logDirectory.toAbsolutePath() + "'");
      sql.execute("ALTER SYSTEM SET log_filename = 'postgresql-%Y%m%d-%H%M%S.log'");
      sql.execute("ALTER SYSTEM SET session_preload_libraries = 'auto_explain'");
      sql.execute("ALTER SYSTEM SET auto_explain.log_min_duration = 0");
      sql.execute("ALTER SYSTEM SET auto_explain.log_analyze = on");
      sql.execute("ALTER SYSTEM SET auto_explain.log_buffers = on");
      sql.execute("ALTER SYSTEM SET auto_explain.log_nested_statements = on");
    }
  }

  /** Back to the server's own settings from the next start on. */
  static void switchOff(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("ALTER SYSTEM RESET ALL");
    }
  }

  /**
   * The logged plans whose statement text contains one of {@code markers} and none of {@code
   * excluded}, in log order; each one entry of text.
   */
  static List<String> read(Path logDirectory, List<String> markers, List<String> excluded)
      throws IOException {
    List<String> plans = new ArrayList<>();
    if (!Files.isDirectory(logDirectory)) {
      return plans;
    }
    List<Path> logs;
    try (Stream<Path> files = Files.list(logDirectory)) {
      logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
    }
    for (Path log : logs) {
      StringBuilder entry = new StringBuilder();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (ENTRY_START.matcher(line).find() && entry.length() > 0) {
          keep(entry.toString(), markers, excluded, plans);
          entry.setLength(0);
        }
        entry.append(line).append('\n');
      }
      keep(entry.toString(), markers, excluded, plans);
    }
    return plans;
  }

  private static void keep(
      String entry, List<String> markers, List<String> excluded, List<String> plans) {
    if (!entry.contains("plan:")) {
      return;
    }
    String lower = entry.toLowerCase();
    if (markers.stream().anyMatch(m -> lower.contains(m.toLowerCase()))
        && excluded.stream().noneMatch(x -> lower.contains(x.toLowerCase()))) {
      plans.add(entry.strip());
    }
  }
}
