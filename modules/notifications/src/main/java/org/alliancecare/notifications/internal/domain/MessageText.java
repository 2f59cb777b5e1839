package org.alliancecare.notifications.internal.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template's text with its {@code {name}} fields filled in; an unknown field stays as it is. */
public final class MessageText {

  private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

  private MessageText() {}

  public static String fill(String template, Map<String, String> fields) {
    Matcher field = FIELD.matcher(template);
    StringBuilder text = new StringBuilder();
    while (field.find()) {
      String value = fields.get(field.group(1));
      field.appendReplacement(
          text, Matcher.quoteReplacement(value != null ? value : field.group()));
    }
    field.appendTail(text);
    return text.toString();
  }
}
