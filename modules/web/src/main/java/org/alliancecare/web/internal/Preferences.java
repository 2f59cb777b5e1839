package org.alliancecare.web.internal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;

/**
 * The language and the time zone of a browser session. The UI speaks Chinese (the default), Uyghur
 * (Arabic script, right to left) and English. The language starts as the browser's preference
 * (Accept-Language, in the order of its q-values; Chinese when it names none of the three); once
 * the user has signed in, the language their account keeps replaces it, and a language switched to
 * on any page is kept on the account, so that it follows the user to every browser. Times are shown
 * in China Standard Time or Xinjiang time, as the user chooses.
 */
@Named("ui")
@SessionScoped
public class Preferences implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");
  static final Locale ENGLISH = Locale.ENGLISH;

  /** The languages of the UI, as their BCP 47 tags (the account keeps the tag). */
  static final List<Locale> LANGUAGES = List.of(CHINESE, UYGHUR, ENGLISH);

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final ZoneId XINJIANG = ZoneId.of("Asia/Urumqi");
  static final List<String> ZONES = List.of(CHINA.getId(), XINJIANG.getId());

  /** The HTTP session attribute with the chosen language, for pages outside Faces (errors). */
  public static final String LANGUAGE = "org.alliancecare.web.language";

  @Inject CurrentCaller caller;
  @Inject DirectoryFacade directory;

  private Locale locale;
  private String zone = CHINA.getId();

  /** The account whose kept language this session has taken (once per sign-in). */
  private String accountRead;

  public Locale getLocale() {
    adoptTheAccountsLanguage();
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      locale = faces == null ? CHINESE : preferred(faces.getExternalContext().getRequestLocales());
    }
    return locale;
  }

  /**
   * The first of the browser's languages that the UI speaks (the servlet container orders them by
   * their q-values); Chinese when it speaks none.
   */
  public static Locale preferred(Iterator<Locale> browser) {
    while (browser != null && browser.hasNext()) {
      Optional<Locale> spoken = spoken(browser.next().getLanguage());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return CHINESE;
  }

  /** The UI's language for a language code or tag ({@code ug}, {@code ug-CN}, {@code zh}…). */
  static Optional<Locale> spoken(String language) {
    if (language == null) {
      return Optional.empty();
    }
    String code = Locale.forLanguageTag(language).getLanguage();
    return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
  }

  /**
   * On the first page after signing in, the language the account keeps (if its holder ever chose
   * one) replaces the browser's.
   */
  private void adoptTheAccountsLanguage() {
    if (FacesContext.getCurrentInstance() == null) {
      return;
    }
    Optional<Caller> signedIn = caller.find();
    if (signedIn.isEmpty() || signedIn.get().username().equals(accountRead)) {
      return;
    }
    accountRead = signedIn.get().username();
    spoken(directory.me(signedIn.get()).language()).ifPresent(this::remember);
  }

  public boolean isChinese() {
    return CHINESE.equals(getLocale());
  }

  public boolean isUyghur() {
    return UYGHUR.equals(getLocale());
  }

  public boolean isEnglish() {
    return ENGLISH.equals(getLocale());
  }

  /** Whether the page is written right to left (Uyghur). */
  public boolean isRtl() {
    return rightToLeft(getLocale());
  }

  /** The page's {@code dir}: {@code rtl} for Uyghur, {@code ltr} otherwise. */
  public String getDirection() {
    return isRtl() ? "rtl" : "ltr";
  }

  /** Whether {@code locale} is written right to left (of the UI's languages: Uyghur). */
  public static boolean rightToLeft(Locale locale) {
    return "ug".equals(locale.getLanguage());
  }

  /** {@code zh-CN}, {@code ug-CN} or {@code en}: the page's {@code lang}. */
  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  public String useChinese() {
    return use(CHINESE);
  }

  public String useUyghur() {
    return use(UYGHUR);
  }

  public String useEnglish() {
    return use(ENGLISH);
  }

  /** Switches the session's language and, for a signed-in user, keeps it on the account. */
  private String use(Locale chosen) {
    getLocale();
    remember(chosen);
    caller
        .find()
        .ifPresent(
            signedIn -> {
              directory.changeLanguage(signedIn, chosen.toLanguageTag());
              accountRead = signedIn.username();
            });
    return Navigation.reload();
  }

  private void remember(Locale chosen) {
    locale = chosen;
    FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(LANGUAGE, chosen);
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
