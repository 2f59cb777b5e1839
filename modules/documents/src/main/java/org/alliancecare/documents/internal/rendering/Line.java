package org.alliancecare.documents.internal.rendering;

/**
 * One line of a document in both languages: its label and value in Chinese and in Uyghur. A value
 * that is the same in both (a date, a number, a name in one script) is given twice.
 */
public record Line(String labelZh, String valueZh, String labelUg, String valueUg) {

  /** A line whose label comes from both bundles and whose value is the same in both. */
  public static Line of(Texts zh, Texts ug, String key, String value) {
    return new Line(zh.text(key), value, ug.text(key), value);
  }

  /** A line whose value is itself a text of both bundles. */
  public static Line translated(Texts zh, Texts ug, String key, String valueKey) {
    return new Line(zh.text(key), zh.text(valueKey), ug.text(key), ug.text(valueKey));
  }
}
