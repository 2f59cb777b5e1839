package org.alliancecare.documents.internal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class UyghurShapingTest {

  /** The words the brief names: each has a letter that ICU's table misses or joins wrongly. */
  static final String SAMPLE = "تەكشۈرۈش نەتىجىسى دوختۇرخانىغا بېرىڭ كۆرۈش ئاڭلاش مەكتەپ ھامىي";

  @Test
  void aeJoinsTheLetterBeforeItAndTakesItsFinalForm() {
    // نە: noon initial (FEE7), ae final (drawn as heh final, FEEA)
    assertThat(UyghurShaping.shape("نە")).isEqualTo("\uFEE7\uFEEA");
    // ە alone stays isolated, and the letter after it starts anew (ae joins only to the right)
    assertThat(UyghurShaping.shape("ەت")).isEqualTo("\uFEE9\uFE95");
  }

  @Test
  void uyghurVowelsAndLettersTakeTheirOwnForms() {
    // كۆ: kaf initial, oe final; ۈر: ue isolated (it does not join to the left), reh isolated
    assertThat(UyghurShaping.shape("كۆرۈش")).isEqualTo("\uFEDB\uFBDA\uFEAD\uFBDB\uFEB5");
    // بې: beh initial, e medial (ې joins on both sides), r final; ڭ final
    assertThat(UyghurShaping.shape("بېرىڭ")).isEqualTo("\uFE91\uFBE7\uFEAE\uFBE8\uFBD4");
    // ى in the middle of a word is medial (FBE9), as Uyghur writes it
    assertThat(UyghurShaping.shape("تىج")).isEqualTo("\uFE97\uFBE9\uFE9E");
    // ھ at the start of a word: initial (FBAC)
    assertThat(UyghurShaping.shape("ھا")).isEqualTo("\uFBAC\uFE8E");
  }

  @Test
  void lamAlefIsOneLigature() {
    // ئاڭلاش: hamza-yeh initial, alef final, ng isolated? no: ڭ after alef starts anew, joins lam
    assertThat(UyghurShaping.shape("ئاڭلاش")).isEqualTo("\uFE8B\uFE8E\uFBD5\uFEFC\uFEB5");
  }

  @Test
  void otherScriptsAreLeftAsTheyAre() {
    assertThat(UyghurShaping.shape("R-2026-000123 筛查 abc")).isEqualTo("R-2026-000123 筛查 abc");
  }

  @Test
  void theSampleRendersIntoAPdfWithEveryLetterJoined() throws Exception {
    String page =
        "<html><head><style>body{font-family:'Noto Naskh Arabic','Noto Sans','Droid Sans Fallback';"
            + "font-size:20pt} p{direction:rtl;text-align:right}</style></head><body>"
            + "<p dir=\"rtl\" lang=\"ug\">"
            + SAMPLE
            + "</p><p dir=\"ltr\" lang=\"zh\" style=\"direction:ltr;text-align:left\">筛查结果单 R-2026-000123</p></body></html>";
    byte[] pdf = PdfRendering.pdf(page);
    Path folder = Files.createDirectories(Path.of("target", "shaping"));
    Files.writeString(folder.resolve("sample.html"), page);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(image, "png", folder.resolve("sample.png").toFile());
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }
}
