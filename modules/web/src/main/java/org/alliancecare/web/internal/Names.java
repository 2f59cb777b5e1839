package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.Place;

/**
 * Names in the page's language: places, organisations and alliances by their {@code nameZh} or
 * {@code nameEn}, code lists (statuses, kinds, services…) from the bundle. Unknown ones show their
 * code, never nothing.
 */
@Named("names")
@RequestScoped
public class Names {

  @Inject DirectoryFacade directory;
  @Inject AlliancesFacade alliances;
  @Inject Preferences preferences;
  @Inject Texts texts;

  private final Map<String, String> places = new HashMap<>();
  private final Map<String, String> organisations = new HashMap<>();
  private final Map<String, String> allianceNames = new HashMap<>();

  public String localized(String nameZh, String nameEn) {
    // places and organisations have Chinese and English names; a Uyghur page shows the Chinese
    // one, the official name that people in Xinjiang read on signs and papers
    String preferred = texts.locale().getLanguage().equals("en") ? nameEn : nameZh;
    return preferred == null || preferred.isBlank()
        ? (nameZh == null ? nameEn : nameZh)
        : preferred;
  }

  public String place(String code) {
    if (code == null) {
      return "";
    }
    return places.computeIfAbsent(code, c -> directory.findPlace(c).map(this::of).orElse(c));
  }

  public String of(Place place) {
    return localized(place.nameZh(), place.nameEn());
  }

  public String of(Organisation organisation) {
    return localized(organisation.nameZh(), organisation.nameEn());
  }

  public String places(Collection<String> codes) {
    return codes.stream().sorted().map(this::place).collect(Collectors.joining(", "));
  }

  public String organisation(String id) {
    if (id == null) {
      return "";
    }
    return organisations.computeIfAbsent(
        id, i -> directory.findOrganisation(i).map(this::of).orElse(i));
  }

  public String alliance(String id) {
    if (id == null) {
      return "";
    }
    return allianceNames.computeIfAbsent(
        id, i -> alliances.findAlliance(i).map(a -> localized(a.nameZh(), a.nameEn())).orElse(i));
  }

  public String alliances(Collection<String> ids) {
    return ids.stream().map(this::alliance).collect(Collectors.joining(", "));
  }

  /** A code of a code list, e.g. {@code code('clinicStatus', 'PLANNED')}; the code if unknown. */
  public String code(String list, Object value) {
    if (value == null) {
      return "";
    }
    String code = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    return texts.find(list + "." + code).orElse(code);
  }

  /** Whether a code list names a code in the page's language (else the code is shown as it is). */
  public boolean known(String list, Object value) {
    if (value == null) {
      return false;
    }
    String code = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    return texts.find(list + "." + code).isPresent();
  }

  /**
   * A milestone's title in the page's language: a default template's title (DOMAIN.md, stored in
   * English) is translated by its condition and kind; a title that a program wrote itself is shown
   * as written.
   */
  public String milestone(Object condition, String kind, String title) {
    if (condition == null || kind == null) {
      return title == null ? "" : title;
    }
    String key = "milestoneTitle." + condition + "." + kind;
    boolean isDefault =
        Texts.find(Preferences.ENGLISH, key).map(t -> t.equals(title)).orElse(false)
            || Texts.find(Preferences.CHINESE, key).map(t -> t.equals(title)).orElse(false)
            || Texts.find(Preferences.UYGHUR, key).map(t -> t.equals(title)).orElse(false);
    return isDefault ? texts.find(key).orElse(title) : title;
  }

  /** Several codes of one list, joined. */
  public String codes(String list, Collection<?> values) {
    return values == null
        ? ""
        : values.stream().map(v -> code(list, v)).sorted().collect(Collectors.joining(", "));
  }

  Optional<Place> findPlace(String code) {
    return directory.findPlace(code);
  }
}
