package org.alliancecare.notifications.internal.channels;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.notifications.api.Channel;

/**
 * E-mail over SMTP with Jakarta Mail: plain text in UTF-8 (subjects and bodies in Chinese and
 * Uyghur), and a Message-ID made from the notification's id ({@code <id@alliancecare>}) so that a
 * repeat after a crash reads as the same message to the receiving side.
 *
 * <p>Failures are classified by what the server or the network said: a connection refused or timed
 * out, or an SMTP reply 4xx (try again later), is {@link Delivery.Retry}; an SMTP reply 5xx (e.g.
 * 550 no such user), an address that does not parse and a refused login are {@link
 * Delivery.Refused}.
 */
public final class MailSender implements Sender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /** A reply line of an SMTP server: three digits, then a space, a hyphen or the end. */
  private static final Pattern SMTP_REPLY = Pattern.compile("^\\s*([2-5])(\\d\\d)(?:[ -]|$)");

  /** What may stand on the left of a Message-ID's {@code @} (RFC 5322 dot-atom-text, narrowed). */
  private static final Pattern NOT_IN_MESSAGE_ID = Pattern.compile("[^A-Za-z0-9._-]");

  private final MailSettings settings;
  private final Session session;
  private final InternetAddress from;

  MailSender(MailSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          MailSettings.FROM + " is not an e-mail address: " + e.getMessage(), e);
    }
  }

  private static Properties properties(MailSettings settings) {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    String connect = Long.toString(settings.connectTimeout().toMillis());
    String read = Long.toString(settings.readTimeout().toMillis());
    properties.setProperty("mail.smtp.connectiontimeout", connect);
    properties.setProperty("mail.smtp.timeout", read);
    properties.setProperty("mail.smtp.writetimeout", read);
    properties.setProperty("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
    return properties;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public Delivery send(OutgoingMessage message) {
    if (message.channel() != Channel.EMAIL) {
      throw new IllegalArgumentException("not an e-mail: " + message.channel());
    }
    Delivery outcome = deliver(message);
    LOG.info(() -> "E-mail of notification " + message.notificationId() + ": " + outcome);
    return outcome;
  }

  private Delivery deliver(OutgoingMessage message) {
    if (message.address() == null || message.address().isBlank()) {
      return new Delivery.Refused("no e-mail address");
    }
    InternetAddress to;
    try {
      to = new InternetAddress(message.address(), true);
      to.validate();
    } catch (AddressException e) {
      return new Delivery.Refused("not an e-mail address");
    }
    String messageId = messageId(message.notificationId());
    try {
      MimeMessage mail = new StableIdMessage(session, messageId);
      mail.setFrom(from);
      mail.setRecipient(Message.RecipientType.TO, to);
      mail.setSubject(message.subject() == null ? "" : message.subject(), "UTF-8");
      mail.setText(message.body(), "UTF-8", "plain");
      if (message.language() != null) {
        mail.setHeader("Content-Language", message.language());
      }
      mail.setSentDate(new Date());
      mail.saveChanges();
      Optional<String> user = settings.user();
      if (user.isPresent()) {
        Transport.send(mail, user.get(), settings.password().orElse(""));
      } else {
        Transport.send(mail);
      }
      return new Delivery.Accepted(messageId);
    } catch (MessagingException e) {
      return classify(e);
    }
  }

  /**
   * {@code <notificationId@alliancecare>}, with anything a Message-ID cannot hold made a hyphen.
   */
  static String messageId(String notificationId) {
    return "<" + NOT_IN_MESSAGE_ID.matcher(notificationId).replaceAll("-") + "@alliancecare>";
  }

  /** Retry or refused, from the exception and those it wraps (the server's replies among them). */
  static Delivery classify(MessagingException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationFailedException) {
        return new Delivery.Refused("the mail server refused the login");
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Optional<Integer> reply = smtpReply(t);
      if (reply.isPresent()) {
        int code = reply.get();
        String what =
            t instanceof SendFailedException
                ? (code >= 500 ? "refused" : "deferred") + " the message"
                : "answered";
        String reason = "the mail server " + what + ": SMTP " + code;
        return code >= 500 ? new Delivery.Refused(reason) : new Delivery.Retry(reason);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return new Delivery.Retry("mail server not reached: " + t.getClass().getSimpleName());
      }
    }
    return new Delivery.Retry("mail not sent: " + failure.getClass().getSimpleName());
  }

  /**
   * The SMTP reply code that an exception carries: Angus Mail's exceptions for a refused recipient
   * or message have the server's reply line as their message (e.g. {@code 550 5.1.1 ...}).
   */
  private static Optional<Integer> smtpReply(Throwable t) {
    String text = t.getMessage();
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = SMTP_REPLY.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int code = Integer.parseInt(matcher.group(1) + matcher.group(2));
    return code >= 400 ? Optional.of(code) : Optional.empty();
  }

  /** A message whose Message-ID is ours, not one Jakarta Mail makes up on saving. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
