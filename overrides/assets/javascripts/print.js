/* Print: open every collapsed block (answers, details) so the sheet shows them, and close
   again afterwards what the reader had closed. */
(() => {
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
