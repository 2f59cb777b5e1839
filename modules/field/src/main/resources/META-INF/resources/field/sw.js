// The service worker: the app shell and classification.js come from a versioned cache (cache
// first), so the app opens without a network; /api is never cached (it goes to the network only).
// The cache is named by the build (filled in by Maven): a new build changes this file, the browser
// installs the new worker, which caches the new shell and deletes the old one.

const VERSION = 'field-${field.shell.version}';
const SHELL = [
  './', 'index.html', 'app.js', 'store.js', 'sync.js', 'search.js', 'measurements.js', 'i18n.js', 'inbox.js',
  'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
];
const OPTIONAL = ['classification.js'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    await cache.addAll(SHELL);
    // the offline classifier may not be deployed yet: the app then shows "result at sync"
    await Promise.all(OPTIONAL.map((path) => cache.add(path).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== VERSION) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  const scope = new URL(self.registration.scope).pathname;
  if (!url.pathname.startsWith(scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    const cached = await cache.match(event.request, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(event.request);
    if (response.ok && OPTIONAL.some((p) => url.pathname.endsWith('/' + p))) cache.put(event.request, response.clone());
    return response;
  })());
});
