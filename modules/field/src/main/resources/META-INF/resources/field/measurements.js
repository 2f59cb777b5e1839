// The screening forms' values → the API's measurements (API.md "Screenings"). Pure functions, so
// the unit suite can hold every method and notation; the server checks ranges, we check shape.

export const METHODS = {
  VISION: ['OPTOTYPE', 'INSTRUMENT', 'CLINICIAN'],
  HEARING: ['OAE', 'AABR', 'PURE_TONE'],
  SPEECH: ['CLINICIAN'],
};

export const NOTATIONS = ['DECIMAL', 'FIVE_POINT', 'LOGMAR', 'SNELLEN_METRIC', 'SNELLEN_IMPERIAL'];
export const FREQUENCIES = ['500', '1000', '2000', '4000'];
export const OUTCOMES = ['PASS', 'REFER'];

const SNELLEN = { SNELLEN_METRIC: /^6\/\d+(\.\d+)?$/, SNELLEN_IMPERIAL: /^20\/\d+(\.\d+)?$/ };

/** One acuity as the API takes it: a number, or "6/12" / "20/40" text for Snellen. */
export function acuity(raw, notation, field, errors) {
  const text = String(raw ?? '').trim().replace(',', '.').replace('／', '/');
  if (!text) return undefined;
  if (SNELLEN[notation]) {
    if (!SNELLEN[notation].test(text)) {
      errors.push({ field, message: notation === 'SNELLEN_METRIC' ? 'snellen-metric' : 'snellen-imperial' });
      return undefined;
    }
    return text;
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    errors.push({ field, message: 'number' });
    return undefined;
  }
  return Number(text);
}

function outcome(value, field, errors) {
  if (!OUTCOMES.includes(value)) errors.push({ field, message: 'outcome' });
  return value;
}

/**
 * Builds the measurements of a screening from the form's values:
 * {notation, rightUncorrected, leftUncorrected, rightCorrected, leftCorrected, rightEar, leftEar,
 * pureTone: {right: {500…}, left: {…}}, outcome}. Answers {measurements} or {errors:[{field, message}]}
 * with the form's field names.
 */
export function buildMeasurements(kind, method, v) {
  const errors = [];
  if (!(METHODS[kind] || []).includes(method)) {
    return { errors: [{ field: 'method', message: 'method' }] };
  }
  let measurements;
  if (kind === 'VISION' && method === 'OPTOTYPE') {
    if (!NOTATIONS.includes(v.notation)) errors.push({ field: 'notation', message: 'notation' });
    const eye = (side) => {
      const uncorrected = acuity(v[side + 'Uncorrected'], v.notation, side + '-uncorrected', errors);
      const corrected = acuity(v[side + 'Corrected'], v.notation, side + '-corrected', errors);
      if (uncorrected === undefined && !errors.some((e) => e.field === side + '-uncorrected')) {
        errors.push({ field: side + '-uncorrected', message: 'required' });
      }
      const result = { uncorrected: { value: uncorrected, notation: v.notation } };
      if (corrected !== undefined) result.corrected = { value: corrected, notation: v.notation };
      return result;
    };
    measurements = { rightEye: eye('right'), leftEye: eye('left') };
  } else if (method === 'OAE' || method === 'AABR') {
    measurements = {
      rightEar: outcome(v.rightEar, 'right-ear', errors),
      leftEar: outcome(v.leftEar, 'left-ear', errors),
    };
  } else if (method === 'PURE_TONE') {
    const ear = (side) => {
      const thresholds = {};
      for (const f of FREQUENCIES) {
        const field = `pt-${side}-${f}`;
        const raw = String(v.pureTone?.[side]?.[f] ?? '').trim();
        if (!/^-?\d+$/.test(raw)) errors.push({ field, message: raw ? 'whole-db' : 'required' });
        else thresholds[f] = Number(raw);
      }
      return thresholds;
    };
    measurements = { rightEar: ear('right'), leftEar: ear('left') };
  } else {
    measurements = { outcome: outcome(v.outcome, 'outcome', errors) };
  }
  return errors.length ? { errors } : { measurements };
}

/** The date of an instant in Asia/Shanghai (what the rules call the screening's day). */
export function shanghaiDate(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

/** The request the offline classifier takes (the classification.js contract). */
export function classificationRequest(ruleSet, kind, method, birthDate, performedAt, measurements) {
  return { ruleSet, kind, method, birthDate, screenedOn: shanghaiDate(performedAt), measurements };
}

/** Classifies offline through classification.js's classify(string): string; null when absent. */
export function classifyOffline(classify, request) {
  if (typeof classify !== 'function') return null;
  try {
    return JSON.parse(classify(JSON.stringify(request)));
  } catch (failed) {
    return { errors: [{ field: 'classification', message: String(failed && failed.message) }] };
  }
}

/** Whether the server's answer differs from the one computed offline (result or classification). */
export function differs(offline, server) {
  if (!offline || offline.errors || !server) return false;
  return offline.result !== server.result || canonical(offline.classification) !== canonical(server.classification);
}

function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).filter((k) => value[k] !== null && value[k] !== undefined).sort()
      .map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  if (typeof value === 'number') return String(Number(value));
  return JSON.stringify(value ?? null);
}
