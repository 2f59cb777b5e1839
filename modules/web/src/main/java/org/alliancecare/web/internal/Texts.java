package org.alliancecare.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The UI's texts ({@code messages_zh_CN.properties}, {@code messages_en.properties}) in the page's
 * language, for beans; pages use the same bundle as {@code #{msg['key']}}. Placeholders are {@code
 * {0}}, {@code {1}}… for arguments and {@code {name}} for the members of a problem.
 */
@ApplicationScoped
public class Texts {

  static final String BUNDLE = "org.alliancecare.web.internal.messages";

  private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");

  @Inject Preferences preferences;

  /**
   * The language the user chose (or their browser's, until they choose). Not the view root's
   * locale: before the page is rendered — in a {@code viewAction} that loads the page's lists and
   * labels — the view root still has the browser's language, which the {@code f:view} of the shell
   * replaces with the user's only when it renders.
   */
  public Locale locale() {
    return preferences.getLocale();
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Optional<String> find(String key) {
    try {
      return Optional.of(bundle(locale()).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The text of {@code key} in the given language, if the bundle has it. */
  static Optional<String> find(Locale locale, String key) {
    try {
      return Optional.of(bundle(locale).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The text of {@code key} with its {@code {0}}, {@code {1}}… replaced; the key if missing. */
  public String text(String key, Object... arguments) {
    String text = find(key).orElse(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The text of {@code key} with its {@code {name}}s replaced by the members of {@code values}. */
  static String fill(String text, Map<String, ?> values) {
    return fill(text, values, false);
  }

  /**
   * The same, for the page's language: on a right-to-left page each value written without Arabic
   * letters (a date, a number, a code, a name in Chinese or Latin) is set apart as a left-to-right
   * isolate, so that 2019-06-10 inside a Uyghur sentence does not read 10-06-2019.
   */
  String fillForPage(String text, Map<String, ?> values) {
    return fill(text, values, Preferences.rightToLeft(locale()));
  }

  static String fill(String text, Map<String, ?> values, boolean rightToLeft) {
    String filled = text;
    for (Map.Entry<String, ?> value : values.entrySet()) {
      String written = String.valueOf(value.getValue());
      if (rightToLeft && !written.isEmpty() && !ARABIC_LETTER.matcher(written).find()) {
        written = LEFT_TO_RIGHT_ISOLATE + written + POP_DIRECTIONAL_ISOLATE;
      }
      filled = filled.replace("{" + value.getKey() + "}", written);
    }
    // a member that the problem did not carry leaves an empty bracket behind
    return filled.replaceAll("\\{[A-Za-z]+\\}", "").replace(" ()", "").replace("（）", "");
  }

  public void info(String key, Object... arguments) {
    message(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String text) {
    message(FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * An error of one field: beside the input that takes it ({@link FieldMarks#inputFor}), and in the
   * page's list of messages; only in the list when no input of the page takes it.
   */
  public void fieldError(String field, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId =
        faces.getViewRoot() == null
            ? null
            : FieldMarks.inputFor(faces.getViewRoot(), field)
                .map(input -> input.getClientId(faces))
                .orElse(null);
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  public void warn(String text) {
    message(FacesMessage.SEVERITY_WARN, text);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    // messages survive the redirect after a successful action
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
