package org.alliancecare.app.internal.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A page of a patient's timeline as the API answers it, already written as JSON ({@link
 * TimelineJson}), with the registrations whose entries it holds. The access log finds the patients
 * of an answer in its personal records: they are the registrations, one per patient id of the
 * entries in the order met, exactly the rows the entries themselves gave when the answer was a page
 * of {@link TimelineEntry}.
 *
 * @param json the answer, {@code {"items": [...], "nextCursor": ...}}
 * @param registrations the patient ids of the answer's entries, each once
 */
public record TimelineDocument(String json, List<Registration> registrations) {

  public TimelineDocument {
    registrations = List.copyOf(registrations);
  }

  /** The answer in UTF-8, as it is sent. */
  public byte[] utf8() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A registration whose journal entries the answer holds: the patient's own, or a duplicate merged
   * into it.
   */
  public record Registration(String patientId) implements PersonalRecord {}
}
