package org.alliancecare.directory.internal.domain;

import java.util.List;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;

/** Real places of shared/data/places.csv, as the directory's migrations load them. */
public final class SamplePlaces {

  public static final String XINJIANG = "650000";
  public static final String AKSU_PREFECTURE = "652900";
  public static final String AKSU_CITY = "652901";
  public static final String KUQA = "652902";
  public static final String WENSU = "652922";
  public static final String XINHE = "652925";
  public static final String ARAL = "659002";
  public static final String JIAMU_TOWN = "652922-T01";
  public static final String JIAMUGANG_VILLAGE = "652922-V01";
  public static final String JINHUA_NEW_VILLAGE = "652922-V02";
  public static final String YONGKU_VILLAGE = "652902-V01";
  public static final String YULUDUSIBAGE_TOWN = "652925-T01";

  public static final List<Place> ALL =
      List.of(
          place(
              XINJIANG, null, PlaceLevel.PROVINCE, "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region"),
          place(AKSU_PREFECTURE, XINJIANG, PlaceLevel.PREFECTURE, "阿克苏地区", "Aksu Prefecture"),
          place(AKSU_CITY, AKSU_PREFECTURE, PlaceLevel.COUNTY, "阿克苏市", "Aksu City"),
          place(KUQA, AKSU_PREFECTURE, PlaceLevel.COUNTY, "库车市", "Kuqa City"),
          place(WENSU, AKSU_PREFECTURE, PlaceLevel.COUNTY, "温宿县", "Wensu County"),
          place(XINHE, AKSU_PREFECTURE, PlaceLevel.COUNTY, "新和县", "Xinhe County"),
          place(ARAL, XINJIANG, PlaceLevel.COUNTY, "阿拉尔市", "Aral City"),
          place(YULUDUSIBAGE_TOWN, XINHE, PlaceLevel.TOWNSHIP, "尤鲁都斯巴格镇", "Yuludusibage Town"),
          place(JIAMU_TOWN, WENSU, PlaceLevel.TOWNSHIP, "佳木镇", "Jiamu Town"),
          place(JIAMUGANG_VILLAGE, JIAMU_TOWN, PlaceLevel.VILLAGE, "佳木岗村", "Jiamugang Village"),
          place(JINHUA_NEW_VILLAGE, WENSU, PlaceLevel.VILLAGE, "金华新村", "Jinhua New Village"),
          place(
              YONGKU_VILLAGE, KUQA, PlaceLevel.VILLAGE, "甬库振兴村", "Yongku Revitalisation Village"));

  public static final PlaceTree TREE = PlaceTree.of(ALL);

  private SamplePlaces() {}

  private static Place place(
      String code, String parent, PlaceLevel level, String nameZh, String nameEn) {
    return new Place(code, parent, level, nameZh, nameEn);
  }
}
