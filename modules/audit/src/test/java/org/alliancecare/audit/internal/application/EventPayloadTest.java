package org.alliancecare.audit.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.junit.jupiter.api.Test;

class EventPayloadTest {

  public record ReferralAccepted(
      String referralId,
      String patientNumber,
      String actor,
      Instant occurredAt,
      Map<String, Object> details,
      String note)
      implements DomainEvent {
    @Override
    public String streamType() {
      return "Referral";
    }

    @Override
    public String streamId() {
      return referralId;
    }

    @Override
    public Optional<String> patientId() {
      return Optional.of(patientNumber);
    }
  }

  private static ReferralAccepted accepted(Map<String, Object> details) {
    return new ReferralAccepted(
        "r-1", "p-7", "dr.aysha", Instant.parse("2026-05-04T03:00:00Z"), details, null);
  }

  @Test
  void the_payload_is_the_event_record_with_sorted_keys_and_nulls_kept() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("urgency", "URGENT");
    details.put("specialty", "ENT");
    assertThat(EventPayload.of(accepted(details)))
        .isEqualTo(
            "{\"actor\":\"dr.aysha\",\"details\":{\"specialty\":\"ENT\",\"urgency\":\"URGENT\"},"
                + "\"note\":null,\"occurredAt\":\"2026-05-04T03:00:00Z\",\"patientNumber\":\"p-7\","
                + "\"referralId\":\"r-1\"}");
  }

  @Test
  void map_order_does_not_change_the_payload() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("a", 1);
    one.put("b", Map.of("y", 2, "x", 3));
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("b", Map.of("x", 3, "y", 2));
    other.put("a", 1);
    assertThat(EventPayload.of(accepted(one))).isEqualTo(EventPayload.of(accepted(other)));
  }
}
