package org.alliancecare.notifications.internal.channels;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How e-mail goes out: the SMTP server ({@code alliancecare.mail.host}, unset = e-mail off; {@code
 * .port}, default 25), the sender's address ({@code .from}), an optional login ({@code .user},
 * {@code .password}), STARTTLS ({@code .starttls}, default false, required when on) and the connect
 * and read timeouts ({@code .connect-timeout-seconds}, {@code .read-timeout-seconds}, default 10
 * each).
 */
record MailSettings(
    String host,
    int port,
    String from,
    Optional<String> user,
    Optional<String> password,
    boolean startTls,
    Duration connectTimeout,
    Duration readTimeout) {

  private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

  static final String HOST = "alliancecare.mail.host";
  static final String PORT = "alliancecare.mail.port";
  static final String FROM = "alliancecare.mail.from";
  static final String USER = "alliancecare.mail.user";
  static final String PASSWORD = "alliancecare.mail.password";
  static final String STARTTLS = "alliancecare.mail.starttls";
  static final String CONNECT_TIMEOUT = "alliancecare.mail.connect-timeout-seconds";
  static final String READ_TIMEOUT = "alliancecare.mail.read-timeout-seconds";

  MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(PORT + " must be a port number, 1 to 65535");
    }
  }

  /** The settings, or nothing when e-mail is off (no host) or cannot work (no sender address). */
  static Optional<MailSettings> from(ChannelSettings settings) {
    Optional<String> host = settings.text(HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = settings.text(FROM);
    if (from.isEmpty()) {
      LOG.warning(
          "E-mail is off: ALLIANCECARE_MAIL_HOST is set but ALLIANCECARE_MAIL_FROM, the sender's"
              + " address, is not");
      return Optional.empty();
    }
    try {
      new InternetAddress(from.get(), true).validate();
    } catch (AddressException e) {
      LOG.severe("E-mail is off: ALLIANCECARE_MAIL_FROM is not an e-mail address");
      return Optional.empty();
    }
    return Optional.of(
        new MailSettings(
            host.get(),
            settings.number(PORT, 25),
            from.get(),
            settings.text(USER),
            settings.raw(PASSWORD).filter(p -> !p.isEmpty()),
            settings.flag(STARTTLS, false),
            settings.seconds(CONNECT_TIMEOUT, 10),
            settings.seconds(READ_TIMEOUT, 10)));
  }

  @Override
  public String toString() {
    // never the password
    return "MailSettings[" + host + ":" + port + ", starttls=" + startTls + "]";
  }
}
