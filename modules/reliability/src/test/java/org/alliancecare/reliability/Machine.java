package org.alliancecare.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the harness ran on: cores, memory and the load average when asked. */
final class Machine {

  private Machine() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.availableProcessors()
        + " cores, load average "
        + loadAverage()
        + ", Java "
        + System.getProperty("java.version");
  }

  /** The 1-, 5- and 15-minute load averages of the machine (others' work included). */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
