// Finding a child on the device: by Chinese characters, pinyin/Latin initials or full pinyin,
// birth date (whole or partial), or a guardian's phone. Pure functions over decrypted children.

const SEPARATORS = /[\s·•・‧∙.\-_'’]/g;

/** A name with spaces and the many middle dots of Uyghur names in Chinese taken out. */
export function normalizeName(text) {
  return String(text || '').toLowerCase().replace(SEPARATORS, '');
}

function digits(text) {
  return String(text || '').replace(/\D/g, '');
}

/** What a query is: a (partial) birth date, a phone number, Latin letters, or characters. */
export function queryKind(query) {
  const q = query.trim();
  if (/^\d{4}(-\d{1,2}(-\d{0,2})?)?$/.test(q) || /^\d{4}-$/.test(q)) return 'date';
  if (/^[\d\s+-]{3,}$/.test(q)) return 'phone';
  if (/^[a-z\s'·.-]+$/i.test(q)) return 'latin';
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
  return { q, kind, pattern: kind === 'date' ? datePattern(q) : null, n: normalizeName(q), d: digits(q) };
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
    case 'latin': {
      const { initials, latin } = k;
      if (latin === n) return 5;
      if (initials && initials === n) return 4;
      if (latin.startsWith(n)) return 3;
      if (initials.startsWith(n)) return 2;
      if (latin.includes(n) || k.name.includes(n)) return 1;
      return 0;
    }
    default: {
      const { name } = k;
      if (name === n) return 4;
      if (name.startsWith(n)) return 3;
      return name.includes(n) ? 2 : 0;
    }
  }
}

/** The children matching a query, best first, then by name; at most {@code limit}. */
export function search(children, query, limit = 50) {
  const hits = [];
  const wanted = prepare(query);
  for (const child of children) {
    const s = scoreKeys(keys(child), wanted);
    if (s > 0) hits.push({ child, s });
  }
  hits.sort((a, b) => b.s - a.s || collator.compare(String(a.child.name), String(b.child.name)));
  return hits.slice(0, limit).map((h) => h.child);
}
