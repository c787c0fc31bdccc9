/* The installable guide: registers the service worker (sw.js, at the guide's root so it covers
   every page under the centre's sub-path) once the page has loaded and, when a new deployment has taken over a page
   that was open, says so politely. Not from file:// (the offline zip), where none can run. */
(() => {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  const script = document.currentScript;
  const worker = new URL("../../sw.js", script ? script.src : location.href);
  const wasControlled = Boolean(navigator.serviceWorker.controller);

  function notice() {
    if (document.querySelector(".rg-updated")) return;
    const box = document.createElement("div");
    box.className = "rg-updated";
    box.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = "This guide has been updated. Pages you open now are the new version.";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "OK";
    close.addEventListener("click", () => box.remove());
    box.append(text, close);
    document.body.append(box);
  }

  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (wasControlled) notice();
  });
  function register() {
    navigator.serviceWorker
      .register(worker, { scope: new URL("./", worker).pathname, updateViaCache: "none" })
      .catch((error) => console.warn("offline copy not available:", error));
  }

  // After the page has loaded: keeping the guide never slows the page being read.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
})();
