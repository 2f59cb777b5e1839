package org.alliancecare.web.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A referral number out of what a receiving hospital types or scans: the number itself ({@code
 * R-2026-000123}, any case), or the whole link of a letter's QR code ({@code
 * https://host/ctx/r/R-2026-000123}), which a USB scanner types as keystrokes.
 */
final class ReferralNumbers {

  private static final Pattern LINK = Pattern.compile("(?:^|/)r/([^/?#\\s]+)");
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

  private ReferralNumbers() {}

  /** The number, upper case, or {@code null} when the text holds none. */
  static String fromScan(String text) {
    if (text == null) {
      return null;
    }
    String scanned = text.strip();
    Matcher link = LINK.matcher(scanned);
    if (link.find()) {
      scanned = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    } else if (scanned.startsWith("/")) {
      scanned = scanned.substring(1);
    }
    return NUMBER.matcher(scanned).matches() ? scanned.toUpperCase(Locale.ROOT) : null;
  }
}
