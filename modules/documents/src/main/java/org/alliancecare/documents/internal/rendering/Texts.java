package org.alliancecare.documents.internal.rendering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The documents' own texts in one language (texts_zh, texts_ug, texts_en beside this class). A
 * document asks both of its languages for every line: Uyghur and Chinese stand side by side.
 */
public final class Texts {

  public static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");
  public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "org.alliancecare.documents.internal.rendering.texts",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Texts in(Locale locale) {
    return new Texts(locale);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, its placeholders filled with {@code arguments}. */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The text of {@code key}, or {@code fallback} when the bundle has none (a new specialty). */
  public String textOr(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
