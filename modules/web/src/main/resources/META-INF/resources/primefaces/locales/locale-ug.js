if (window.PrimeFaces) {
  /**
   * Uyghur (ug, Arabic script, right to left), for AllianceCare (issue 16): PrimeFaces ships no
   * Uyghur locale, and without one its page head asks for a script that does not exist. The names
   * of days and months, the half-days and the first day of the week are CLDR's (the JDK's data for
   * ug), the clinic calendar's buttons ours (FullCalendar's ug locale where it has one); the texts
   * of widgets that the pages do not use stay as PrimeFaces' English ones.
   */
  var english = PrimeFaces.locales["en_US"] || PrimeFaces.locales["en"] || {};
  PrimeFaces.locales["ug"] = Object.assign({}, english, {
    am: "چۈشتىن بۇرۇن",
    pm: "چۈشتىن كېيىن",
    dateFormat: "yy-mm-dd",
    dayNames: ["يەكشەنبە", "دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە"],
    dayNamesShort: ["يە", "دۈ", "سە", "چا", "پە", "جۈ", "شە"],
    dayNamesMin: ["ي", "د", "س", "چ", "پ", "ج", "ش"],
    monthNames: ["يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر"],
    monthNamesShort: ["يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر"],
    firstDayOfWeek: 0,
    today: "بۈگۈن",
    // the clinic calendar (FullCalendar through p:schedule) takes its buttons from here
    year: "يىل",
    month: "ئاي",
    week: "ھەپتە",
    day: "كۈن",
    list: "كۈنتەرتىپ",
    weekHeader: "ھەپتە",
    weekNumberTitle: "ھەپتە",
    allDayText: "پۈتۈن كۈن",
    moreLinkText: "يەنە",
    noEventsText: "سەييار داۋالاش يوق",
    aria: Object.assign({}, english.aria, {
      previous: "ئالدىنقى",
      next: "كېيىنكى"
    }),
    isRTL: true
  });
  PrimeFaces.locales["ug_CN"] = PrimeFaces.locales["ug"];
}
