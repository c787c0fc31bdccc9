/* Print: the print action (overrides/partials/actions.html) opens the browser's print dialog;
   before printing, every collapsed block (answers, details) opens so the sheet shows it, and
   afterwards what the reader had closed closes again. */
(() => {
  for (const button of document.querySelectorAll("[data-rg-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("details:not([open])")];
    for (const block of opened) block.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const block of opened) block.open = false;
    opened = [];
  });
})();
