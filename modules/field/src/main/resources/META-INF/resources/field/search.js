// Finding a child on the device: by Chinese characters, pinyin/Latin initials or full pinyin,
// the Uyghur name in Arabic script or in ULY (Uyghur Latin, typed with or without ü ö é), birth
// date (whole or partial), or a guardian's phone. Pure functions over decrypted children.

const SEPARATORS = /[\s·•・‧∙.\-_'’]/g;

/** A name with spaces and the many middle dots of Uyghur names in Chinese taken out. */
export function normalizeName(text) {
  return String(text || '').toLowerCase().replace(SEPARATORS, '');
}

// ---------- Uyghur names ----------

const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// tatweel, ZWNJ/ZWJ and the direction marks keyboards and copied text carry
const INVISIBLE = /[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Uyghur text in Arabic script as keyboards and fonts leave it, written one way: NFKC folds the
 * presentation forms, the Persian/Arabic kaf ک becomes Uyghur ك, the Arabic heh ه becomes ە,
 * tatweel and zero-width joiners go.
 */
export function uyghurLetters(text) {
  return String(text || '').normalize('NFKC').replace(INVISIBLE, '').replace(/\u06A9/g, '\u0643').replace(/\u0647/g, '\u06D5');
}

/** A Uyghur name as search compares it: also ي and ی (y, or a keyboard's i) as ى, no spaces. */
export function normalizeUyghur(text) {
  return uyghurLetters(text).replace(/[\u064A\u06CC]/g, '\u0649').replace(/[\s\u060C\u00B7'’.\-_]/g, '');
}

const ULY = {
  'ا': 'a', 'ە': 'e', 'ب': 'b', 'پ': 'p', 'ت': 't', 'ج': 'j', 'چ': 'ch', 'خ': 'x', 'د': 'd', 'ر': 'r',
  'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'گ': 'g', 'ڭ': 'ng',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ھ': 'h', 'و': 'o', 'ۇ': 'u', 'ۆ': 'ö', 'ۈ': 'ü', 'ۋ': 'w', 'ې': 'é',
  'ى': 'i', 'ي': 'y',
};
const VOWELS = new Set(['ا', 'ە', 'و', 'ۇ', 'ۆ', 'ۈ', 'ې', 'ى']);
const HAMZA = 'ئ';
/** Letter pairs that ULY separates with ' lest they read as one letter: n'g (not ڭ), s'h, z'h, g'h. */
const SEPARATED = { 'ن': 'گ', 'س': 'ھ', 'ز': 'ھ', 'گ': 'ھ' };

/**
 * The ULY (Uyghur Latin) spelling of a name in Arabic script, lower case, as the server writes
 * nameUgLatin: the letter table, ئ dropped at a word's start and written ' between two vowels
 * inside a word, ' between letters that would read as one (n'g, s'h, z'h, g'h). The Persian ی of some keyboards stands for both: y beside a vowel, i between
 * consonants or at a word's edge after one.
 */
export function uly(text) {
  const letters = [...uyghurLetters(text)];
  let out = '';
  letters.forEach((c, i) => {
    const before = letters[i - 1];
    const after = letters[i + 1];
    const inWord = (x) => x !== undefined && (x in ULY || x === HAMZA || x === '\u06CC');
    if (c === HAMZA) {
      if (inWord(before) && VOWELS.has(before) && VOWELS.has(after)) out += "'";
    } else if (c === '\u06CC') {
      out += VOWELS.has(before) || VOWELS.has(after) ? 'y' : 'i';
    } else {
      out += ULY[c] ?? c.toLowerCase();
      if (SEPARATED[c] !== undefined && SEPARATED[c] === after) out += "'";
    }
  });
  return out;
}

/** Latin typed on any keyboard: lower case, ü ö é (and any accent) as u o e, no separators. */
export function foldLatin(text) {
  return normalizeName(String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

function digits(text) {
  return String(text || '').replace(/\D/g, '');
}

/** What a query is: a (partial) birth date, a phone number, Uyghur script, Latin letters, or characters. */
export function queryKind(query) {
  const q = query.trim();
  if (/^\d{4}(-\d{1,2}(-\d{0,2})?)?$/.test(q) || /^\d{4}-$/.test(q)) return 'date';
  if (/^[\d\s+-]{3,}$/.test(q)) return 'phone';
  if (ARABIC.test(q)) return 'uyghur';
  if (/^[\p{Script=Latin}\s'’·.-]+$/u.test(q)) return 'latin';
  return 'name';
}

/** A (partial) date as a pattern: "2015-3" matches March and October–December 2015. */
function datePattern(q) {
  const [y, m, d] = q.trim().split('-');
  let pattern = y;
  if (m !== undefined) {
    pattern += '-';
    if (m.length === 2) pattern += m;
    else if (m.length === 1) pattern += d !== undefined ? '0' + m : `(0${m}|${m}\\d)`;
  }
  if (d !== undefined && d !== '') {
    pattern += '-' + (d.length === 2 ? d : `(0${d}|${d}\\d)`);
  }
  return new RegExp('^' + pattern);
}

/** What a child is searched by, normalized once per child object (the pack is read once). */
const prepared = new WeakMap();
const collator = new Intl.Collator('zh');

function keys(child) {
  let k = prepared.get(child);
  if (!k) {
    k = {
      name: normalizeName(child.name),
      latin: normalizeName(child.nameLatin),
      initials: normalizeName(child.initials),
      ug: normalizeUyghur(child.nameUg),
      ugLatin: foldLatin(child.nameUgLatin || (child.nameUg ? uly(child.nameUg) : '')),
      phones: (child.guardians || []).map((g) => digits(g.phone)).filter(Boolean),
      birthDate: String(child.birthDate || ''),
    };
    prepared.set(child, k);
  }
  return k;
}

/** How well a child matches: 0 = not at all, higher is better. */
export function score(child, query) {
  return scoreKeys(keys(child), prepare(query));
}

function prepare(query) {
  const q = query.trim();
  const kind = queryKind(q);
  const n = kind === 'uyghur' ? normalizeUyghur(q) : kind === 'latin' ? foldLatin(q) : normalizeName(q);
  return { q, kind, pattern: kind === 'date' ? datePattern(q) : null, n, d: digits(q) };
}

function scoreKeys(k, { q, kind, pattern, n, d }) {
  if (!q) return 1;
  switch (kind) {
    case 'date': {
      const hitDate = pattern.test(k.birthDate) ? 3 : 0;
      // four digits are also the start of a phone number's digits
      const hitPhone = /^\d{4}$/.test(q) && k.phones.some((p) => p.includes(q)) ? 1 : 0;
      return Math.max(hitDate, hitPhone);
    }
    case 'phone': {
      return k.phones.some((p) => p.includes(d)) ? (k.phones.includes(d) ? 3 : 2) : 0;
    }
    case 'uyghur':
      return wholeOrPart(k.ug, n);
    case 'latin': {
      const { initials, latin, ugLatin } = k;
      if (latin === n || ugLatin === n) return 5;
      if (initials && initials === n) return 4;
      if (latin.startsWith(n) || ugLatin.startsWith(n)) return 3;
      if (initials.startsWith(n)) return 2;
      if (latin.includes(n) || ugLatin.includes(n) || foldLatin(k.name).includes(n)) return 1;
      return 0;
    }
    default:
      return wholeOrPart(k.name, n);
  }
}

/** 4 for the whole name, 3 for its start, 2 for a part of it (a surname), 0 for none. */
function wholeOrPart(name, n) {
  if (!name) return 0;
  if (name === n) return 4;
  if (name.startsWith(n)) return 3;
  return name.includes(n) ? 2 : 0;
}

/** What a child's name sorts by: the Chinese name, else the Uyghur one. */
function sortName(child) {
  return String(child.name || child.nameUgLatin || child.nameUg || '');
}

/** The children matching a query, best first, then by name; at most {@code limit}. */
export function search(children, query, limit = 50) {
  const hits = [];
  const wanted = prepare(query);
  for (const child of children) {
    const s = scoreKeys(keys(child), wanted);
    if (s > 0) hits.push({ child, s });
  }
  hits.sort((a, b) => b.s - a.s || collator.compare(sortName(a.child), sortName(b.child)));
  return hits.slice(0, limit).map((h) => h.child);
}
