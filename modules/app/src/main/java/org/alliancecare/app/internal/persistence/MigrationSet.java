package org.alliancecare.app.internal.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations of one schema, each by its script name and Flyway's checksum: either as
 * packaged in the application or as applied according to the schema's {@code
 * flyway_schema_history}. When the two are equal, Flyway would find nothing to apply and nothing to
 * complain about, so a start can leave Flyway out (its class loading and its checks of ten schemas
 * were a visible part of the start-up).
 *
 * <p>Whatever this class cannot read with certainty (a folder it cannot list, a sub-folder, a file
 * that is not a plain versioned SQL migration, a placeholder, a failed or baseline row in the
 * history, no history at all) yields no set, and the caller lets Flyway decide.
 */
final class MigrationSet {

  /** Versioned SQL migrations as Flyway names them by default: {@code V<version>__<name>.sql}. */
  private static final Pattern VERSIONED = Pattern.compile("V[0-9][0-9_.]*__[^/]+\\.sql");

  /** Script name to checksum, in name order. */
  private final SortedMap<String, Integer> checksums;

  private MigrationSet(SortedMap<String, Integer> checksums) {
    this.checksums = Collections.unmodifiableSortedMap(checksums);
  }

  /**
   * The migrations packaged for {@code schema} under the class path folder {@code root}, or none
   * when they cannot be listed with certainty.
   */
  static Optional<MigrationSet> packaged(ClassLoader loader, String root, String schema) {
    String folder = root + "/" + schema;
    try {
      List<URL> found = Collections.list(loader.getResources(folder));
      if (found.size() > 1) {
        return Optional.empty();
      }
      if (found.isEmpty()) {
        return Optional.of(new MigrationSet(new TreeMap<>()));
      }
      URL url = found.get(0);
      SortedMap<String, Integer> checksums = new TreeMap<>();
      switch (url.getProtocol()) {
        case "file" -> {
          if (!readFolder(Path.of(url.toURI()), checksums)) {
            return Optional.empty();
          }
        }
        case "jar" -> {
          if (!readJarFolder(url, checksums)) {
            return Optional.empty();
          }
        }
        default -> {
          return Optional.empty();
        }
      }
      return Optional.of(new MigrationSet(checksums));
    } catch (IOException | URISyntaxException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static boolean readFolder(Path folder, SortedMap<String, Integer> checksums)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (!Files.isRegularFile(file) || !VERSIONED.matcher(name).matches()) {
        return false;
      }
      try (InputStream in = Files.newInputStream(file)) {
        Optional<Integer> checksum = checksum(in);
        if (checksum.isEmpty()) {
          return false;
        }
        checksums.put(name, checksum.get());
      }
    }
    return true;
  }

  private static boolean readJarFolder(URL url, SortedMap<String, Integer> checksums)
      throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    String prefix = connection.getEntryName() + "/";
    try (JarFile jar = connection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (!entry.getName().startsWith(prefix) || entry.getName().equals(prefix)) {
          continue;
        }
        String name = entry.getName().substring(prefix.length());
        if (entry.isDirectory() || !VERSIONED.matcher(name).matches()) {
          return false;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          Optional<Integer> checksum = checksum(in);
          if (checksum.isEmpty()) {
            return false;
          }
          checksums.put(name, checksum.get());
        }
      }
    }
    return true;
  }

  /**
   * Flyway's checksum of a SQL migration: CRC-32 over the UTF-8 bytes of each line without its line
   * break, a byte order mark dropped. None for a script with a placeholder, whose checksum Flyway
   * takes after replacing it.
   */
  static Optional<Integer> checksum(InputStream script) throws IOException {
    CRC32 crc = new CRC32();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 4096);
    String line = lines.readLine();
    boolean first = true;
    while (line != null) {
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      first = false;
      if (line.contains("${")) {
        return Optional.empty();
      }
      crc.update(line.getBytes(StandardCharsets.UTF_8));
      line = lines.readLine();
    }
    return Optional.of((int) crc.getValue());
  }

  /**
   * The migrations applied to {@code schema} with success, or none when the schema has no history
   * yet or its history holds anything but applied SQL migrations (and Flyway's schema creation).
   */
  static Optional<MigrationSet> applied(Connection connection, String schema) throws SQLException {
    try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?)")) {
      exists.setString(1, "\"" + schema + "\".flyway_schema_history");
      try (ResultSet table = exists.executeQuery()) {
        if (!table.next() || table.getString(1) == null) {
          return Optional.empty();
        }
      }
    }
    SortedMap<String, Integer> checksums = new TreeMap<>();
    List<String> others = new ArrayList<>();
    try (PreparedStatement history =
            connection.prepareStatement(
                "SELECT type, script, checksum, success FROM \""
                    + schema
                    + "\".flyway_schema_history");
        ResultSet rows = history.executeQuery()) {
      while (rows.next()) {
        String type = rows.getString("type");
        boolean success = rows.getBoolean("success");
        int checksum = rows.getInt("checksum");
        boolean hasChecksum = !rows.wasNull();
        if ("SQL".equals(type) && success && hasChecksum) {
          if (checksums.put(rows.getString("script"), checksum) != null) {
            return Optional.empty();
          }
        } else if (!("SCHEMA".equals(type) && success)) {
          others.add(type);
        }
      }
    }
    return others.isEmpty() ? Optional.of(new MigrationSet(checksums)) : Optional.empty();
  }

  int size() {
    return checksums.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MigrationSet set && set.checksums.equals(checksums);
  }

  @Override
  public int hashCode() {
    return checksums.hashCode();
  }

  @Override
  public String toString() {
    return checksums.toString();
  }
}
