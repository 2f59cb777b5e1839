package org.alliancecare.alliances.api;

import jakarta.ws.rs.ForbiddenException;

/**
 * The caller's role would allow the change, but not for this alliance: an alliance lead manages
 * only the alliances that their practitioner currently leads. Answered 403 like a role that is not
 * allowed at all (the application maps it as any other forbidden request); reading stays open.
 */
public class NotAllowedToManage extends ForbiddenException {

  private static final long serialVersionUID = 1L;

  public NotAllowedToManage(String what) {
    super("only the alliance's current lead, a coordinator or an administrator may change " + what);
  }
}
