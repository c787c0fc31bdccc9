/* The guide's service worker: the guide keeps working offline after a first visit.

   precache.js (written by the build, hooks/revguide/webapp.py) lists what to keep at install:
   the whole guide when it is small, otherwise its shell (styles, scripts, search index,
   practice data, home page), with pages kept as they are opened. Every request to the guide
   goes to the network first, so a reader online always sees the current deployment; the copy
   kept on the device answers when the network does not (offline, or no answer in 4 s).
   A new deployment changes precache.js, which installs a new worker: old copies are dropped
   and open pages are told (webapp.js shows "updated"). Nothing here talks to another site. */
importScripts("precache.js");

const { version, files } = self.REVGUIDE_PRECACHE;
const PRECACHE = `revguide-${version}`;
const VISITED = "revguide-visited";
const PATIENCE = 4000;
const scope = new URL(self.registration.scope);
const listed = new Set(files.map((path) => new URL(path, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      await cache.addAll(files.map((path) => new Request(new URL(path, scope), { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("revguide-") && name !== PRECACHE && name !== VISITED) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

function inGuide(url) {
  return url.origin === scope.origin && url.pathname.startsWith(scope.pathname) &&
    !url.pathname.includes("/livereload/");
}

/** The cache key of a URL: without its query (search results add "?h=..."). */
function key(url) {
  return url.origin + url.pathname;
}

async function cached(url) {
  return (await caches.match(key(url))) ??
    (url.pathname.endsWith("/") ? undefined : await caches.match(key(url) + "/"));
}

function offline(request) {
  if (request.mode !== "navigate") return Response.error();
  const home = scope.href;
  const body = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title>
<main style="font-family: system-ui, sans-serif; max-width: 30rem; margin: 3rem auto; padding: 0 1rem">
<h1>You are offline</h1><p>This page has not been opened on this device yet, so there is no copy
of it here. Pages you have opened before still work: <a href="${home}">go to the home page</a>.</p>
</main></html>`;
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function networkFirst(request, url) {
  // A page is checked with the server each time (a 304 when unchanged), never taken from the
  // browser's own cache: the next visit after a deployment shows it.
  const asked = request.mode === "navigate" ? new Request(request, { cache: "no-cache" }) : request;
  const network = fetch(asked).then(async (response) => {
    if (response.ok && response.type === "basic") {
      const store = await caches.open(listed.has(key(url)) ? PRECACHE : VISITED);
      await store.put(key(url), response.clone());
    }
    return response;
  });
  const copy = await cached(url);
  if (!copy) return network.catch(() => offline(request));
  const late = new Promise((resolve) => setTimeout(() => resolve(copy), PATIENCE));
  return Promise.race([network, late]).catch(() => copy);
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || !inGuide(url)) return;
  event.respondWith(networkFirst(event.request, url));
});
