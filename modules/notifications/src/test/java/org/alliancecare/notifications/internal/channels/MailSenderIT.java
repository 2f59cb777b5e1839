package org.alliancecare.notifications.internal.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alliancecare.notifications.api.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail through a real SMTP server (GreenMail) on a free port of this machine. */
class MailSenderIT {

  private static final String FROM = "reminders@aks-h1.alliancecare.example";
  private static final String DOCTOR = "dr.aynur@wensu-hospital.alliancecare.example";
  private static final String SUBJECT = "转诊逾期：R-2026-0042 — يوللانما ۋاقتى ئۆتۈپ كەتتى";
  private static final String BODY =
      "转诊单 R-2026-0042 已逾期：古丽米热尚未到温宿县人民医院眼科就诊。\r\n"
          + "R-2026-0042 نومۇرلۇق يوللانما ۋاقتى ئۆتۈپ كەتتى: گۈلمىرە تېخى ئوقسۇ ناھىيەلىك"
          + " خەلق دوختۇرخانىسىغا كەلمىدى.\r\n";

  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private RefusingGreenMail smtp;
  private int port;

  @BeforeEach
  void start_the_mail_server() {
    smtp = new RefusingGreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort(), refusals);
    smtp.start();
    port = smtp.getSmtp().getPort();
  }

  @AfterEach
  void stop_the_mail_server() {
    smtp.stop();
  }

  private MailSender sender() {
    return sender(null, null);
  }

  private MailSender sender(String user, String password) {
    return new MailSender(
        new MailSettings(
            "127.0.0.1",
            port,
            "AllianceCare <" + FROM + ">",
            Optional.ofNullable(user),
            Optional.ofNullable(password),
            false,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2)));
  }

  private static OutgoingMessage mail(String notificationId, String to) {
    return new OutgoingMessage(notificationId, Channel.EMAIL, to, SUBJECT, BODY, "zh-CN");
  }

  @Test
  void a_reminder_arrives_in_utf8_with_from_to_and_a_message_id_made_from_the_notification()
      throws MessagingException, IOException {
    Delivery outcome = sender().send(mail("7f3e1c2a-0b4d-4e55-9a61-2c8d5e0f9b10", DOCTOR));

    assertThat(outcome)
        .isEqualTo(new Delivery.Accepted("<7f3e1c2a-0b4d-4e55-9a61-2c8d5e0f9b10@alliancecare>"));
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo(SUBJECT);
    assertThat(((String) received.getContent()).replace("\r\n", "\n"))
        .isEqualTo(BODY.replace("\r\n", "\n"));
    assertThat(received.getContentType())
        .containsIgnoringCase("text/plain")
        .containsIgnoringCase("utf-8");
    assertThat(received.getFrom())
        .containsExactly(new InternetAddress("AllianceCare <" + FROM + ">"));
    assertThat(received.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress(DOCTOR));
    assertThat(received.getMessageID())
        .isEqualTo("<7f3e1c2a-0b4d-4e55-9a61-2c8d5e0f9b10@alliancecare>");
    assertThat(received.getHeader("Content-Language", null)).isEqualTo("zh-CN");
  }

  @Test
  void a_repeat_carries_the_same_message_id() throws MessagingException {
    sender().send(mail("n-1", DOCTOR));
    sender().send(mail("n-1", DOCTOR));

    assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received[0].getMessageID()).isEqualTo("<n-1@alliancecare>");
    assertThat(received[1].getMessageID()).isEqualTo("<n-1@alliancecare>");
  }

  @Test
  void a_recipient_the_server_refuses_for_good_is_refused() {
    refusals.put(DOCTOR, "550 5.1.1 No such user here");

    Delivery outcome = sender().send(mail("n-2", DOCTOR));

    assertThat(outcome).isInstanceOf(Delivery.Refused.class);
    assertThat(((Delivery.Refused) outcome).reason()).contains("550").doesNotContain(DOCTOR);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_recipient_the_server_defers_is_retried() {
    refusals.put(DOCTOR, "450 4.2.1 Mailbox busy, try again later");

    Delivery outcome = sender().send(mail("n-3", DOCTOR));

    assertThat(outcome).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) outcome).reason()).contains("450");
  }

  @Test
  void an_address_that_does_not_parse_is_refused_without_a_connection() {
    smtp.stop();

    assertThat(sender().send(mail("n-4", "dr.aynur at wensu")))
        .isEqualTo(new Delivery.Refused("not an e-mail address"));
    assertThat(sender().send(mail("n-4", ""))).isEqualTo(new Delivery.Refused("no e-mail address"));
  }

  @Test
  void a_stopped_mail_server_is_retried() {
    smtp.stop();

    Delivery outcome = sender().send(mail("n-5", DOCTOR));

    assertThat(outcome).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) outcome).reason()).contains("ConnectException");
  }

  @Test
  void a_login_the_server_refuses_is_refused_and_the_right_one_is_accepted() {
    smtp.setUser(FROM, "reminders", "the-right-password");

    Delivery wrong = sender("reminders", "a-wrong-password").send(mail("n-7", DOCTOR));
    Delivery right = sender("reminders", "the-right-password").send(mail("n-8", DOCTOR));

    assertThat(wrong).isEqualTo(new Delivery.Refused("the mail server refused the login"));
    assertThat(right).isEqualTo(new Delivery.Accepted("<n-8@alliancecare>"));
  }

  @Test
  void a_mail_server_that_never_answers_is_retried_after_the_read_timeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = silent.getLocalPort();
      long start = System.nanoTime();

      Delivery outcome = sender().send(mail("n-9", DOCTOR));

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(outcome).isInstanceOf(Delivery.Retry.class);
      assertThat(((Delivery.Retry) outcome).reason()).contains("SocketTimeoutException");
      assertThat(took).isBetween(Duration.ofMillis(1_500), Duration.ofSeconds(10));
    }
  }

  @Test
  void e_mail_is_on_only_with_a_host_and_a_sender_address() {
    Map<String, String> complete =
        Map.of(
            "alliancecare.mail.host",
            "127.0.0.1",
            "alliancecare.mail.port",
            Integer.toString(port),
            "alliancecare.mail.from",
            FROM);
    Map<String, String> noFrom = Map.of("alliancecare.mail.host", "127.0.0.1");
    Map<String, String> badFrom =
        Map.of("alliancecare.mail.host", "127.0.0.1", "alliancecare.mail.from", "reminders at aks");

    assertThat(new Senders(key -> Optional.ofNullable(complete.get(key))).of(Channel.EMAIL))
        .hasValueSatisfying(
            s -> assertThat(s.send(mail("n-6", DOCTOR))).isInstanceOf(Delivery.Accepted.class));
    assertThat(new Senders(key -> Optional.ofNullable(noFrom.get(key))).of(Channel.EMAIL))
        .isEmpty();
    assertThat(new Senders(key -> Optional.ofNullable(badFrom.get(key))).of(Channel.EMAIL))
        .isEmpty();
    assertThat(new Senders(key -> Optional.empty()).of(Channel.EMAIL)).isEmpty();
  }

  /**
   * GreenMail takes every recipient; this one answers RCPT TO for the addresses in {@code refusals}
   * with the reply given there, as a real server does for an unknown or busy mailbox.
   */
  private static final class RefusingGreenMail extends GreenMail {
    private final Map<String, String> refusals;

    RefusingGreenMail(ServerSetup setup, Map<String, String> refusals) {
      super(setup);
      this.refusals = refusals;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
      this.managers = new RefusingManagers(refusals);
      return super.createServices(config, this.managers);
    }
  }

  private static final class RefusingManagers extends Managers {
    private final SmtpManager smtpManager;

    RefusingManagers(Map<String, String> refusals) {
      ImapHostManager mailboxes = super.getImapHostManager();
      UserManager users = super.getUserManager();
      this.smtpManager =
          new SmtpManager(mailboxes, users) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
              return refusals.get(recipient.getEmail());
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtpManager;
    }
  }
}
