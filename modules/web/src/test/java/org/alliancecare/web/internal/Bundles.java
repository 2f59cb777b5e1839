package org.alliancecare.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The web UI's texts as the tests read them: the bundle files themselves, one per language
 * (Chinese, Uyghur, English).
 */
final class Bundles {

  static final Properties ENGLISH = of("en");
  static final Properties CHINESE = of("zh_CN");
  static final Properties UYGHUR = of("ug");

  private Bundles() {}

  static Properties of(String language) {
    Properties texts = new Properties();
    try (InputStream in =
        Bundles.class.getResourceAsStream("messages_" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
