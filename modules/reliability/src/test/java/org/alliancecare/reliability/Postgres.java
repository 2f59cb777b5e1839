package org.alliancecare.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL binaries run by hand, as an operator would. PostgreSQL refuses to run as
 * root; under root (CI, this machine) the commands run in a new user namespace ({@code unshare
 * -U}), as the launcher's embedded database does.
 */
final class Postgres {

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Postgres() {}

  static String pgCtl(Path binaries, String... arguments) {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(binaries.resolve("pg_ctl").toString());
    command.addAll(List.of(arguments));
    return run(command);
  }

  /** Starts the cluster with the options of its last start ({@code postmaster.opts}). */
  static void startWithRecordedOptions(Path binaries, Path cluster, Path log) {
    try {
      String recorded =
          Files.readString(cluster.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
      List<String> options = new ArrayList<>();
      Matcher quoted = QUOTED.matcher(recorded);
      while (quoted.find()) {
        options.add(quoted.group(1));
      }
      StringBuilder passed = new StringBuilder();
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).equals("-D")) {
          i++;
          continue;
        }
        passed.append(passed.isEmpty() ? "" : " ").append('"').append(options.get(i)).append('"');
      }
      pgCtl(
          binaries,
          "start",
          "-D",
          cluster.toString(),
          "-w",
          "-t",
          "120",
          "-l",
          log.toString(),
          "-o",
          passed.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited " + process.exitValue() + ": " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
