/* Model diagrams: Mermaid source in <pre class="rg-diagram">, drawn by the self-hosted Mermaid
   (3.5 MB), fetched only after the page has loaded and only once a diagram comes into view, so
   pages stay fast and nothing is requested from another site. Without JavaScript, or until
   drawn, the diagram's source stays readable text. */
(() => {
  const script = document.currentScript;
  const mermaidUrl = new URL("vendor/mermaid.min.js", script ? script.src : location.href);
  let loading = null;
  let queue = Promise.resolve(); // Mermaid cannot render two diagrams at once

  function loadMermaid() {
    loading ??= new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = mermaidUrl.href;
      tag.onload = () => {
        window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
        resolve(window.mermaid);
      };
      tag.onerror = reject;
      document.head.append(tag);
    });
    return loading;
  }

  async function draw(block, index) {
    const mermaid = await loadMermaid();
    const { svg } = await mermaid.render(`rg-diagram-${index}`, block.textContent);
    const figure = document.createElement("div");
    figure.className = "rg-diagram";
    figure.setAttribute("role", "img");
    figure.setAttribute("aria-label", block.dataset.label || "Diagram");
    figure.innerHTML = svg; // Mermaid's own output, labels sanitised (securityLevel strict)
    block.replaceWith(figure);
  }

  function start() {
    const blocks = [...document.querySelectorAll("pre.rg-diagram")];
    if (!blocks.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          const block = entry.target;
          queue = queue
            .then(() => draw(block, blocks.indexOf(block)))
            .catch((error) => console.warn("diagram not drawn:", error));
        }
      },
      { rootMargin: "200px" },
    );
    for (const block of blocks) observer.observe(block);
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
})();
