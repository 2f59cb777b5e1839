package org.alliancecare.documents.internal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.alliancecare.documents.api.Paper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The documents made as PDFs here and read back as a receiving hospital and an auditor would: the
 * text layer, the QR code scanned off the rasterised page, and no identity number in full. The
 * pages are left in target/documents for a person to look at (docs/documents/ keeps one of each).
 */
class DocumentRenderingTest {

  static final String FULL_ID = "652925201903010028";
  static final Child CHILD =
      new Child("阿依古丽·买买提", "ئايگۈل مەمەت", "FEMALE", LocalDate.of(2019, 3, 1), FULL_ID);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void theReferralLetterCarriesItsNumberAndAQrCodeOfItsLink() throws Exception {
    String link = "https://alliancecare.example.cn/r/R-2026-000123";
    LetterFacts facts =
        new LetterFacts(
            CHILD,
            "R-2026-000123",
            link,
            "王医生",
            "温宿县人民医院",
            "阿克苏地区第一人民医院",
            "OPHTHALMOLOGY",
            "URGENT",
            LocalDate.of(2026, 12, 19),
            "vision screening REFER");

    byte[] pdf = PdfRendering.pdf(DocumentPages.letter(facts, Paper.A4, TODAY).xhtml());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("R-2026-000123").contains("阿依古丽").contains("转诊单");
      assertThat(text).doesNotContain(FULL_ID).contains("652925********0028");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      assertThat(decodedQr(page)).isEqualTo(link);
      keep(page, "referral-letter.png");
    }
  }

  @Test
  void theSlipOfAReferredChildSaysWhereToGoAndByWhen() throws Exception {
    SlipFacts facts =
        new SlipFacts(
            CHILD,
            LocalDate.of(2026, 12, 5),
            "VISION",
            "REFER",
            "温宿县 佳木乡",
            "王医生",
            new SlipFacts.ReferralFacts(
                "阿克苏地区第一人民医院", "OPHTHALMOLOGY", LocalDate.of(2026, 12, 19)));

    byte[] pdf = PdfRendering.pdf(DocumentPages.slip(facts, Paper.A5, TODAY).xhtml());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      // A5 portrait: 148 mm wide
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(418f, 422f);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("需转诊")
          .contains("2026-12-19")
          .contains("阿克苏地区第一人民医院")
          .doesNotContain(FULL_ID);
      keep(new PDFRenderer(document).renderImageWithDPI(0, 150), "slip.png");
    }
  }

  @Test
  void aPassSlipSaysComeBackInAYear() throws Exception {
    SlipFacts facts = new SlipFacts(CHILD, TODAY, "HEARING", "PASS", null, null, null);

    String page = DocumentPages.slip(facts, Paper.A5, TODAY).xhtml();

    assertThat(page).contains("请在一年后再做一次筛查").contains("بىر يىلدىن كېيىن").contains("ئاڭلاش");
    assertThat(page).doesNotContain(FULL_ID);
  }

  @Test
  void textFromTheRecordIsEscaped() {
    Child child = new Child("<b>&", null, null, null, null);
    SlipFacts facts = new SlipFacts(child, TODAY, "SPEECH", "PASS", null, null, null);

    assertThat(DocumentPages.slip(facts, Paper.A4, TODAY).xhtml())
        .contains("&lt;b&gt;&amp;")
        .doesNotContain("<b>&");
  }

  static String decodedQr(BufferedImage page) throws Exception {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
    return new MultiFormatReader().decode(bitmap).getText();
  }

  private static void keep(BufferedImage page, String name) throws Exception {
    Path folder = Files.createDirectories(Path.of("target", "documents"));
    ImageIO.write(page, "png", folder.resolve(name).toFile());
  }
}
