package org.alliancecare.web.internal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /r/{referralNumber}}: the link a referral letter's QR code holds. It opens the referral
 * through the incoming referrals page, which finds it by its number within the caller's scope; an
 * anonymous browser signs in first and comes back to it.
 */
@WebServlet("/r/*")
public class ReferralLink extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The page that finds a referral by its number ({@code ?number=}). */
  static final String FINDER = "/app/doctor/referrals.xhtml";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String number = ReferralNumbers.fromScan(request.getPathInfo());
    if (number == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(
        request.getContextPath()
            + FINDER
            + "?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8));
  }
}
