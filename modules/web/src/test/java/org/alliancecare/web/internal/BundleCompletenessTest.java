package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The build's guard of the UI's three languages (issue 16): every key of any bundle is in all three
 * (Chinese, Uyghur, English) with the same placeholders, and no page (every {@code .xhtml} under
 * {@code META-INF/resources}, the shell included) shows a text that does not come from the bundle —
 * a text node or a user-visible attribute with a letter outside an EL expression {@code #{…}}. A
 * short allow-list holds what is the same in every language: the names of the languages, each
 * written in itself (the language switch), and units.
 */
class BundleCompletenessTest {

  private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

  /** {@code {0}}, {@code {1}}… for arguments, {@code {name}} for the members of a problem. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}");

  /** An EL expression, deferred or immediate; its string literals are code, not page text. */
  private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*\\}");

  /** Attributes whose text a user sees or hears, on any element. */
  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of(
          "title",
          "placeholder",
          "alt",
          "aria-label",
          "ariaLabel",
          "itemLabel",
          "header",
          "footer",
          "emptyMessage",
          "label",
          "requiredMessage",
          "converterMessage",
          "validatorMessage",
          "noSelectionLabel",
          "message",
          "summary",
          "yesButtonLabel",
          "noButtonLabel",
          "legend");

  /** Elements whose {@code value} is their visible text. */
  private static final Set<String> VALUE_IS_TEXT =
      Set.of(
          "outputText",
          "outputLabel",
          "outputFormat",
          "commandButton",
          "commandLink",
          "link",
          "button",
          "outputLink",
          "linkButton",
          "menuitem",
          "submenu");

  /**
   * What a page may write as it is: the language switch names each language in itself (a Chinese
   * reader looks for 中文 whatever the page's language), and measurement units.
   */
  static final Set<String> ALLOWED = Set.of("中文", "ئۇيغۇرچە", "English", "dB HL", "Hz", "UTC");

  @Test
  void every_key_is_in_all_three_languages_with_the_same_placeholders() {
    assertThat(gaps(Map.of("zh_CN", Bundles.CHINESE, "ug", Bundles.UYGHUR, "en", Bundles.ENGLISH)))
        .isEmpty();
  }

  @Test
  void a_key_missing_from_one_language_or_a_placeholder_that_differs_is_named() {
    Properties english = properties("a=Hello {0}\nb=Bye {name}\n");
    Properties chinese = properties("a=你好 {0}\nb=再见 {name}\n");
    Properties uyghur = properties("a=ياخشىمۇسىز {1}\n");
    Map<String, Properties> bundles = new LinkedHashMap<>();
    bundles.put("en", english);
    bundles.put("zh_CN", chinese);
    bundles.put("ug", uyghur);
    assertThat(gaps(bundles))
        .containsExactlyInAnyOrder(
            "ug lacks b", "a: placeholders of ug [{1}] differ from en's [{0}]");
  }

  @Test
  void no_page_shows_a_text_that_is_not_from_the_bundle() throws Exception {
    List<String> found = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
    assertThat(pages).extracting(p -> p.getFileName().toString()).contains("shell.xhtml");
    for (Path page : pages) {
      for (String text : literalTexts(Files.readString(page))) {
        found.add(PAGES.relativize(page) + ": " + text);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void the_page_check_finds_written_text_and_passes_the_bundles_and_the_allowed() throws Exception {
    String page =
        """
        <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
            xmlns:ui="jakarta.faces.facelets">
          <p>#{msg['a']} · #{names.place(p.code)}</p>
          <p>Patients</p>
          <h:outputText value="Save #{x}"/>
          <h:inputText id="q" placeholder="#{msg['b']}" title="name"/>
          <h:commandLink value="中文" lang="zh-CN"/>
          <h:inputText id="phone" styleClass="ac-phone"/>
          <script>const ignored = 'text';</script>
        </ui:composition>""";
    assertThat(literalTexts(page))
        .containsExactly("Patients", "outputText@value: Save", "title: name");
  }

  /**
   * What is wrong with the bundles: a key one lacks, or placeholders that differ from English's.
   */
  static List<String> gaps(Map<String, Properties> bundles) {
    Set<String> keys = new TreeSet<>();
    bundles.values().forEach(b -> keys.addAll(b.stringPropertyNames()));
    List<String> gaps = new ArrayList<>();
    Properties english = bundles.get("en");
    for (String key : keys) {
      for (Map.Entry<String, Properties> bundle :
          new TreeSet<>(bundles.keySet())
              .stream().map(language -> Map.entry(language, bundles.get(language))).toList()) {
        String text = bundle.getValue().getProperty(key);
        if (text == null) {
          gaps.add(bundle.getKey() + " lacks " + key);
        } else if (english.getProperty(key) != null
            && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
          gaps.add(
              key
                  + ": placeholders of "
                  + bundle.getKey()
                  + " "
                  + placeholders(text)
                  + " differ from en's "
                  + placeholders(english.getProperty(key)));
        }
      }
    }
    return gaps;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      found.add(placeholder.group());
    }
    return found;
  }

  /** The texts of a page that do not come from the bundle (nor from the allow-list). */
  static List<String> literalTexts(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document document = builder.parse(new InputSource(new StringReader(xhtml)));
    List<String> found = new ArrayList<>();
    collect(document.getDocumentElement(), found);
    return found;
  }

  private static void collect(Element element, List<String> found) {
    String name = element.getLocalName();
    if (name.equals("script") || name.equals("style")) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName =
          attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      boolean visible =
          VISIBLE_ATTRIBUTES.contains(attributeName)
              || (attributeName.equals("value") && VALUE_IS_TEXT.contains(name));
      String literal = literal(attribute.getValue());
      if (visible && literal != null) {
        found.add(
            (attributeName.equals("value") ? name + "@value" : attributeName) + ": " + literal);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element inner) {
        collect(inner, found);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String literal = literal(child.getNodeValue());
        if (literal != null) {
          found.add(literal);
        }
      }
    }
  }

  /** The text outside EL expressions if it has a letter and is not allowed as it is; else null. */
  private static String literal(String text) {
    String outside = EL.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
    for (String allowed : ALLOWED) {
      outside = outside.replace(allowed, " ");
    }
    if (outside.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    return EL.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
  }

  private static Properties properties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
