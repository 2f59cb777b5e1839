package org.alliancecare.notifications.internal.persistence;

import org.alliancecare.notifications.api.Channel;

/**
 * Where a reminder went, as coordinators see it: a phone with all but its first three and last four
 * digits hidden ({@code 138****8000}), an e-mail address with its local part hidden but its first
 * letter ({@code w***@example.cn}); the inbox has none.
 */
final class Addresses {

  private static final String CHINA = "86";

  private Addresses() {}

  static String masked(Channel channel, String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    return switch (channel) {
      case SMS -> maskedPhone(address);
      case EMAIL -> maskedMail(address);
      case INBOX -> null;
    };
  }

  private static String maskedPhone(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() == 13 && digits.startsWith(CHINA)) {
      digits = digits.substring(CHINA.length());
    }
    if (digits.length() <= 7) {
      return "*".repeat(digits.length());
    }
    return digits.substring(0, 3)
        + "*".repeat(digits.length() - 7)
        + digits.substring(digits.length() - 4);
  }

  private static String maskedMail(String mail) {
    int at = mail.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return mail.charAt(0) + "***" + mail.substring(at);
  }
}
