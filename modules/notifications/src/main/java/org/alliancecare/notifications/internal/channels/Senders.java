package org.alliancecare.notifications.internal.channels;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.alliancecare.notifications.api.Channel;
import org.eclipse.microprofile.config.Config;

/**
 * The configured external senders, one a channel at most: e-mail when {@code
 * ALLIANCECARE_MAIL_HOST} (and {@code _FROM}) are set, SMS when {@code ALLIANCECARE_SMS_GATEWAY}
 * names a gateway ({@code yunpian}) with its settings. A channel that is off or not configured has
 * no sender; the in-app inbox is not an external channel and has none either.
 */
@ApplicationScoped
public class Senders {

  private static final Logger LOG = Logger.getLogger(Senders.class.getName());

  static final String SMS_GATEWAY = "alliancecare.sms.gateway";

  @Inject Config config;

  private Map<Channel, Sender> configured = Map.of();

  /** For CDI. */
  public Senders() {}

  /** The senders that {@code settings} configure (tests). */
  Senders(ChannelSettings settings) {
    this.configured = configure(settings);
  }

  @PostConstruct
  void readConfiguration() {
    this.configured = configure(key -> config.getOptionalValue(key, String.class));
  }

  /** The sender of a channel, or nothing when the channel is off or not configured. */
  public Optional<Sender> of(Channel channel) {
    return Optional.ofNullable(configured.get(channel));
  }

  private static Map<Channel, Sender> configure(ChannelSettings settings) {
    Map<Channel, Sender> senders = new EnumMap<>(Channel.class);
    Optional<MailSettings> mail = MailSettings.from(settings);
    mail.ifPresent(m -> senders.put(Channel.EMAIL, new MailSender(m)));
    Optional<SmsGateway> sms = smsGateway(settings);
    sms.ifPresent(g -> senders.put(Channel.SMS, g));
    LOG.info(
        "Reminder channels: e-mail "
            + mail.map(m -> "by " + m.host() + ":" + m.port()).orElse("off")
            + ", SMS "
            + sms.map(g -> "by " + g.name()).orElse("off"));
    return Map.copyOf(senders);
  }

  /** The gateway {@code alliancecare.sms.gateway} names, if it is configured. */
  static Optional<SmsGateway> smsGateway(ChannelSettings settings) {
    String name = settings.text(SMS_GATEWAY, "off").toLowerCase(Locale.ROOT);
    switch (name) {
      case "off":
        return Optional.empty();
      case "yunpian":
        return YunpianSettings.from(settings).map(YunpianSmsGateway::new);
      default:
        LOG.severe(
            "SMS is off: ALLIANCECARE_SMS_GATEWAY names no known gateway (known: off, yunpian)");
        return Optional.empty();
    }
  }
}
