package org.alliancecare.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's catalogue of what a refusal says — problem titles and details, business rules'
 * sentences and field errors — in the three languages the product speaks (issue 16: Chinese,
 * Uyghur, English). Modelled on gettext: the code names a sentence by a stable key and passes its
 * arguments; {@code problems_en.properties} holds the English that the API has always answered,
 * {@code problems_zh} and {@code problems_ug} the same sentences translated. There is no fallback
 * from one language to another (a build test keeps the three catalogues complete), so a Chinese or
 * Uyghur caller never reads English.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}… for a field error's arguments and {@code {name}}
 * for a business rule's members; they are replaced verbatim (no number or date formatting, no
 * quoting rules), so that the English rendering is exactly the sentence the code used to build.
 */
public final class ProblemTexts {

  /** English: the language of callers that ask for none of the three, and of the API until now. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  public static final Locale CHINESE = Locale.CHINESE;

  public static final Locale UYGHUR = Locale.forLanguageTag("ug");

  /** The languages that have a catalogue, English first. */
  public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE, UYGHUR);

  static final String BUNDLE = "org.alliancecare.kernel.problems";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

  private ProblemTexts() {}

  /**
   * The catalogue's language for a locale: Chinese for any {@code zh*} (the product's Chinese is
   * simplified, zh-CN), Uyghur for any {@code ug*}, English for everything else.
   */
  public static Locale languageOf(Locale locale) {
    if (locale == null) {
      return ENGLISH;
    }
    return switch (locale.getLanguage()) {
      case "zh" -> CHINESE;
      case "ug" -> UYGHUR;
      default -> ENGLISH;
    };
  }

  /** The catalogue of one language (exactly that one: no fallback to another language). */
  public static ResourceBundle catalogue(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        languageOf(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The template of {@code key} in the language, if the catalogue has it. */
  public static Optional<String> find(Locale language, String key) {
    try {
      return Optional.of(catalogue(language).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The sentence of {@code key} in the language with {@code {0}}, {@code {1}}… replaced by the
   * arguments.
   *
   * @throws MissingResourceException when the catalogue lacks the key (a bug the build test
   *     catches)
   */
  public static String text(Locale language, String key, List<?> arguments) {
    return fill(catalogue(language).getString(key), arguments);
  }

  /**
   * The key of the field error whose English sentence is exactly this one and takes no arguments
   * (the gettext way of naming a sentence by its English), if the catalogue has one.
   */
  public static Optional<String> keyOfEnglishError(String english) {
    return Optional.ofNullable(ErrorSentences.keyOfEnglish(english));
  }

  /** A template with {@code {0}}, {@code {1}}… replaced by the arguments, verbatim. */
  public static String fill(String template, List<?> arguments) {
    return replace(
        template,
        name -> {
          if (!name.chars().allMatch(Character::isDigit)) {
            return null;
          }
          int index = Integer.parseInt(name);
          return index < arguments.size() ? String.valueOf(arguments.get(index)) : null;
        });
  }

  /** A template with {@code {name}}s replaced by the members of {@code values}, verbatim. */
  public static String fill(String template, Map<String, ?> values) {
    return replace(
        template, name -> values.containsKey(name) ? String.valueOf(values.get(name)) : null);
  }

  /** The names of the placeholders of a template, e.g. {@code [0, 1]} or {@code [phase]}. */
  public static List<String> placeholders(String template) {
    return PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).sorted().toList();
  }

  private static String replace(
      String template, java.util.function.Function<String, String> value) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String replacement = value.apply(placeholder.group(1));
      placeholder.appendReplacement(
          filled,
          Matcher.quoteReplacement(replacement == null ? placeholder.group() : replacement));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }
}
