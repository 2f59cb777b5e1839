package org.alliancecare.documents.api;

import org.alliancecare.directory.api.Caller;

/**
 * The documents a family or a receiving hospital takes away, in Uyghur and Chinese on one page. A
 * caller gets a document of exactly the records they may read: one outside their data scope or
 * missing answers {@link org.alliancecare.kernel.RecordNotFound}, as reading the record does.
 */
public interface DocumentsFacade {

  /**
   * The result slip of a screening: the child, the screening, its result, what it means and what
   * the family does next.
   */
  PrintedDocument screeningSlip(String screeningId, DocumentFormat format, Paper paper, Caller by);

  /**
   * The letter of a referral: the child, who refers and to whom, how urgently and by when, and the
   * referral number in large type with a QR code of {@code referralLink}, and a line to sign.
   *
   * @param publicBaseUrl the address the QR code's link starts with ({@code https://host/context});
   *     the link is {@code publicBaseUrl/r/referralNumber}
   */
  PrintedDocument referralLetter(
      String referralId, DocumentFormat format, Paper paper, String publicBaseUrl, Caller by);
}
