/*
 * Keeps the personal link's page and its resources, so that it opens without a connection. The
 * answers are not kept here: the page keeps them in IndexedDB and sends them itself (answer.js).
 * - The page: from the network while there is one (it is fresh then), else the copy kept.
 * - Styles and scripts with a version in their address (v=): kept, their content never changes.
 * - The API: never kept, always the network.
 */
'use strict';

const CACHE = 'answer-page-1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()));
});

function isPage(url) {
  return url.pathname.endsWith('/answer/questionnaire.xhtml');
}

function isVersioned(url) {
  return url.searchParams.has('v');
}

/* A resource the page no longer names (a release changed it, and so its v=) is dropped. */
function forgetOldVersions(cache, current) {
  const paths = current.map((u) => new URL(u, self.location.href).pathname);
  return cache.keys().then((requests) => Promise.all(requests
    .filter((request) => {
      const url = new URL(request.url);
      return isVersioned(url) && !current.includes(request.url) && paths.includes(url.pathname);
    })
    .map((request) => cache.delete(request))));
}

/* The page asks for itself and the resources it loaded before this worker controlled it. */
self.addEventListener('message', (event) => {
  if (!event.data || !Array.isArray(event.data.keep)) {
    return;
  }
  const urls = event.data.keep.filter((u) => {
    const url = new URL(u, self.location.href);
    return url.origin === self.location.origin && (isPage(url) || isVersioned(url));
  });
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(urls.map((u) => fetch(u, { credentials: 'same-origin' })
        .then((response) => (response.ok ? cache.put(u, response) : undefined))))
        .then(() => forgetOldVersions(cache, urls)))
      .then(() => event.source && event.source.postMessage({ kept: true }))
      .catch(() => event.source && event.source.postMessage({ kept: false })));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.includes('/api/')) {
    return;
  }
  if (request.mode === 'navigate' && isPage(url)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request).then((kept) => kept || Response.error())));
  } else if (isVersioned(url)) {
    event.respondWith(
      caches.match(request).then((kept) => kept || fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })));
  }
});
