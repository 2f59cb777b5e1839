package org.alliancecare.documents.internal.rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.documents.api.Paper;

/** The pages of the two documents, each line in Chinese and in Uyghur. */
public final class DocumentPages {

  private static final String UNKNOWN = "—";

  private DocumentPages() {}

  public static DocumentPage slip(SlipFacts facts, Paper paper, LocalDate printedOn) {
    Texts zh = Texts.in(Texts.CHINESE);
    Texts ug = Texts.in(Texts.UYGHUR);
    List<Line> lines = new ArrayList<>(childLines(facts.child(), zh, ug));
    lines.add(Line.of(zh, ug, "screening.date", day(facts.screenedOn())));
    lines.add(Line.translated(zh, ug, "screening.kind", "kind." + facts.kind()));
    lines.add(Line.translated(zh, ug, "screening.result", "result." + facts.result()));
    lines.add(Line.translated(zh, ug, "screening.meaning", "meaning." + facts.result()));
    lines.add(
        new Line(
            zh.text("screening.next"),
            next(facts, zh),
            ug.text("screening.next"),
            next(facts, ug)));
    lines.add(Line.of(zh, ug, "screening.place", orUnknown(facts.place())));
    lines.add(Line.of(zh, ug, "screening.doctor", orUnknown(facts.doctor())));
    return new DocumentPage(
        paper,
        zh.text("slip.title"),
        ug.text("slip.title"),
        lines,
        null,
        null,
        zh.text("printed.on", day(printedOn)),
        ug.text("printed.on", day(printedOn)));
  }

  public static DocumentPage letter(LetterFacts facts, Paper paper, LocalDate printedOn) {
    Texts zh = Texts.in(Texts.CHINESE);
    Texts ug = Texts.in(Texts.UYGHUR);
    List<Line> lines = new ArrayList<>(childLines(facts.child(), zh, ug));
    String from = joined(facts.referringDoctor(), facts.referringOrganisation());
    lines.add(Line.of(zh, ug, "referral.from", from));
    lines.add(
        new Line(
            zh.text("referral.to"),
            joined(facts.receivingOrganisation(), specialty(zh, facts.specialty())),
            ug.text("referral.to"),
            joined(facts.receivingOrganisation(), specialty(ug, facts.specialty()))));
    lines.add(Line.translated(zh, ug, "referral.urgency", "urgency." + facts.urgency()));
    lines.add(Line.of(zh, ug, "referral.dueOn", day(facts.dueOn())));
    lines.add(Line.of(zh, ug, "referral.reason", orUnknown(facts.reason())));
    DocumentPage.Highlight highlight =
        new DocumentPage.Highlight(
            zh.text("referral.number"),
            ug.text("referral.number"),
            facts.referralNumber(),
            QrCode.pngDataUri(facts.link()),
            zh.text("referral.scan"),
            ug.text("referral.scan"));
    DocumentPage.Signature signature =
        new DocumentPage.Signature(
            zh.text("referral.sign"),
            ug.text("referral.sign"),
            zh.text("referral.signedOn"),
            ug.text("referral.signedOn"));
    return new DocumentPage(
        paper,
        zh.text("letter.title"),
        ug.text("letter.title"),
        lines,
        highlight,
        signature,
        zh.text("printed.on", day(printedOn)),
        ug.text("printed.on", day(printedOn)));
  }

  private static List<Line> childLines(Child child, Texts zh, Texts ug) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            zh.text("child.name"),
            orUnknown(child.nameForChinese()),
            ug.text("child.name"),
            orUnknown(child.nameForUyghur())));
    if (child.sex() != null) {
      lines.add(Line.translated(zh, ug, "child.sex", "sex." + child.sex()));
    }
    lines.add(Line.of(zh, ug, "child.birthDate", day(child.birthDate())));
    if (child.nationalId() != null) {
      lines.add(Line.of(zh, ug, "child.nationalId", child.nationalId()));
    }
    return lines;
  }

  /** What the family does next: by the result, and for a referral where and by when. */
  private static String next(SlipFacts facts, Texts texts) {
    if (!"REFER".equals(facts.result())) {
      return texts.text("next.PASS");
    }
    SlipFacts.ReferralFacts referral = facts.referral();
    if (referral == null) {
      return texts.text("next.REFER.noReferral");
    }
    return texts.text(
        "next.REFER",
        day(referral.dueOn()),
        orUnknown(referral.hospital()),
        specialty(texts, referral.specialty()));
  }

  private static String specialty(Texts texts, String code) {
    return code == null ? UNKNOWN : texts.textOr("specialty." + code, code);
  }

  private static String joined(String first, String second) {
    if (first == null || first.isBlank()) {
      return orUnknown(second);
    }
    return second == null || second.isBlank() ? first : first + " · " + second;
  }

  /** Dates as ISO days (2026-03-01): read the same way in Uyghur and Chinese. */
  private static String day(LocalDate day) {
    return day == null ? UNKNOWN : day.toString();
  }

  private static String orUnknown(String text) {
    return text == null || text.isBlank() ? UNKNOWN : text;
  }
}
