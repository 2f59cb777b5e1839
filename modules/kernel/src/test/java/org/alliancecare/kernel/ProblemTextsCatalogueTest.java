package org.alliancecare.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build test of the problem catalogues (issue 16): every key that the code of any module uses —
 * field errors named by {@code InvalidInput.of}/{@code FieldError.of}, problem types and details
 * named by {@code Problem.of}, every business rule's title and sentence — is in the English,
 * Chinese and Uyghur catalogue, the three have the same keys and each sentence the same
 * placeholders in all three, and no Chinese or Uyghur sentence is left in English.
 */
class ProblemTextsCatalogueTest {

  private static final Pattern KEYED_ERROR =
      Pattern.compile(
          "\\b(?:InvalidInput|FieldError)\\.of\\(\\s*(?:[^,();]|\\([^()]*\\))+,\\s*\"([a-z0-9.-]+)\"");
  private static final Pattern PROBLEM =
      Pattern.compile("\\bProblem\\.of\\(\\s*\"([a-z0-9-]+)\",\\s*\\d+,\\s*\"([a-z0-9-]+)\"");
  private static final Pattern INVALID_INPUT =
      Pattern.compile("\\binvalidInput\\(\\s*\"([a-z0-9-]+)\"");
  private static final Pattern RULE = Pattern.compile("super\\(\\s*\"([a-z0-9-]+)\"");
  private static final Pattern ANNOTATION_MESSAGE =
      Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]+)\"|MESSAGE\\s*=\\s*\"([^\"]+)\";");
  private static final Pattern ERROR_KEY_CONSTANT =
      Pattern.compile("static final String [A-Z_]+ = \"([a-z0-9]+(?:-[a-z0-9]+){2,})\";");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  @Test
  void everyKeyTheCodeUsesIsInEveryCatalogue() {
    Set<String> used = usedKeys();
    assertThat(used)
        .as("keys found in the sources")
        .hasSizeGreaterThan(150)
        .contains(
            "error.required",
            "error.at-most-characters",
            "error.exactly-one-of-clinic-id-and-place-code",
            "error.phone",
            "error.local-time-hh-mm",
            "title.invalid-input",
            "detail.invalid-fields",
            "title.possible-duplicate",
            "rule.possible-duplicate");
    for (Locale language : ProblemTexts.LANGUAGES) {
      Set<String> keys = ProblemTexts.catalogue(language).keySet();
      assertThat(keys).as("catalogue %s", language).containsAll(used);
    }
  }

  @Test
  void theCataloguesHaveTheSameKeysAndPlaceholders() {
    ResourceBundle english = ProblemTexts.catalogue(ProblemTexts.ENGLISH);
    for (Locale language : List.of(ProblemTexts.CHINESE, ProblemTexts.UYGHUR)) {
      ResourceBundle other = ProblemTexts.catalogue(language);
      assertThat(new TreeSet<>(other.keySet()))
          .as("keys of %s", language)
          .isEqualTo(new TreeSet<>(english.keySet()));
      Map<String, String> differing = new TreeMap<>();
      for (String key : english.keySet()) {
        List<String> expected = ProblemTexts.placeholders(english.getString(key));
        List<String> actual = ProblemTexts.placeholders(other.getString(key));
        if (!expected.equals(actual)) {
          differing.put(key, expected + " ≠ " + actual);
        }
      }
      assertThat(differing).as("placeholders of %s", language).isEmpty();
    }
  }

  @Test
  void theEnglishErrorsInJavaAreTheCataloguesOwn() {
    ResourceBundle english = ProblemTexts.catalogue(ProblemTexts.ENGLISH);
    Map<String, String> catalogued = new TreeMap<>();
    for (String key : english.keySet()) {
      if (key.startsWith("error.")) {
        catalogued.put(key, english.getString(key));
      }
    }
    assertThat(new TreeMap<>(ErrorSentences.all())).isEqualTo(catalogued);
  }

  @Test
  void chineseAndUyghurSentencesAreNotEnglish() {
    List<String> english = new ArrayList<>();
    ResourceBundle chinese = ProblemTexts.catalogue(ProblemTexts.CHINESE);
    ResourceBundle uyghur = ProblemTexts.catalogue(ProblemTexts.UYGHUR);
    for (String key : chinese.keySet()) {
      if (!HAN.matcher(chinese.getString(key)).find()) {
        english.add("zh " + key);
      }
      if (!ARABIC.matcher(uyghur.getString(key)).find()) {
        english.add("ug " + key);
      }
    }
    assertThat(english).isEmpty();
  }

  @Test
  void noFallbackFromOneLanguageToAnother() {
    assertThat(ProblemTexts.catalogue(Locale.forLanguageTag("ug-CN")).getLocale())
        .isEqualTo(ProblemTexts.UYGHUR);
    assertThat(ProblemTexts.catalogue(Locale.forLanguageTag("zh-CN")).getLocale())
        .isEqualTo(ProblemTexts.CHINESE);
    assertThat(ProblemTexts.catalogue(Locale.FRENCH).getLocale()).isEqualTo(ProblemTexts.ENGLISH);
  }

  /** The keys named in the main sources of every module. */
  static Set<String> usedKeys() {
    Set<String> keys = new TreeSet<>();
    for (Path file : mainSources()) {
      String source = read(file);
      Matcher error = KEYED_ERROR.matcher(source);
      while (error.find()) {
        String key = error.group(1);
        keys.add(key.startsWith("error.") ? key : "error." + key);
      }
      Matcher constant = ERROR_KEY_CONSTANT.matcher(source);
      while (constant.find()) {
        if (source.contains("FieldError.of(") || source.contains("InvalidInput.of(")) {
          keys.add("error." + constant.group(1));
        }
      }
      Matcher problem = PROBLEM.matcher(source);
      while (problem.find()) {
        keys.add("title." + problem.group(1));
        keys.add("detail." + problem.group(2));
      }
      Matcher invalid = INVALID_INPUT.matcher(source);
      while (invalid.find()) {
        keys.add("title.invalid-input");
        keys.add("detail." + invalid.group(1));
      }
      if (source.contains("extends BusinessRuleViolation")) {
        Matcher rule = RULE.matcher(source);
        while (rule.find()) {
          keys.add("title." + rule.group(1));
          keys.add("rule." + rule.group(1));
        }
      }
      Matcher message = ANNOTATION_MESSAGE.matcher(source);
      while (message.find()) {
        String english = message.group(1) != null ? message.group(1) : message.group(2);
        if (!english.contains("\\")) {
          keys.add(
              ProblemTexts.keyOfEnglishError(english)
                  .orElse("error.<no key for \"" + english + "\" in " + file.getFileName() + ">"));
        }
      }
    }
    return keys;
  }

  private static List<Path> mainSources() {
    Path modules = Path.of("").toAbsolutePath().getParent();
    assertThat(modules.resolve("kernel/src/main/java")).as("run from modules/kernel").isDirectory();
    try (Stream<Path> files = Files.walk(modules)) {
      return files
          .filter(path -> path.toString().endsWith(".java"))
          .filter(path -> path.toString().contains("/src/main/java/"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
