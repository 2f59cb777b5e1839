package org.alliancecare.documents.internal.rendering;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.documents.api.Paper;

/**
 * The one template of both documents: an XHTML page (well-formed, as the PDF renderer needs; the
 * same page is the printable HTML) with the title, the lines in Chinese (left to right, on the
 * left) and Uyghur (right to left, on the right) side by side, and optionally a referral number in
 * large type with its QR code and a line to sign. Print CSS lays it out on A4 or A5.
 *
 * @param footer e.g. the day it was printed, in both languages
 */
public record DocumentPage(
    Paper paper,
    String titleZh,
    String titleUg,
    List<Line> lines,
    Highlight highlight,
    Signature signature,
    String footerZh,
    String footerUg) {

  /** The referral number in large type and the QR code of its link. */
  public record Highlight(
      String labelZh,
      String labelUg,
      String number,
      String qrDataUri,
      String scanZh,
      String scanUg) {}

  /** A line to sign, and its date. */
  public record Signature(String signZh, String signUg, String dateZh, String dateUg) {}

  private static final String BLANK = "<span class=\"blank\">" + "_".repeat(24) + "</span>";
  private static final String SHORT_BLANK = "<span class=\"blank\">" + "_".repeat(14) + "</span>";

  public String xhtml() {
    boolean a5 = paper == Paper.A5;
    StringBuilder page = new StringBuilder(8 * 1024);
    page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
        .append("<head><meta charset=\"UTF-8\"/><title>")
        .append(escape(titleZh))
        .append(" · ")
        .append(escape(titleUg))
        .append("</title><style>")
        .append(css(a5))
        .append("</style></head><body>");
    page.append("<table class=\"title\"><tr><td class=\"zh\" lang=\"zh-CN\">")
        .append(escape(titleZh))
        .append("</td><td class=\"ug\" lang=\"ug-CN\" dir=\"rtl\">")
        .append(escape(titleUg))
        .append("</td></tr></table>");
    if (highlight != null) {
      page.append("<div class=\"highlight\"><img class=\"qr\" alt=\"QR\" src=\"")
          .append(escape(highlight.qrDataUri()))
          .append("\"/><div class=\"number-label\"><span lang=\"zh-CN\">")
          .append(escape(highlight.labelZh()))
          .append("</span> · <span lang=\"ug-CN\" dir=\"rtl\" class=\"ug-inline\">")
          .append(escape(highlight.labelUg()))
          .append("</span></div><div class=\"number\">")
          .append(escape(highlight.number()))
          .append("</div><div class=\"scan\"><span lang=\"zh-CN\">")
          .append(escape(highlight.scanZh()))
          .append("</span><br/><span lang=\"ug-CN\" dir=\"rtl\" class=\"ug-inline\">")
          .append(escape(highlight.scanUg()))
          .append("</span></div></div>");
    }
    page.append("<table class=\"lines\">");
    for (Line line : lines) {
      page.append("<tr><td class=\"zh\" lang=\"zh-CN\"><span class=\"label\">")
          .append(escape(line.labelZh()))
          .append("：</span>")
          .append(escape(line.valueZh()))
          .append("</td><td class=\"ug\" lang=\"ug-CN\" dir=\"rtl\"><span class=\"label\">")
          .append(escape(line.labelUg()))
          .append(": </span>")
          .append(escapeRtl(line.valueUg()))
          .append("</td></tr>");
    }
    page.append("</table>");
    if (signature != null) {
      page.append("<table class=\"signature\"><tr><td class=\"zh\" lang=\"zh-CN\">")
          .append(escape(signature.signZh()))
          .append("：")
          .append(BLANK)
          .append("<br/>")
          .append(escape(signature.dateZh()))
          .append("：")
          .append(SHORT_BLANK)
          .append("</td><td class=\"ug\" lang=\"ug-CN\" dir=\"rtl\">")
          .append(escape(signature.signUg()))
          .append(": ")
          .append(BLANK)
          .append("<br/>")
          .append(escape(signature.dateUg()))
          .append(": ")
          .append(SHORT_BLANK)
          .append("</td></tr></table>");
    }
    page.append("<table class=\"footer\"><tr><td class=\"zh\" lang=\"zh-CN\">")
        .append(escape(footerZh))
        .append("</td><td class=\"ug\" lang=\"ug-CN\" dir=\"rtl\">")
        .append(escapeRtl(footerUg))
        .append("</td></tr></table>");
    page.append("</body></html>");
    return page.toString();
  }

  private static String css(boolean a5) {
    String fonts =
        "'"
            + PdfRendering.LATIN_FAMILY
            + "', '"
            + PdfRendering.CHINESE_FAMILY
            + "', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
    String uyghurFonts =
        "'" + PdfRendering.UYGHUR_FAMILY + "', 'UKIJ Tuz Tom', 'Microsoft Uighur', " + fonts;
    return "@page { size: "
        + (a5 ? "A5" : "A4")
        + "; margin: "
        + (a5 ? "10mm 10mm 12mm 10mm" : "16mm 16mm 18mm 16mm")
        + "; }"
        + "body { font-family: "
        + fonts
        + "; font-size: "
        + (a5 ? "9.5pt" : "11pt")
        + "; color: #000; margin: 0; }"
        + "table { width: 100%; border-collapse: collapse; table-layout: fixed; }"
        + "td { vertical-align: top; padding: "
        + (a5 ? "1.2mm 2mm" : "2mm 3mm")
        + "; width: 50%; }"
        + ".zh { direction: ltr; text-align: left; }"
        + ".ug, .ug-inline { direction: rtl; text-align: right; font-family: "
        + uyghurFonts
        + "; }"
        + ".ug-inline { unicode-bidi: embed; }"
        + ".ltr { direction: ltr; unicode-bidi: embed; }"
        + ".title td { font-size: "
        + (a5 ? "14pt" : "18pt")
        + "; font-weight: bold; border-bottom: 0.6mm solid #000; padding-bottom: 2mm; }"
        + ".lines td { border-bottom: 0.2mm solid #999; }"
        + ".label { font-weight: bold; }"
        + ".highlight { text-align: center; margin: 3mm 0; padding: 2mm; border: 0.4mm solid #000; }"
        + ".qr { width: "
        + (a5 ? "30mm" : "38mm")
        + "; height: "
        + (a5 ? "30mm" : "38mm")
        + "; float: right; margin-left: 3mm; }"
        + ".number { font-size: "
        + (a5 ? "20pt" : "28pt")
        + "; font-weight: bold; letter-spacing: 0.5mm; margin: 2mm 0; }"
        + ".number-label, .scan { font-size: 9pt; }"
        + ".highlight:after { content: ''; display: block; clear: both; }"
        + ".signature { margin-top: 8mm; }"
        + ".signature td { line-height: 2.2; }"
        + ".blank { font-family: '"
        + PdfRendering.LATIN_FAMILY
        + "', sans-serif; }"
        + ".footer td { font-size: 8pt; color: #444; padding-top: 4mm; }"
        + "@media screen { body { max-width: "
        + (a5 ? "148mm" : "210mm")
        + "; margin: 8mm auto; } }";
  }

  /**
   * Text of a right-to-left block as XHTML, each number in it (a date, an identity number) in a
   * left-to-right span: without it the PDF renderer laid 2019-03-01 out as 01-03-2019.
   */
  static String escapeRtl(String text) {
    if (text == null) {
      return "";
    }
    Matcher number = NUMBER.matcher(text);
    StringBuilder escaped = new StringBuilder(text.length() + 64);
    int at = 0;
    while (number.find()) {
      escaped
          .append(escape(text.substring(at, number.start())))
          .append("<span class=\"ltr\" dir=\"ltr\">")
          .append(escape(number.group()))
          .append("</span>");
      at = number.end();
    }
    return escaped.append(escape(text.substring(at))).toString();
  }

  /** A number as Uyghur text writes it left to right: digits, with dashes, stars, dots, colons. */
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9*\\-./:]*[0-9]|[0-9]");

  /** Text as XHTML character data or attribute value. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            escaped.append(' ');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
