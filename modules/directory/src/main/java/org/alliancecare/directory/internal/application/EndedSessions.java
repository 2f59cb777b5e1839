package org.alliancecare.directory.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Deletes the rows of sessions that ended (expired or revoked and past their end) once a day. */
@Singleton
public class EndedSessions {

  private static final Logger LOG = Logger.getLogger(EndedSessions.class.getName());

  @Inject Sessions sessions;

  @Schedule(hour = "4", minute = "23", persistent = false)
  void forget() {
    int forgotten = sessions.forgetEndedSessions();
    LOG.info(() -> "forgot " + forgotten + " ended sessions");
  }
}
