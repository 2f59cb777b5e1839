package org.alliancecare.field.internal.web;

/** A request's {@code Accept-Encoding} header, as far as the field app compresses (gzip only). */
public final class AcceptEncoding {

  private AcceptEncoding() {}

  /** Whether an {@code Accept-Encoding} value names gzip (or any coding) without {@code q=0}. */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip();
      if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused(parts)) {
        return true;
      }
    }
    return false;
  }

  private static boolean refused(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].replace(" ", "").matches("(?i)q=0(\\.0{0,3})?")) {
        return true;
      }
    }
    return false;
  }
}
