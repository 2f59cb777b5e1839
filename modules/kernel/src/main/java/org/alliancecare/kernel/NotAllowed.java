package org.alliancecare.kernel;

/**
 * The caller's role may make this kind of change, but not to this record: the record is in the
 * caller's data scope, and a rule of the module says who may act on it (the receiving organisation
 * of a referral, its requester). Answered 403 like a role that is not allowed at all; subclasses
 * name the rule.
 */
public abstract class NotAllowed extends RuntimeException {

  protected NotAllowed(String message) {
    super(message, null, false, false);
  }
}
