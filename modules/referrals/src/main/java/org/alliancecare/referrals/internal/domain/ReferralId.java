package org.alliancecare.referrals.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** A referral's id. */
public record ReferralId(UUID value) implements Identifier {

  public ReferralId {
    Objects.requireNonNull(value, "value");
  }

  public static ReferralId newId() {
    return new ReferralId(UUID.randomUUID());
  }

  /** From its string form; a malformed one is a referral that does not exist. */
  public static ReferralId of(String text) {
    return new ReferralId(Identifier.parse(text, "referral"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
