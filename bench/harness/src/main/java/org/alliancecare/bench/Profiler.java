package org.alliancecare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JDK Flight Recorder profiles of the server during a benchmark ({@code --profile on}): a recording
 * with the {@code profile} settings is started in the Payara process with {@code jcmd} before the
 * work and stopped after it, and its CPU samples are summed up in {@code
 * bench/results/profiles/<figure>.txt} — the hottest methods (the frame on top of the stack) and
 * the hottest of AllianceCare's own methods (the first {@code org.alliancecare} frame of each
 * sample, so that time spent below it in a library counts for the application code that asked for
 * it). The recording adds a little CPU of its own: the figures of a profiled run are not the ones
 * to compare, which is why profiling is off by default.
 */
final class Profiler {

  private static final int TOP = 15;
  private static final String APPLICATION = "org.alliancecare.";

  private final Path folder;
  private final Path recordings;
  private final boolean on;

  /**
   * Writes summaries to {@code folder} and keeps the recordings themselves in {@code recordings}
   * (the run's working folder: they are large, and not results).
   */
  Profiler(Path folder, Path recordings, boolean on) {
    this.folder = folder;
    this.recordings = recordings;
    this.on = on;
  }

  boolean on() {
    return on;
  }

  /** Where the profiles are written. */
  Path folder() {
    return folder;
  }

  /** Runs {@code work} while the server is being recorded, when profiling is on. */
  <T> T profile(RunningApp app, String figure, Callable<T> work) throws Exception {
    if (!on) {
      return work.call();
    }
    long pid = app.serverPid().orElseThrow(() -> new IllegalStateException("no Payara process"));
    Path recording = recordings.resolve(figure + ".jfr");
    Files.createDirectories(folder);
    Files.createDirectories(recordings);
    Files.deleteIfExists(recording);
    diagnostic(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + recording);
    try {
      return work.call();
    } finally {
      diagnostic(pid, "JFR.stop", "name=bench");
      summarise(recording, folder.resolve(figure + ".txt"), figure);
    }
  }

  /**
   * Sums up the CPU samples of a recording (e.g. one that the server made of its own start with
   * {@code -XX:StartFlightRecording}) into a text file of top frames.
   */
  static void summarise(Path recording, Path out, String figure) throws IOException {
    Map<String, Integer> top = new HashMap<>();
    Map<String, Integer> application = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!"jdk.ExecutionSample".equals(event.getEventType().getName())
          || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      top.merge(method(frames.get(0)), 1, Integer::sum);
      frames.stream()
          .map(Profiler::method)
          .filter(m -> m.startsWith(APPLICATION))
          .findFirst()
          .ifPresent(m -> application.merge(m, 1, Integer::sum));
    }
    StringBuilder text = new StringBuilder();
    text.append("JFR CPU samples of the server during ")
        .append(figure)
        .append(": ")
        .append(samples)
        .append(
            " samples (jdk.ExecutionSample, settings=profile)\n\nhottest methods (top frame)\n");
    table(text, top, samples);
    text.append("\nhottest AllianceCare methods (first org.alliancecare frame, library time below")
        .append(" it included)\n");
    table(text, application, samples);
    Files.writeString(out, text, StandardCharsets.UTF_8);
    Bench.log("  profile written to " + out);
  }

  private static void table(StringBuilder text, Map<String, Integer> counts, int samples) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP)
        .forEach(
            e ->
                text.append(
                    String.format(
                        Locale.ROOT,
                        "%6.1f%%  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey())));
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** Runs a diagnostic command in the server process and answers its output. */
  static String diagnostic(long pid, String... command) throws IOException, InterruptedException {
    List<String> line = new java.util.ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
