package org.alliancecare.directory.internal.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput;

/**
 * An account's e-mail address as the directory keeps it: one local part and a domain with a dot
 * (the shape a mail server accepts in {@code RCPT TO}, without quoted or IP-literal forms, which no
 * staff address here needs), at most 254 characters (RFC 5321), the domain in lower case.
 */
public record EmailAddress(String value) {

  private static final int MAX = 254;
  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

  public EmailAddress {
    if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches()) {
      throw InvalidInput.of("email", "must-email-address");
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
  }

  /** The address given in {@code field}, without surrounding blanks; refused naming the field. */
  public static EmailAddress parse(String text, String field) {
    try {
      return new EmailAddress(text == null ? null : text.strip());
    } catch (InvalidInput e) {
      throw InvalidInput.of(field, "must-email-address");
    }
  }
}
