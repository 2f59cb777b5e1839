package org.alliancecare.documents.internal.rendering;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;

/**
 * Turns a document's XHTML page into a PDF: openhtmltopdf lays it out, PDFBox writes it, with the
 * fonts the build took from Debian's packages (embedded as subsets), ICU's bidi splitting, and our
 * own {@link UyghurShaping} of Arabic-script text.
 */
public final class PdfRendering {

  /** A font on the classpath and the CSS family and weight it is registered under. */
  record Font(String file, String family, int weight) {}

  /** The families the pages' CSS names. */
  public static final String UYGHUR_FAMILY = "Noto Naskh Arabic";

  public static final String LATIN_FAMILY = "Noto Sans";
  public static final String CHINESE_FAMILY = "Droid Sans Fallback";

  static final List<Font> FONTS =
      List.of(
          new Font("NotoNaskhArabic-Regular.ttf", UYGHUR_FAMILY, 400),
          new Font("NotoNaskhArabic-Bold.ttf", UYGHUR_FAMILY, 700),
          new Font("NotoSans-Regular.ttf", LATIN_FAMILY, 400),
          new Font("NotoSans-Bold.ttf", LATIN_FAMILY, 700),
          new Font("DroidSansFallbackFull.ttf", CHINESE_FAMILY, 400));

  private static final String FONT_FOLDER = "/org/alliancecare/documents/fonts/";

  static {
    // openhtmltopdf logs every document's timings (INFO) and the CSS it ignores (WARNING) through
    // a handler of its own: only its errors belong in the application's log
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.SEVERE));
  }

  private PdfRendering() {}

  /** The PDF of a well-formed XHTML page. */
  public static byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new UyghurShaping());
    builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
    for (Font font : FONTS) {
      builder.useFont(
          () -> open(font.file()), font.family(), font.weight(), FontStyle.NORMAL, true);
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream open(String file) {
    InputStream font = PdfRendering.class.getResourceAsStream(FONT_FOLDER + file);
    if (font == null) {
      throw new IllegalStateException(
          "font " + file + " is not on the classpath; the build's fonts.sh puts it there");
    }
    return font;
  }
}
