package org.alliancecare.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.util.List;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.events.ConsentGiven;
import org.alliancecare.reporting.api.RecordedEvent;
import org.junit.jupiter.api.Test;

class JournalPayloadsTest {

  /** How the audit module writes an event's payload (docs/audit.md: JSON-B, every component). */
  private static final Jsonb AS_JOURNALED =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
              .withNullValues(true));

  static RecordedEvent journaled(long seq, DomainEvent event) {
    return new RecordedEvent(
        seq, event.streamType(), event.eventType(), AS_JOURNALED.toJson(event));
  }

  @Test
  void every_followed_event_reads_back_from_its_journal_payload_as_the_same_record() {
    List<DomainEvent> events = SampleEvents.everyKind();
    long seq = 0;
    for (DomainEvent event : events) {
      RecordedEvent entry = journaled(++seq, event);
      if (event instanceof ConsentGiven) {
        assertThat(JournalPayloads.eventOf(entry)).as(entry.payload()).isEmpty();
      } else {
        assertThat(JournalPayloads.eventOf(entry)).as(entry.payload()).contains(event);
      }
    }
  }

  @Test
  void the_read_models_follow_every_sample_but_the_consent() {
    assertThat(SampleEvents.everyKind().stream().filter(e -> !Projection.follows(e)))
        .extracting(DomainEvent::eventType)
        .containsExactly("ConsentGiven");
  }

  @Test
  void an_entry_of_another_stream_with_a_followed_name_is_left_alone() {
    DomainEvent registered = SampleEvents.everyKind().get(0);
    RecordedEvent elsewhere =
        new RecordedEvent(
            7, "Practitioner", registered.eventType(), AS_JOURNALED.toJson(registered));

    assertThat(JournalPayloads.eventOf(elsewhere)).isEmpty();
  }

  @Test
  void an_event_the_read_models_do_not_follow_is_not_read() {
    assertThat(
            JournalPayloads.eventOf(
                new RecordedEvent(9, "Account", "AccountCreated", "{\"username\": \"admin\"}")))
        .isEmpty();
  }
}
