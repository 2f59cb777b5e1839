// A tiny test runner: test(name, fn) registers; run() runs them in order and publishes
// window.fieldTestResults = {done, passed, failed, tests:[{name, ok, error}]}.

const tests = [];

export function test(name, fn) {
  tests.push({ name, fn });
}

export class AssertionError extends Error {}

export function assert(condition, message = 'expected true') {
  if (!condition) throw new AssertionError(message);
}

export function eq(actual, expected, message = '') {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message} expected ${e} but was ${a}`);
}

export async function rejects(promise, message = 'expected a rejection') {
  try {
    await promise;
  } catch (expected) {
    return expected;
  }
  throw new AssertionError(message);
}

export async function run() {
  const results = [];
  for (const { name, fn } of tests) {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (e) {
      results.push({ name, ok: false, error: String((e && e.stack) || e) });
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  window.fieldTestResults = { done: true, passed: results.length - failed, failed, tests: results };
  document.getElementById('out').textContent = results
    .map((r) => `${r.ok ? 'PASS' : 'FAIL'} ${r.name}${r.ok ? '' : '\n    ' + r.error}`)
    .join('\n') + `\n\n${results.length - failed} passed, ${failed} failed`;
  return window.fieldTestResults;
}
