package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.RecipientKind;
import org.alliancecare.notifications.internal.domain.Cause;
import org.alliancecare.notifications.internal.domain.Families;
import org.alliancecare.notifications.internal.domain.MessageText;
import org.alliancecare.notifications.internal.domain.NewReminder;
import org.alliancecare.notifications.internal.domain.RecipientRole;
import org.alliancecare.notifications.internal.domain.ReminderRule;
import org.alliancecare.notifications.internal.domain.Staff;
import org.alliancecare.notifications.internal.persistence.Outbox;
import org.alliancecare.notifications.internal.persistence.RuleBook;
import org.alliancecare.notifications.internal.persistence.RuleBook.Template;

/**
 * Writes a rule's reminders about one cause into the outbox, in the caller's transaction: one per
 * recipient and channel, in the recipient's language (a family's as the patient's record keeps it,
 * staff's as their account's). An inbox reminder is delivered by being written; a family that opted
 * out, or a recipient without a phone or address for the channel, gets a SKIPPED one, so that
 * coordinators see why nobody was told.
 */
@ApplicationScoped
public class Reminders {

  static final String FAMILY = "FAMILY";
  static final String STAFF = "STAFF";
  private static final String DEFAULT_LANGUAGE = "zh-CN";

  @Inject RuleBook rules;
  @Inject Outbox outbox;
  @Inject Families families;
  @Inject Staff staff;
  @Inject Clock clock;

  public Reminders() {}

  public Reminders(RuleBook rules, Outbox outbox, Families families, Staff staff, Clock clock) {
    this.rules = rules;
    this.outbox = outbox;
    this.families = families;
    this.staff = staff;
    this.clock = clock;
  }

  /** Tells the family of {@code patientId}, by the rule's family channels. */
  public int toFamily(ReminderRule rule, Cause cause, String patientId) {
    if (!rule.recipients().contains(RecipientRole.FAMILY)) {
      return 0;
    }
    Optional<Families.Family> found = families.of(patientId);
    String language = found.map(Families.Family::language).orElse(DEFAULT_LANGUAGE);
    Map<String, String> fields = fields(cause, language);
    found.ifPresent(family -> fields.put("child", family.childName()));
    Optional<Template> template = rules.template(rule.code(), FAMILY, language);
    int written = 0;
    for (Channel channel : rule.familyChannels()) {
      String skipped =
          found.isEmpty()
              ? "no such patient"
              : found.get().optedOut()
                  ? "the family opted out of reminders"
                  : blank(found.get().phone()) ? "no phone number" : null;
      if (template.isEmpty()) {
        skipped = "no template";
      }
      written +=
          write(
              rule,
              cause,
              RecipientKind.GUARDIAN,
              patientId,
              channel,
              language,
              found.map(Families.Family::phone).orElse(null),
              template,
              fields,
              skipped);
    }
    return written;
  }

  /** Tells each of {@code usernames} (once each), by the rule's staff channels. */
  public int toStaff(ReminderRule rule, Cause cause, Collection<String> usernames) {
    int written = 0;
    for (String username : new LinkedHashSet<>(usernames)) {
      Optional<Staff.Member> member = staff.member(username);
      String language =
          member.map(Staff.Member::language).filter(l -> !blank(l)).orElse(DEFAULT_LANGUAGE);
      Map<String, String> fields = fields(cause, language);
      Optional<Template> template = rules.template(rule.code(), STAFF, language);
      for (Channel channel : rule.staffChannels()) {
        String address =
            channel == Channel.EMAIL ? member.map(Staff.Member::email).orElse(null) : null;
        String skipped =
            member.isEmpty() || !member.get().enabled()
                ? "no such enabled account"
                : channel == Channel.EMAIL && blank(address) ? "no e-mail address" : null;
        if (template.isEmpty()) {
          skipped = "no template";
        }
        written +=
            write(
                rule,
                cause,
                RecipientKind.ACCOUNT,
                username,
                channel,
                language,
                address,
                template,
                fields,
                skipped);
      }
    }
    return written;
  }

  private Map<String, String> fields(Cause cause, String language) {
    Map<String, String> fields = new HashMap<>(cause.fields());
    fields.put("number", cause.number());
    if (cause.specialty() != null) {
      fields.put("department", rules.department(cause.specialty(), language));
    }
    return fields;
  }

  private int write(
      ReminderRule rule,
      Cause cause,
      RecipientKind kind,
      String recipient,
      Channel channel,
      String language,
      String address,
      Optional<Template> template,
      Map<String, String> fields,
      String skipped) {
    DeliveryStatus status =
        skipped != null
            ? DeliveryStatus.SKIPPED
            : channel == Channel.INBOX ? DeliveryStatus.SENT : DeliveryStatus.PENDING;
    Instant now = clock.instant();
    boolean written =
        outbox.add(
            new NewReminder(
                rule.code(),
                cause.type(),
                cause.id(),
                cause.occasion(),
                cause.number(),
                cause.placeCode(),
                kind,
                recipient,
                channel,
                language,
                status == DeliveryStatus.SKIPPED ? null : address,
                template.map(t -> MessageText.fill(t.subject(), fields)).orElse(""),
                template.map(t -> MessageText.fill(t.body(), fields)).orElse(""),
                channel == Channel.INBOX ? cause.link() : null,
                status,
                skipped,
                now));
    return written ? 1 : 0;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
