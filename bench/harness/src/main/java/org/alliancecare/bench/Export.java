package org.alliancecare.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The FHIR Bulk Data export of the whole population as the coordinator sees it (docs/fhir.md, Bulk
 * Data export): kick-off, polling every half second, then every file downloaded and counted
 * (streamed, never held). Meanwhile the Payara process's resident memory is sampled every 200 ms,
 * for its peak beside the same figure idle just before.
 */
final class Export {

  /** What one export took. */
  record Measured(
      Duration export,
      Duration download,
      long resources,
      long bytes,
      int files,
      double idleMiB,
      double peakMiB) {

    double seconds() {
      return export.toMillis() / 1000.0;
    }

    double megabytesPerSecond() {
      return bytes / 1_000_000.0 / seconds();
    }

    double resourcesPerSecond() {
      return resources / seconds();
    }
  }

  private final RunningApp app;
  private final URI base;
  private final String token;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Export(RunningApp app, String token) {
    this.app = app;
    this.base = app.base();
    this.token = token;
  }

  /** Exports {@code query} (e.g. {@code ?_type=Patient,Observation}, or empty for every type). */
  Measured run(String query, Duration limit) throws Exception {
    double idle = app.serverResidentMiB();
    AtomicReference<Double> peak = new AtomicReference<>(idle);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> {
          try {
            double rss = app.serverResidentMiB();
            peak.accumulateAndGet(rss, Math::max);
          } catch (IOException | RuntimeException e) {
            // the process may be between two states of /proc; the next sample will do
          }
        },
        0,
        200,
        TimeUnit.MILLISECONDS);
    try {
      Instant start = Instant.now();
      HttpResponse<String> kickOff =
          send(request(base.resolve("/fhir/$export" + query)).header("Prefer", "respond-async"));
      if (kickOff.statusCode() != 202) {
        throw new IllegalStateException(
            "kick-off answered " + kickOff.statusCode() + ": " + kickOff.body());
      }
      URI status = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow());
      JsonObject manifest = null;
      while (manifest == null) {
        if (Duration.between(start, Instant.now()).compareTo(limit) > 0) {
          throw new IllegalStateException("the export did not finish within " + limit);
        }
        HttpResponse<String> poll = send(request(status));
        if (poll.statusCode() == 200) {
          try (JsonReader reader = Json.createReader(new StringReader(poll.body()))) {
            manifest = reader.readObject();
          }
        } else if (poll.statusCode() == 202) {
          Thread.sleep(500);
        } else {
          throw new IllegalStateException(
              "status answered " + poll.statusCode() + ": " + poll.body());
        }
      }
      Duration export = Duration.between(start, Instant.now());
      Instant downloadStart = Instant.now();
      long bytes = 0;
      long resources = 0;
      int files = 0;
      for (JsonObject output : manifest.getJsonArray("output").getValuesAs(JsonObject.class)) {
        resources += output.getJsonNumber("count").longValue();
        bytes += download(URI.create(output.getString("url")));
        files++;
      }
      Duration download = Duration.between(downloadStart, Instant.now());
      send(request(status).DELETE());
      return new Measured(export, download, resources, bytes, files, idle, peak.get());
    } finally {
      sampler.shutdownNow();
    }
  }

  private long download(URI file) throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        client.send(request(file).build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("file " + file + " answered " + response.statusCode());
    }
    long count = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = response.body()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        count += n;
      }
    }
    return count;
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
