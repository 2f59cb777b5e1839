package org.alliancecare.notifications.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.api.InboxItem;
import org.alliancecare.notifications.api.NotificationView;
import org.alliancecare.notifications.api.RecipientKind;
import org.alliancecare.notifications.internal.channels.Delivery;
import org.alliancecare.notifications.internal.channels.OutgoingMessage;
import org.alliancecare.notifications.internal.channels.Sender;
import org.alliancecare.notifications.internal.domain.Families;
import org.alliancecare.notifications.internal.domain.QuietHours;
import org.alliancecare.notifications.internal.domain.Staff;
import org.alliancecare.notifications.internal.persistence.Outbox;
import org.alliancecare.notifications.internal.persistence.RuleBook;
import org.alliancecare.notifications.internal.persistence.TrackedFacts;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.outreach.api.events.StaffAssigned;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.referrals.api.events.ReferralAccepted;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.screening.api.events.ScreeningRecorded;
import org.alliancecare.testing.MovableClock;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder rules, the outbox and its worker on real PostgreSQL, with the seeded rules of
 * migration V1: an overdue referral reminds the family by SMS in their language and the referring
 * doctor by inbox and e-mail, exactly once however often the scan runs; quiet hours in the family's
 * time zone, opt-out, retries with backoff, a refusal, a claim whose node died, the inbox. The
 * families and staff are the test's (the patients and directory modules answer in the application);
 * the channels are recorders that can fail on demand (the real SMTP and SMS gateway are tested in
 * the channels' own tests and the whole-application test).
 */
class RemindersIT {

  private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
  private static final String WENSU = "652922";
  private static final String JIAMU_TOWN = "652922-T01";
  private static final String HOSPITAL = "org-wensu-hospital";
  private static final String NOT_ACCEPTED = "referral-not-accepted";

  private static DataSource dataSource;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T04:00:00Z"));
  private final Map<String, Families.Family> families = new HashMap<>();
  private final Map<String, Staff.Member> accounts = new HashMap<>();
  private final Recorder sms = new Recorder(Channel.SMS);
  private final Recorder mail = new Recorder(Channel.EMAIL);
  private Outbox outbox;
  private TrackedFacts facts;
  private Triggers triggers;
  private FactsFromEvents events;
  private Deliveries worker;

  /** A channel that records what it is given and answers as the test says. */
  static final class Recorder implements Sender {
    final Channel channel;
    final List<OutgoingMessage> sent = new ArrayList<>();
    Function<OutgoingMessage, Delivery> answer =
        m -> new Delivery.Accepted("ok-" + m.notificationId());

    Recorder(Channel channel) {
      this.channel = channel;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
      sent.add(message);
      return answer.apply(message);
    }
  }

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("notifications"));
  }

  @BeforeEach
  void wire() {
    outbox = new Outbox(dataSource);
    facts = new TrackedFacts(dataSource);
    RuleBook rules = new RuleBook(dataSource);
    Staff staff =
        new Staff() {
          @Override
          public Optional<Member> member(String username) {
            return Optional.ofNullable(accounts.get(username));
          }

          @Override
          public List<String> coordinatorsCovering(String placeCode) {
            return placeCode.startsWith(WENSU) ? List.of("coord-wensu") : List.of();
          }

          @Override
          public List<String> accountsOf(String practitionerId) {
            return practitionerId.equals("pr-aygul") ? List.of("dr-aygul") : List.of();
          }

          @Override
          public Optional<String> placeOfOrganisation(String organisationId) {
            return organisationId.equals(HOSPITAL) ? Optional.of(WENSU) : Optional.empty();
          }

          @Override
          public String organisationName(String organisationId) {
            return organisationId.equals(HOSPITAL) ? "温宿县人民医院" : organisationId;
          }
        };
    Reminders reminders =
        new Reminders(
            rules, outbox, patient -> Optional.ofNullable(families.get(patient)), staff, clock);
    triggers = new Triggers(rules, facts, reminders, staff);
    events = new FactsFromEvents(facts, triggers, staff);
    Map<Channel, Sender> senders = Map.of(Channel.SMS, sms, Channel.EMAIL, mail);
    worker =
        new Deliveries(
            outbox,
            channel -> Optional.ofNullable(senders.get(channel)),
            QuietHours.NIGHT,
            URUMQI,
            clock,
            Duration.ofMinutes(2),
            50);
    accounts.put("dr-aygul", new Staff.Member("dr-aygul", "aygul@wensu.example.cn", "ug-CN", true));
    accounts.put("coord-wensu", new Staff.Member("coord-wensu", null, "zh-CN", true));
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** A referral the doctor requested on {@code requestedOn}, due on {@code dueOn}. */
  private String referred(String patient, LocalDate requestedOn, LocalDate dueOn) {
    String referral = id();
    String screening = id();
    events.screeningRecorded(
        new ScreeningRecorded(
            screening,
            patient,
            null,
            null,
            clock.instant(),
            null,
            1,
            null,
            null,
            List.of(),
            "rules-1",
            "dr-aygul",
            clock.instant()));
    events.referralRequested(
        new ReferralRequested(
            referral,
            "R-" + referral.substring(0, 6),
            patient,
            JIAMU_TOWN,
            WENSU,
            SourceKind.SCREENING,
            screening,
            HOSPITAL,
            "OPHTHALMOLOGY",
            Urgency.ROUTINE,
            dueOn,
            requestedOn,
            "system",
            clock.instant()));
    return referral;
  }

  private String child(String name, String language, boolean optedOut) {
    String patient = id();
    families.put(patient, new Families.Family(name, "+86 138 0013 8000", language, optedOut));
    return patient;
  }

  /** The reminders about the record, but those that its referral was not accepted in time. */
  private List<NotificationView> about(String causeId) {
    return outbox.notifications(null, null, PageRequest.first(500)).items().stream()
        .filter(n -> n.causeId().equals(causeId) && !n.rule().equals(NOT_ACCEPTED))
        .toList();
  }

  private List<NotificationView> notAccepted(String referral) {
    return outbox.notifications(null, null, PageRequest.first(500)).items().stream()
        .filter(n -> n.causeId().equals(referral) && n.rule().equals(NOT_ACCEPTED))
        .toList();
  }

  private NotificationView by(List<NotificationView> found, Channel channel) {
    return found.stream().filter(n -> n.channel() == channel).findFirst().orElseThrow();
  }

  @Test
  void an_overdue_referral_reminds_the_family_and_the_doctor_once_however_often_it_is_scanned() {
    String gulmira = child("گۈلمىرە", "ug-CN", false);
    String referral =
        referred(gulmira, LocalDate.parse("2026-12-06"), LocalDate.parse("2026-12-20"));
    clock.setToDay("2026-12-20");
    triggers.scan(LocalDate.parse("2026-12-20"));
    assertThat(about(referral)).as("not overdue on its due day").isEmpty();

    clock.setToDay("2026-12-21"); // noon in Beijing, 10:00 in Urumqi: not quiet
    triggers.scan(LocalDate.parse("2026-12-21"));
    triggers.scan(LocalDate.parse("2026-12-21"));
    triggers.scan(LocalDate.parse("2026-12-22"));

    List<NotificationView> written = about(referral);
    assertThat(written)
        .extracting(NotificationView::recipientKind, NotificationView::channel)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RecipientKind.GUARDIAN, Channel.SMS),
            org.assertj.core.groups.Tuple.tuple(RecipientKind.ACCOUNT, Channel.INBOX),
            org.assertj.core.groups.Tuple.tuple(RecipientKind.ACCOUNT, Channel.EMAIL));
    assertThat(by(written, Channel.INBOX).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(by(written, Channel.INBOX).recipient())
        .as("the doctor who recorded the screening the system referred from")
        .isEqualTo("dr-aygul");
    assertThat(by(written, Channel.SMS).status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(by(written, Channel.SMS).address()).isEqualTo("138****8000");

    assertThat(worker.deliverDue())
        .as("the SMS and the e-mail, and any due before")
        .isGreaterThanOrEqualTo(2);
    assertThat(worker.deliverDue()).isZero();
    triggers.scan(LocalDate.parse("2026-12-23"));
    assertThat(worker.deliverDue()).isZero();

    assertThat(sms.sent).filteredOn(m -> m.body().contains("گۈلمىرە")).hasSize(1);
    OutgoingMessage text =
        sms.sent.stream().filter(m -> m.body().contains("گۈلمىرە")).findFirst().orElseThrow();
    assertThat(text.language()).isEqualTo("ug-CN");
    assertThat(text.body())
        .contains("گۈلمىرە", "温宿县人民医院", "كۆز بۆلۈمى", "12-20", "R-" + referral.substring(0, 6))
        .as("nothing about the child's condition")
        .doesNotContain("REFER", "OPHTHALMOLOGY");
    List<OutgoingMessage> mails =
        mail.sent.stream()
            .filter(m -> m.subject().contains("R-" + referral.substring(0, 6)))
            .toList();
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).address()).isEqualTo("aygul@wensu.example.cn");
    assertThat(about(referral))
        .extracting(NotificationView::status)
        .containsOnly(DeliveryStatus.SENT);
  }

  @Test
  void a_chinese_family_is_told_in_chinese() {
    String child = child("古丽米热", "zh-CN", false);
    String referral = referred(child, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-15"));
    clock.setToDay("2026-11-16");
    triggers.scan(LocalDate.parse("2026-11-16"));
    worker.deliverDue();

    OutgoingMessage text =
        sms.sent.stream().filter(m -> m.body().contains("古丽米热")).findFirst().orElseThrow();
    assertThat(text.body())
        .isEqualTo("请于 11-15 前带 古丽米热 到 温宿县人民医院 眼科 就诊，转诊号 R-" + referral.substring(0, 6) + "。");
  }

  @Test
  void no_sms_at_night_in_the_family_s_time_zone_the_e_mail_goes_at_once() {
    String child = child("ئايگۈل", "ug-CN", false);
    String referral = referred(child, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-10"));
    clock.setTo("2026-10-11T17:30:00Z"); // 23:30 in Urumqi, 01:30 of the 12th in Beijing
    triggers.scan(LocalDate.parse("2026-10-12"));

    worker.deliverDue();

    NotificationView held = by(about(referral), Channel.SMS);
    assertThat(held.status()).isEqualTo(DeliveryStatus.HELD);
    assertThat(held.attempts()).isZero();
    assertThat(held.nextAttemptAt()).isEqualTo(Instant.parse("2026-10-12T02:00:00Z"));
    assertThat(by(about(referral), Channel.EMAIL).status()).isEqualTo(DeliveryStatus.SENT);

    clock.setTo("2026-10-12T01:59:00Z");
    worker.deliverDue();
    assertThat(by(about(referral), Channel.SMS).status()).isEqualTo(DeliveryStatus.HELD);
    clock.setTo("2026-10-12T02:00:00Z"); // 08:00 in Urumqi
    worker.deliverDue();
    assertThat(by(about(referral), Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sms.sent).filteredOn(m -> m.body().contains("ئايگۈل")).hasSize(1);
  }

  @Test
  void a_family_that_opted_out_gets_no_sms_and_the_doctor_is_still_told() {
    String child = child("بىلال", "ug-CN", true);
    String referral = referred(child, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"));
    clock.setToDay("2026-09-11");
    triggers.scan(LocalDate.parse("2026-09-11"));
    worker.deliverDue();

    NotificationView text = by(about(referral), Channel.SMS);
    assertThat(text.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(text.lastError()).isEqualTo("the family opted out of reminders");
    assertThat(text.address()).isNull();
    assertThat(sms.sent).noneMatch(m -> m.body().contains("بىلال"));
    assertThat(by(about(referral), Channel.INBOX).status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void a_failed_sms_is_tried_again_after_the_backoff_and_a_refusal_is_final() {
    String child = child("دىلنۇر", "ug-CN", false);
    String referral = referred(child, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-10"));
    clock.setToDay("2026-08-11");
    triggers.scan(LocalDate.parse("2026-08-11"));
    sms.answer = m -> new Delivery.Retry("HTTP 503");

    worker.deliverDue();
    NotificationView failed = by(about(referral), Channel.SMS);
    assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("HTTP 503");
    assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    worker.deliverDue();
    assertThat(by(about(referral), Channel.SMS).attempts()).as("not before its time").isEqualTo(1);

    clock.setTo(clock.instant().plus(Duration.ofMinutes(1)).toString());
    sms.answer = m -> new Delivery.Accepted("sid-1");
    worker.deliverDue();
    NotificationView sent = by(about(referral), Channel.SMS);
    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);

    String other = child("مەرىيەم", "ug-CN", false);
    String refused = referred(other, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-10"));
    triggers.scan(LocalDate.parse("2026-08-11"));
    sms.answer = m -> new Delivery.Refused("not a mobile number");
    worker.deliverDue();
    assertThat(by(about(refused), Channel.SMS).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(by(about(refused), Channel.SMS).lastError()).isEqualTo("not a mobile number");
  }

  @Test
  void a_claim_whose_node_died_before_sending_is_sent_once_when_its_lease_runs_out() {
    String child = child("ئەخمەت", "ug-CN", false);
    String referral = referred(child, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-10"));
    clock.setToDay("2026-07-11");
    triggers.scan(LocalDate.parse("2026-07-11"));
    // a node claims the reminders and dies before it sends them
    assertThat(outbox.claimDue(clock.instant(), Duration.ofMinutes(2), 50)).isNotEmpty();

    worker.deliverDue();
    assertThat(sms.sent).noneMatch(m -> m.body().contains("ئەخمەت"));

    clock.setTo(clock.instant().plus(Duration.ofMinutes(2)).toString());
    worker.deliverDue();
    worker.deliverDue();
    assertThat(sms.sent).filteredOn(m -> m.body().contains("ئەخمەت")).hasSize(1);
    assertThat(by(about(referral), Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void a_referral_not_accepted_in_three_days_tells_the_receiving_coordinators_until_accepted() {
    String child = child("ئابدۇللا", "ug-CN", false);
    String waiting = referred(child, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));
    String accepted = referred(child, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));
    events.referralMoved(
        new ReferralAccepted(
            accepted, "R-x", child, JIAMU_TOWN, WENSU, "coord-wensu", clock.instant()));
    triggers.scan(LocalDate.parse("2026-06-03"));
    assertThat(notAccepted(waiting)).isEmpty();

    triggers.scan(LocalDate.parse("2026-06-04"));

    assertThat(notAccepted(accepted)).isEmpty();
    List<NotificationView> told = notAccepted(waiting);
    assertThat(told).extracting(NotificationView::recipient).containsOnly("coord-wensu");
    assertThat(by(told, Channel.EMAIL).status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(by(told, Channel.EMAIL).lastError()).isEqualTo("no e-mail address");
    InboxItem item =
        outbox.inbox("coord-wensu", true, PageRequest.first(50)).items().stream()
            .filter(i -> waiting.equals(i.causeId()))
            .findFirst()
            .orElseThrow();
    assertThat(item.subject()).contains("未接收");
    assertThat(item.link()).isEqualTo("app/records/referral.xhtml?id=" + waiting);
  }

  @Test
  void the_inbox_is_its_owner_s_and_marking_read_keeps_the_first_time() {
    String child = child("نۇرگۈل", "zh-CN", false);
    referred(child, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-10"));
    clock.setToDay("2026-05-11");
    triggers.scan(LocalDate.parse("2026-05-11"));
    long unread = outbox.unread("dr-aygul");
    InboxItem item = outbox.inbox("dr-aygul", true, PageRequest.first(1)).items().get(0);

    assertThat(outbox.markRead("coord-wensu", item.id(), clock.instant())).isEmpty();
    InboxItem read = outbox.markRead("dr-aygul", item.id(), clock.instant()).orElseThrow();
    clock.setTo(clock.instant().plusSeconds(60).toString());
    InboxItem again = outbox.markRead("dr-aygul", item.id(), clock.instant()).orElseThrow();

    assertThat(read.readAt()).isNotNull().isEqualTo(again.readAt());
    assertThat(outbox.unread("dr-aygul")).isEqualTo(unread - 1);
    assertThat(outbox.markRead("dr-aygul", "not-an-id", clock.instant())).isEmpty();
    assertThatThrownBy(() -> outbox.inbox("dr-aygul", false, PageRequest.of(10, "cbm9uc2Vuc2U")))
        .isInstanceOf(org.alliancecare.kernel.InvalidInput.class);
  }

  @Test
  void
      a_milestone_due_in_three_days_and_a_published_clinic_tell_coordinators_staff_and_booked_families() {
    String child = child("مۇھەممەد", "ug-CN", false);
    String milestone = id();
    events.milestonePlanned(
        new MilestonePlanned(
            id(),
            "C-1",
            child,
            "QIMING",
            1,
            JIAMU_TOWN,
            WENSU,
            milestone,
            null,
            "FITTING",
            "助听器验配",
            LocalDate.parse("2026-04-10"),
            false,
            "coord-wensu",
            clock.instant()));
    triggers.scan(LocalDate.parse("2026-04-06"));
    assertThat(about(milestone)).isEmpty();
    triggers.scan(LocalDate.parse("2026-04-07"));
    assertThat(about(milestone))
        .extracting(NotificationView::recipient)
        .containsOnly("coord-wensu");

    String clinic = id();
    events.clinicPlanned(
        new ClinicPlanned(
            clinic,
            "OC-1",
            "佳木镇义诊",
            "alliance-ped",
            List.of(),
            JIAMU_TOWN,
            "佳木镇卫生院",
            LocalDate.parse("2026-04-20"),
            java.time.LocalTime.of(10, 0),
            null,
            "Asia/Shanghai",
            clock.instant(),
            clock.instant(),
            List.of("VISION"),
            40,
            "lead",
            clock.instant()));
    events.staffAssigned(
        new StaffAssigned(
            clinic, "pr-aygul", "DOCTOR", "alliance-ped", 2, "lead", clock.instant()));
    events.patientAttended(
        new PatientAttended(id(), clinic, child, "BOOKED", null, "lead", clock.instant()));
    events.clinicPublished(new ClinicPublished(clinic, 3, "lead", clock.instant()));

    assertThat(about(clinic))
        .extracting(NotificationView::recipient, NotificationView::channel)
        .contains(
            org.assertj.core.groups.Tuple.tuple("dr-aygul", Channel.INBOX),
            org.assertj.core.groups.Tuple.tuple("dr-aygul", Channel.EMAIL),
            org.assertj.core.groups.Tuple.tuple(child, Channel.SMS));
    triggers.scan(LocalDate.parse("2026-04-19"));
    assertThat(about(clinic).stream().filter(n -> n.rule().equals("clinic-tomorrow")))
        .extracting(NotificationView::recipient)
        .containsExactlyInAnyOrder("dr-aygul", child);
  }
}
