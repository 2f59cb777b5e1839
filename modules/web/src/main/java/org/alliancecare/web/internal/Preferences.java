package org.alliancecare.web.internal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language and the time zone of a browser session. The language starts as the browser's
 * preference (Accept-Language: Chinese or English, Chinese for anything else) and can be switched
 * on every page; times are shown in China Standard Time or Xinjiang time, as the user chooses.
 */
@Named("ui")
@SessionScoped
public class Preferences implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final Locale ENGLISH = Locale.ENGLISH;
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final ZoneId XINJIANG = ZoneId.of("Asia/Urumqi");
  static final List<String> ZONES = List.of(CHINA.getId(), XINJIANG.getId());

  /** The HTTP session attribute with the chosen language, for pages outside Faces (errors). */
  public static final String LANGUAGE = "org.alliancecare.web.language";

  private Locale locale;
  private String zone = CHINA.getId();

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      locale = faces == null ? CHINESE : preferred(faces.getExternalContext().getRequestLocales());
    }
    return locale;
  }

  /** The first of the browser's languages that the UI speaks; Chinese when it speaks none. */
  public static Locale preferred(Iterator<Locale> browser) {
    while (browser != null && browser.hasNext()) {
      String language = browser.next().getLanguage();
      if ("zh".equals(language)) {
        return CHINESE;
      }
      if ("en".equals(language)) {
        return ENGLISH;
      }
    }
    return CHINESE;
  }

  public boolean isChinese() {
    return CHINESE.equals(getLocale());
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  public String useChinese() {
    return use(CHINESE);
  }

  public String useEnglish() {
    return use(ENGLISH);
  }

  private String use(Locale chosen) {
    locale = chosen;
    FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(LANGUAGE, chosen);
    return Navigation.reload();
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = ZONES.contains(zone) ? zone : CHINA.getId();
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String changeZone() {
    return Navigation.reload();
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }
}
