package org.alliancecare.documents.internal.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public link of a referral, which its letter's QR code holds: {@code {base}/r/{number}}. The
 * web UI answers it by opening the referral (after sign-in).
 */
final class ReferralLink {

  private ReferralLink() {}

  static String of(String baseUrl, String referralNumber) {
    String base = baseUrl.strip().endsWith("/") ? baseUrl.strip() : baseUrl.strip() + "/";
    return base + "r/" + URLEncoder.encode(referralNumber, StandardCharsets.UTF_8);
  }
}
