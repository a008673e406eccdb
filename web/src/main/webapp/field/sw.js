// Service worker of the field app, scope /field/.
//   the shell (this folder's files)  cache-first from a versioned precache: the app opens with no signal
//   /api/v1/texts/*                  stale-while-revalidate: the chosen language works offline
//   any other /api/ request          not touched: straight to the network, never cached
// Change VERSION whenever a shell file changes, so phones fetch the new shell and drop the old one.
const VERSION = 'v3';
const SHELL_CACHE = `langso-field-shell-${VERSION}`;
const TEXTS_CACHE = 'langso-field-texts';
const SHELL = [
  'index.html',
  'app.css',
  'app.js',
  'js/api.js',
  'js/attendance.js',
  'js/dom.js',
  'js/household-form.js',
  'js/households.js',
  'js/lists.js',
  'js/outbox.js',
  'js/rules.js',
  'js/search.js',
  'js/store.js',
  'js/text.js',
  'js/util.js',
  'js/visit-form.js',
  'vendor/idb/index.js',
  'manifest.webmanifest',
  'icon.svg',
];

const scope = new URL(self.registration.scope);
const apiPath = new URL('../api/', scope).pathname;
const textsPath = new URL('../api/v1/texts/', scope).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL.map((path) => new Request(new URL(path, scope), { cache: 'reload' })));
      // Both languages too, so that a phone that goes offline at once can still switch; not fatal if missing.
      const texts = await caches.open(TEXTS_CACHE);
      await Promise.all(['vi', 'en'].map((lang) => texts.add(new URL(`${textsPath}field?lang=${lang}`, scope).href).catch(() => {})));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const kept = [SHELL_CACHE, TEXTS_CACHE];
      for (const name of await caches.keys()) {
        if (name.startsWith('langso-field-') && !kept.includes(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (url.pathname.startsWith(textsPath)) return event.respondWith(staleWhileRevalidate(event));
  if (url.pathname.startsWith(apiPath)) return; // the network alone: the outbox needs real answers
  if (request.mode === 'navigate' || url.pathname.startsWith(scope.pathname)) event.respondWith(shellFirst(request));
});

async function shellFirst(request) {
  const shell = await caches.open(SHELL_CACHE);
  // Every page of the app is index.html (/field/, /field/index.html, /field/?x=…).
  const cached = request.mode === 'navigate'
    ? await shell.match(new URL('index.html', scope).href)
    : await shell.match(request, { ignoreSearch: true });
  return cached ?? fetch(request);
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(TEXTS_CACHE);
  const cached = await cache.match(event.request);
  const fresh = fetch(event.request).then(async (response) => {
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => {}));
  return cached;
}
