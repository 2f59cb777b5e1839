package org.alliancecare.notifications.internal.channels;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How Yunpian is called: the single-send address ({@code alliancecare.sms.yunpian.url}, default
 * Yunpian's own), the account's key ({@code alliancecare.sms.yunpian.apikey}, required), the
 * signature put before every text ({@code alliancecare.sms.signature}, e.g. 【阿克苏医疗联盟】; empty when
 * the account adds a fixed one), and the timeouts ({@code
 * alliancecare.sms.connect-timeout-seconds}, default 5; {@code
 * alliancecare.sms.read-timeout-seconds}, default 10).
 */
record YunpianSettings(
    URI url, String apikey, String signature, Duration connectTimeout, Duration readTimeout) {

  private static final Logger LOG = Logger.getLogger(YunpianSettings.class.getName());

  static final String DEFAULT_URL = "https://sms.yunpian.com/v2/sms/single_send.json";
  static final String URL = "alliancecare.sms.yunpian.url";
  static final String APIKEY = "alliancecare.sms.yunpian.apikey";
  static final String SIGNATURE = "alliancecare.sms.signature";
  static final String CONNECT_TIMEOUT = "alliancecare.sms.connect-timeout-seconds";
  static final String READ_TIMEOUT = "alliancecare.sms.read-timeout-seconds";

  YunpianSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(apikey, "apikey");
    Objects.requireNonNull(signature, "signature");
  }

  /** The settings, or nothing (SMS off, with a warning) when the key is missing. */
  static Optional<YunpianSettings> from(ChannelSettings settings) {
    Optional<String> apikey = settings.text(APIKEY);
    if (apikey.isEmpty()) {
      LOG.warning(
          "SMS is off: ALLIANCECARE_SMS_GATEWAY is yunpian but ALLIANCECARE_SMS_YUNPIAN_APIKEY is"
              + " not set");
      return Optional.empty();
    }
    return Optional.of(
        new YunpianSettings(
            URI.create(settings.text(URL, DEFAULT_URL)),
            apikey.get(),
            settings.text(SIGNATURE, ""),
            settings.seconds(CONNECT_TIMEOUT, 5),
            settings.seconds(READ_TIMEOUT, 10)));
  }

  @Override
  public String toString() {
    // never the key
    return "YunpianSettings[" + url + "]";
  }
}
