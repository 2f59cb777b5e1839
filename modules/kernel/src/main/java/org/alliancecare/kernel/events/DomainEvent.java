package org.alliancecare.kernel.events;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that changed in a module, as a fact. Every state change raises one (modules publish
 * their event records, which implement this interface, through CDI); the audit module writes each
 * to its journal in the same transaction as the change, and its JSON form is the journal's payload.
 */
public interface DomainEvent {

  /** The kind of subject whose history this event extends, e.g. {@code Clinic}, {@code Patient}. */
  String streamType();

  /** The subject's id. */
  String streamId();

  /** The username of whoever caused the change ({@code system} for the application itself). */
  String actor();

  Instant occurredAt();

  /** What happened, in the past tense; by default the event record's simple name. */
  default String eventType() {
    return getClass().getSimpleName();
  }

  /**
   * Whether this event starts its stream: the subject was just created under a new id, so no entry
   * can precede it. The journal then writes version 1 without reading the stream's head; should the
   * stream have an entry after all, that version is taken and the change fails instead of forking
   * the chain.
   */
  default boolean opensStream() {
    return false;
  }

  /** The patient whose record this is, when the subject is a patient's. */
  default Optional<String> patientId() {
    return Optional.empty();
  }
}
