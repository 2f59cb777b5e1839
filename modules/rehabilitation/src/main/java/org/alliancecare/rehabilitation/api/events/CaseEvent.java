package org.alliancecare.rehabilitation.api.events;

import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * What every case event says. Journaled on the stream {@code RehabilitationCase}/{@code caseId}.
 */
public interface CaseEvent extends DomainEvent {

  String STREAM_TYPE = "RehabilitationCase";

  String caseId();

  /** The human-readable number, e.g. {@code QIMING-2026-00042}. */
  String caseNumber();

  /** The patient's id. */
  String patient();

  String programCode();

  /** The phase the case is in after this event (its current phase). */
  int phase();

  /** The child's place at enrolment. */
  String placeCode();

  /**
   * The county-level place of {@link #placeCode()}, for reports by county ({@code null} if none).
   */
  String countyCode();

  @Override
  default String streamType() {
    return STREAM_TYPE;
  }

  @Override
  default String streamId() {
    return caseId();
  }

  @Override
  default Optional<String> patientId() {
    return Optional.of(patient());
  }
}
