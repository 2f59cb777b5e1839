package org.alliancecare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The programs of Debian's packages that the cluster runner uses: PostgreSQL's server and {@code
 * pg_basebackup} (package {@code postgresql}) and HAProxy ({@code haproxy}). Under root a missing
 * package is installed with {@code apt-get}; otherwise the runner says what to install.
 */
final class DebianPackages {

  private static final Logger LOG = Logger.getLogger(DebianPackages.class.getName());
  private static final Path POSTGRESQL = Path.of("/usr/lib/postgresql");
  private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

  private DebianPackages() {}

  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest installed PostgreSQL server's {@code bin} folder. */
  static Path postgresBinaries() throws IOException, InterruptedException {
    Optional<Path> found = installedPostgres();
    if (found.isEmpty()) {
      install("postgresql");
      found = installedPostgres();
    }
    return found.orElseThrow(
        () -> new IllegalStateException("no PostgreSQL server binaries under " + POSTGRESQL));
  }

  static Path haproxy() throws IOException, InterruptedException {
    if (!Files.isExecutable(HAPROXY)) {
      install("haproxy");
    }
    return HAPROXY;
  }

  private static Optional<Path> installedPostgres() throws IOException {
    if (!Files.isDirectory(POSTGRESQL)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(POSTGRESQL)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_basebackup")))
          .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
          .max(Comparator.comparingInt(DebianPackages::majorVersion));
    }
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void install(String pkg) throws IOException, InterruptedException {
    if (!runningAsRoot()) {
      throw new IllegalStateException(
          "the cluster needs Debian's package '" + pkg + "': apt-get install " + pkg);
    }
    LOG.info("installing Debian's package '" + pkg + "' (apt-get)");
    if (apt(List.of("install", "-y", "-qq", pkg)) != 0
        && (apt(List.of("update", "-qq")) != 0 || apt(List.of("install", "-y", "-qq", pkg)) != 0)) {
      throw new IllegalStateException("could not install Debian's package '" + pkg + "'");
    }
  }

  private static int apt(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("apt-get"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process process = builder.start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
