package org.alliancecare.rehabilitation.api.events;

import org.alliancecare.kernel.events.DomainEvent;

/**
 * What every program and phase event says. Journaled on the stream {@code
 * RehabilitationProgram}/{@code programCode}.
 */
public interface ProgramEvent extends DomainEvent {

  String STREAM_TYPE = "RehabilitationProgram";

  String programCode();

  @Override
  default String streamType() {
    return STREAM_TYPE;
  }

  @Override
  default String streamId() {
    return programCode();
  }
}
