package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.directory.api.CurrentCaller;

/**
 * The journal's verification status: the outcome of the last verification (by whom and when) and
 * "verify now", which recomputes every hash chain ({@code POST /api/audit/verify}); the latest
 * checkpoint to keep outside the system.
 */
@Named
@RequestScoped
public class JournalPage {

  @Inject AuditFacade audit;
  @Inject CurrentCaller caller;
  @Inject VerificationStatus last;
  @Inject Texts texts;
  @Inject Clock clock;

  private Checkpoint checkpoint;

  public void load() {
    checkpoint = audit.latestCheckpoint();
  }

  public String verifyNow() {
    Verification verification = audit.verify(null, null, null);
    last.record(verification, caller.get().username(), clock.instant());
    if (verification.verified()) {
      texts.info("journal.verified", verification.entriesChecked(), verification.streamsChecked());
    } else {
      texts.error(texts.text("journal.broken", verification.firstBroken().streamType()));
    }
    return Navigation.to("/app/audit/journal.xhtml");
  }

  public Checkpoint getCheckpoint() {
    return checkpoint;
  }

  public VerificationStatus getLast() {
    return last;
  }
}
