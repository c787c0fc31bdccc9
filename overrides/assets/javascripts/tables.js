/* Tables: Material wraps each table in a box that scrolls sideways when the table is wider
   than the page (a phone). A box that scrolls must be reachable without a pointer (WCAG
   2.1.1): each becomes a named region that Tab reaches and the arrow keys then scroll, named
   after the heading (or callout title) it stands under. */
(() => {
  function title(box) {
    const callout = box.closest(".admonition");
    if (callout) return callout.querySelector(".admonition-title")?.textContent.trim() || "";
    for (let node = box.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) return node.textContent.replace("¶", "").trim();
    }
    return "";
  }

  function reachable() {
    for (const box of document.querySelectorAll(".md-typeset__scrollwrap")) {
      if (box.hasAttribute("tabindex") || !box.querySelector("table")) continue;
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      const heading = title(box);
      box.setAttribute("aria-label", heading ? `Table: ${heading}` : "Table");
    }
  }

  /* Material wraps the tables as each page loads (instant navigation too): after it. */
  const later = () => requestAnimationFrame(reachable);
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(later);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", later);
  else later();
})();
