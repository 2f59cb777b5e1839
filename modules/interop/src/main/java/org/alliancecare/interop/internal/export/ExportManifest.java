package org.alliancecare.interop.internal.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The complete-status body of the Bulk Data Access IG: {@code transactionTime}, {@code request},
 * {@code requiresAccessToken} (always true: the files are served only with the requester's bearer
 * token), {@code output} (one entry per file: {@code type}, {@code url}, {@code count}) and {@code
 * error} (always empty: a resource that cannot be written fails the whole job).
 */
public final class ExportManifest {

  private ExportManifest() {}

  /**
   * The manifest of a finished job.
   *
   * @param fileBase the absolute URL the files' names are appended to (ends with a slash)
   */
  public static JsonObject of(ExportJob job, String fileBase) {
    JsonArrayBuilder output = Json.createArrayBuilder();
    for (ExportFile file : job.files()) {
      output.add(
          Json.createObjectBuilder()
              .add("type", file.resourceType())
              .add("url", fileBase + file.fileName())
              .add("count", file.resources()));
    }
    return Json.createObjectBuilder()
        .add("transactionTime", job.transactionTime().toString())
        .add("request", job.request().requestUrl())
        .add("requiresAccessToken", true)
        .add("output", output)
        .add("error", Json.createArrayBuilder())
        .build();
  }
}
