package org.alliancecare.notifications.internal.channels;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code code} of Yunpian's API v2 answers, and whether a message refused with it may go
 * through later. Source: Yunpian's table of return codes for API v2 ("返回码总览", the {@code recode}
 * page of its API documentation), as its official Java SDK lists them ({@code
 * com.yunpian.sdk.constant.Code}). An error answer comes with HTTP 400 and {@code code}, {@code
 * msg}, {@code detail} (the detail may quote the number, so it is never kept).
 *
 * <p>Retry: limits per number and per account (8, 9, 17, 22, 43, -4, -5), a balance that ran out
 * (3: the account can be topped up), operator-side pauses and errors (13, 28), an expired request
 * (19) and Yunpian's own system errors (-50 to -53). Refused: everything about the request itself,
 * the number, the text, the signature or the key.
 */
enum YunpianReplyCode {
  SENT(0, false, "sent"),
  ARGUMENT_MISSING(1, false, "a required parameter is missing"),
  BAD_ARGUMENT_FORMAT(2, false, "a parameter is malformed (e.g. the number)"),
  BALANCE_TOO_LOW(3, true, "the account's balance is too low"),
  BLOCKED_WORD(4, false, "the text has a blocked keyword"),
  TEMPLATE_NOT_FOUND(5, false, "no approved template matches the text"),
  TEMPLATE_NOT_ADDED(6, false, "adding the template failed"),
  TEMPLATE_UNUSABLE(7, false, "the template is not usable"),
  SAME_TEXT_WITHIN_30_S(8, true, "the same text to this number within 30 s"),
  SAME_TEXT_3_TIMES_IN_5_MIN(9, true, "the same text to this number 3 times within 5 min"),
  NUMBER_BLACKLISTED(10, false, "the number is on a do-not-disturb list"),
  GET_NOT_SUPPORTED(11, false, "the API takes no GET"),
  POST_NOT_SUPPORTED(12, false, "the API takes no POST"),
  MARKETING_PAUSED(13, true, "sending is paused by the operators"),
  DECODING_FAILED(14, false, "the request could not be decoded"),
  SIGNATURE_MISMATCH(15, false, "the signature does not match the account's"),
  SIGNATURE_MALFORMED(16, false, "the signature is malformed"),
  DAY_LIMIT_PER_NUMBER(17, true, "the number's 24 h limit is reached"),
  REQUEST_SIGNATURE_INVALID(18, false, "the request's signature does not verify"),
  REQUEST_EXPIRED(19, true, "the request expired"),
  REGION_NOT_SUPPORTED(20, false, "the number's country or region is not supported"),
  DECRYPTION_FAILED(21, false, "the request could not be decrypted"),
  HOUR_LIMIT_PER_NUMBER(22, true, "the number's 1 h limit is reached"),
  REGION_NOT_IN_TEMPLATE(23, false, "the number's region is not one the template may go to"),
  NUMBERS_AND_TEXTS_DIFFER(25, false, "numbers and texts do not pair up"),
  NO_SUCH_PACKAGE(26, false, "unsupported package"),
  NO_MONEY_BILLING(27, false, "billing by amount is not enabled"),
  OPERATOR_ERROR(28, true, "operator error"),
  DAILY_LIMIT_PER_NUMBER(43, true, "the number's daily limit is reached"),
  INVALID_APIKEY(-1, false, "the apikey is invalid"),
  API_NOT_ALLOWED(-2, false, "the account may not use this API"),
  IP_NOT_ALLOWED(-3, false, "this server's IP is not on the account's allow-list"),
  ACCESS_LIMIT(-4, true, "the account's call limit is reached"),
  ACCESS_RATE(-5, true, "the account's call rate is exceeded"),
  BATCH_NOT_SUPPORTED(-6, false, "batch sending is not supported"),
  UNKNOWN_EXCEPTION(-50, true, "Yunpian's system: unknown error"),
  SYSTEM_BUSY(-51, true, "Yunpian's system is busy"),
  RECHARGE_FAILED(-52, true, "Yunpian's system: recharging failed"),
  SUBMIT_FAILED(-53, true, "Yunpian's system: submitting the message failed"),
  RECORD_EXISTS(-54, false, "the record exists already"),
  NO_SUCH_RECORD(-55, false, "no such record"),
  GIFT_FAILED(-56, false, "granting credit failed"),
  FIXED_SIGNATURE_NOT_SET(-57, false, "the account's fixed signature is not set");

  private static final Map<Integer, YunpianReplyCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(c -> c.code, Function.identity()));

  final int code;
  final boolean transientFailure;
  final String meaning;

  YunpianReplyCode(int code, boolean transientFailure, String meaning) {
    this.code = code;
    this.transientFailure = transientFailure;
    this.meaning = meaning;
  }

  static Optional<YunpianReplyCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** What a failed send with this code means for the outbox. */
  static Delivery failure(int code) {
    Optional<YunpianReplyCode> known = of(code);
    if (known.isEmpty()) {
      return new Delivery.Retry("Yunpian code " + code + " (not in its documented table)");
    }
    String reason = "Yunpian code " + code + ": " + known.get().meaning;
    return known.get().transientFailure ? new Delivery.Retry(reason) : new Delivery.Refused(reason);
  }
}
