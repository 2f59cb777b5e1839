package org.alliancecare.app.internal.timeline;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.alliancecare.app.internal.http.JsonBinding;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.kernel.JsonStrings;
import org.alliancecare.kernel.Page;

/**
 * Writes a page of journal entries as the timeline's JSON, byte for byte what JSON-B wrote for a
 * {@code Page<TimelineEntry>} (members in lexicographic order, absent values left out, instants in
 * ISO-8601 UTC) but with each entry's payload copied as the journal stores it: the stored text is
 * canonical JSON (no whitespace, minimal escapes, numbers as read), which is what writing the
 * parsed payload again produced. Only the few fields a sentence needs are read from it ({@link
 * PayloadFields}).
 */
final class TimelineJson {

  /** Looked up once: {@code Json.create…} runs the service loader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The API's JSON-B, which wrote the timeline's payloads before. */
  private static final Jsonb JSONB = new JsonBinding().getContext(JsonObject.class);

  private TimelineJson() {}

  /** The page as the API answers it. */
  static String of(Page<JournalEntry> page) {
    StringBuilder out = new StringBuilder(1024 + page.items().size() * 1024);
    out.append("{\"items\":[");
    boolean first = true;
    for (JournalEntry entry : page.items()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      entry(entry, out);
    }
    out.append(']');
    if (page.nextCursor() != null) {
      out.append(",\"nextCursor\":");
      JsonStrings.quote(page.nextCursor(), out);
    }
    return out.append('}').toString();
  }

  private static void entry(JournalEntry entry, StringBuilder out) {
    out.append('{');
    Members members = new Members(out);
    members.string("actor", entry.actor());
    members.string("eventType", entry.eventType());
    members.instant("occurredAt", entry.occurredAt());
    members.string("patientId", entry.patientId());
    members.raw("payload", payload(entry.payload()));
    members.instant("recordedAt", entry.recordedAt());
    members.raw("seq", Long.toString(entry.seq()));
    members.string("streamId", entry.streamId());
    members.string("streamType", entry.streamType());
    members.raw("streamVersion", Long.toString(entry.streamVersion()));
    members.string(
        "summary", TimelineSummaries.of(entry.eventType(), PayloadFields.of(entry.payload())));
    out.append('}');
  }

  /**
   * The payload as JSON-B writes it: the stored text, unless it holds a number in exponent notation
   * with a positive exponent ({@code 1.25E+2}), which JSON-B writes as the integer it is ({@code
   * 125}); such a payload is parsed and written as before. Canonical JSON writes numbers as {@code
   * BigDecimal.toString()}, which uses {@code E+} for no other value; a string holding {@code E+}
   * only costs that entry a parse.
   */
  private static String payload(String stored) {
    if (!stored.contains("E+")) {
      return stored;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
      return JSONB.toJson(reader.readObject());
    }
  }

  /** The members of one object, with the commas between them; absent values are left out. */
  private static final class Members {
    private final StringBuilder out;
    private boolean first = true;

    Members(StringBuilder out) {
      this.out = out;
    }

    void string(String name, String value) {
      if (value != null) {
        name(name);
        JsonStrings.quote(value, out);
      }
    }

    void instant(String name, Instant value) {
      if (value != null) {
        name(name);
        out.append('"');
        DateTimeFormatter.ISO_INSTANT.formatTo(value, out);
        out.append('"');
      }
    }

    void raw(String name, String json) {
      if (json != null) {
        name(name);
        out.append(json);
      }
    }

    private void name(String name) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append('"').append(name).append("\":");
    }
  }
}
