import { run } from './runner.js';

window.addEventListener('error', (e) => {
  window.fieldTestResults = { done: true, passed: 0, failed: 1, tests: [{ name: 'loading the suite', ok: false, error: String(e.message) }] };
});

try {
  await import('./vault.test.js');
  await import('./store.test.js');
  await import('./search.test.js');
  await import('./measurements.test.js');
  await import('./sync.test.js');
  await import('./i18n.test.js');
  await import('./inbox.test.js');
  await run();
} catch (e) {
  window.fieldTestResults = { done: true, passed: 0, failed: 1, tests: [{ name: 'loading the suite', ok: false, error: String((e && e.stack) || e) }] };
}
