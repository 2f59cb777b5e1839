package org.alliancecare.interop.internal.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A kick-off request once its parameters have been checked.
 *
 * @param groupId the group whose members are exported ({@link ExportLevel#GROUP} only)
 * @param types the resource types to write, in the order of the manifest; never empty
 * @param since only resources changed after this instant ({@code _since}), or null
 * @param requestUrl the kick-off URL as the client sent it, repeated in the manifest
 */
public record ExportRequest(
    ExportLevel level, String groupId, List<String> types, Instant since, String requestUrl) {

  public ExportRequest {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(requestUrl, "requestUrl");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("an export writes at least one type");
    }
    if ((level == ExportLevel.GROUP) != (groupId != null)) {
      throw new IllegalArgumentException("a group is named by a group's export, and only by it");
    }
  }
}
