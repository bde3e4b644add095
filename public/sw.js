// Decline with Grace's service worker. It keeps the app's shell usable offline and
// never stores private data: it caches only the build's static files (/_next/static,
// content-hashed) and the public icons, and an offline page. Pages and /api answers
// always come from the network; a page that cannot load shows the offline page.
const VERSION = "v1";
const CACHE = `dwg-static-${VERSION}`;
const OFFLINE_URL = "/offline.html";
const PUBLIC_FILES = [OFFLINE_URL, "/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-192.png", "/icons/maskable-512.png"];
/** Old builds' chunks are dropped past this many entries, oldest first. */
const MAX_ENTRIES = 400;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PUBLIC_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("dwg-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function isStatic(url) {
  return url.pathname.startsWith("/_next/static/") || PUBLIC_FILES.includes(url.pathname);
}

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES)).map((k) => cache.delete(k)));
}

// Static files never change under one address: the cache answers first.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    await cache.put(request, response.clone());
    void trim(cache);
  }
  return response;
}

// Pages: always the network (never stored); offline, the offline page.
async function networkOrOffline(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const offline = await caches.match(OFFLINE_URL);
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkOrOffline(request));
  } else if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
  }
  // Anything else (API calls, server actions, RSC payloads, the manifest) goes straight to the network.
});
