/* Definitions on hover, focus and tap for the glossary terms and models a page links.

   A linked mention is `<a href="../../glossary/#crm" data-rg-ref="term:crm">CRM</a>`; the page's
   `<script type="application/json" id="rg-refs">` (overrides/main.html) maps each key to
   {"name": ..., "text": [definitions]}. Everything shown is set as text (textContent), never as
   markup, so a definition can hold any character.

   - Mouse: hovering a link shows the definition beside it; it stays while the pointer is on the
     link or on the definition, and Escape hides it (WCAG 1.4.13).
   - Keyboard: focusing a link shows the same and describes the link by it (aria-describedby),
     so a screen reader reads the definition; Escape hides it; Enter follows the link.
   - Touch: a tap opens the definition as a dialog at the foot of the screen, with "Open in
     glossary" and "Close"; Escape, Close or a tap outside closes it and returns focus to the link.
     A second tap on the same link follows it.
   Without JavaScript the links simply lead to the glossary. */
(() => {
  const LINK = "a[data-rg-ref]";
  const HIDE_DELAY = 300; // ms: time to move the pointer from the link onto the definition
  let refs = {};
  let panel = null;
  let current = null; // the link whose definition shows
  let mode = null; // "hover", "focus" or "dialog"
  let hideTimer = 0;
  let touch = false; // the last pointer was a finger or a pen (not a mouse or the keyboard)

  function loadRefs() {
    const data = document.getElementById("rg-refs");
    try {
      refs = data ? JSON.parse(data.textContent) : {};
    } catch (error) {
      refs = {};
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function build() {
    panel = element("div", "rg-def");
    panel.id = "rg-def";
    panel.hidden = true;
    panel.tabIndex = -1;
    panel.addEventListener("pointerenter", () => clearTimeout(hideTimer));
    panel.addEventListener("pointerleave", (event) => {
      if (mode === "hover" && event.pointerType === "mouse") scheduleHide();
    });
    document.body.append(panel);
  }

  function fill(link, ref) {
    panel.replaceChildren();
    const name = element("p", "rg-def__name", ref.name);
    name.id = "rg-def-name";
    panel.append(name);
    for (const text of ref.text) panel.append(element("p", "rg-def__text", text));
    if (mode !== "dialog") return;
    const actions = element("p", "rg-def__actions");
    const model = link.dataset.rgRef.startsWith("model:");
    const open = element("a", "rg-def__open", model ? "Open in models" : "Open in glossary");
    open.href = link.href;
    const close = element("button", "rg-def__close", "Close");
    close.type = "button";
    close.addEventListener("click", () => hide(true));
    actions.append(open, close);
    panel.append(actions);
  }

  function place(link) {
    if (mode === "dialog") {
      panel.style.left = panel.style.top = "";
      return;
    }
    const box = link.getBoundingClientRect();
    const width = panel.offsetWidth;
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    const below = box.bottom + 6;
    const fits = below + panel.offsetHeight < window.innerHeight;
    const top = fits ? below : Math.max(8, box.top - panel.offsetHeight - 6);
    panel.style.left = `${left + window.scrollX}px`;
    panel.style.top = `${top + window.scrollY}px`;
  }

  function show(link, how) {
    const ref = refs[link.dataset.rgRef];
    if (!ref) return false;
    clearTimeout(hideTimer);
    if (current && current !== link) current.removeAttribute("aria-describedby");
    current = link;
    mode = how;
    if (!panel) build();
    panel.classList.toggle("rg-def--dialog", how === "dialog");
    if (how === "dialog") {
      panel.setAttribute("role", "dialog");
      panel.setAttribute("aria-labelledby", "rg-def-name");
      link.removeAttribute("aria-describedby");
    } else {
      panel.setAttribute("role", "tooltip");
      panel.removeAttribute("aria-labelledby");
      link.setAttribute("aria-describedby", "rg-def");
    }
    fill(link, ref);
    panel.hidden = false;
    place(link);
    if (how === "dialog") panel.focus();
    return true;
  }

  function hide(returnFocus) {
    clearTimeout(hideTimer);
    if (!panel || panel.hidden) return;
    const link = current;
    const wasDialog = mode === "dialog";
    panel.hidden = true;
    mode = null;
    current = null;
    if (link) link.removeAttribute("aria-describedby");
    if (returnFocus && wasDialog && link) link.focus({ preventScroll: true });
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => hide(false), HIDE_DELAY);
  }

  const linkOf = (target) => (target instanceof Element ? target.closest(LINK) : null);

  document.addEventListener("pointerdown", (event) => {
    touch = event.pointerType === "touch" || event.pointerType === "pen";
    if (mode === "dialog" && !panel.contains(event.target) && linkOf(event.target) !== current) {
      hide(false);
    }
  }, true);

  document.addEventListener("click", (event) => {
    const link = linkOf(event.target);
    if (!link || !touch) return;
    if (mode === "dialog" && current === link) return; // second tap: follow the link
    if (show(link, "dialog")) event.preventDefault();
  });

  document.addEventListener("pointerover", (event) => {
    if (event.pointerType !== "mouse") return;
    const link = linkOf(event.target);
    if (link && mode !== "dialog") show(link, "hover");
  });

  document.addEventListener("pointerout", (event) => {
    if (event.pointerType !== "mouse" || mode !== "hover") return;
    const link = linkOf(event.target);
    if (link && !link.contains(event.relatedTarget)) scheduleHide();
  });

  document.addEventListener("focusin", (event) => {
    const link = linkOf(event.target);
    if (link && mode !== "dialog" && !touch) show(link, "focus");
  });

  document.addEventListener("focusout", (event) => {
    if (mode === "focus" && linkOf(event.target) === current) hide(false);
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Tab") touch = false; // after a tap, Tab is keyboard use again
    if (event.key !== "Escape" || !panel || panel.hidden) return;
    event.preventDefault();
    hide(true);
  }, true);

  // Material's instant navigation swaps the page without reloading scripts.
  if (window.document$) {
    window.document$.subscribe(() => {
      hide(false);
      loadRefs();
    });
  } else {
    loadRefs();
  }
})();
