package org.alliancecare.notifications.internal.channels;

import org.alliancecare.notifications.api.Channel;

/**
 * An SMS provider's HTTP API, as the {@link Channel#SMS} sender. {@code ALLIANCECARE_SMS_GATEWAY}
 * names the one in use ({@code off} or unset: no SMS at all); {@link Senders} builds it from its
 * settings.
 *
 * <p>What an implementation must do:
 *
 * <ul>
 *   <li>Read the number as people write it and send it in the provider's form ({@link
 *       MobileNumber#parse}); a number that is not a mobile number is {@link Delivery.Refused},
 *       without a call.
 *   <li>Send the text in UTF-8 as it is (Uyghur in Arabic script, Chinese), with the signature the
 *       provider requires ({@code ALLIANCECARE_SMS_SIGNATURE}).
 *   <li>Give every call a connect and a response timeout (a hung gateway must not hold a worker).
 *   <li>Answer {@link Delivery.Accepted} with the provider's message id only when the provider says
 *       it took the message; {@link Delivery.Retry} when it may work later (network, timeout, HTTP
 *       5xx or 429, throttling and frequency limits, the provider's own system errors); {@link
 *       Delivery.Refused} when it never will as it is (bad number, rejected content or signature,
 *       invalid key). An unknown error code is a retry: the worker's attempts are bounded.
 *   <li>Never throw for a failed delivery; never log the number or the text (personal data), only
 *       the notification id and the outcome; put neither in a reason.
 *   <li>Be safe for several worker threads at once.
 * </ul>
 *
 * <p>To add a provider: implement this interface in this package (see {@link YunpianSmsGateway}),
 * read its settings under {@code alliancecare.sms.<name>.*} (environment {@code
 * ALLIANCECARE_SMS_<NAME>_*}) with defaults in config/microprofile-config.properties, add its name
 * to {@link Senders#smsGateway}, and test it against a local HTTP server that plays the provider's
 * documented API, its error codes included.
 */
public interface SmsGateway extends Sender {

  /** The name {@code ALLIANCECARE_SMS_GATEWAY} selects this gateway by, e.g. {@code yunpian}. */
  String name();

  @Override
  default Channel channel() {
    return Channel.SMS;
  }
}
