/* Search results: Material links a page whose own first block did not match (only its sections
   did) with an empty "?h=", so the page opens with nothing highlighted. Such links get the
   query itself, which the page then highlights (search.highlight). */
(() => {
  const input = document.querySelector(".md-search__input");
  const list = document.querySelector(".md-search-result__list");
  if (!input || !list) return;

  function fill() {
    const query = input.value.trim();
    if (!query) return;
    for (const link of list.querySelectorAll("a[href*='h=']")) {
      const url = new URL(link.href);
      if (url.searchParams.get("h") !== "") continue;
      url.searchParams.set("h", query);
      link.href = url.href;
    }
  }

  new MutationObserver(fill).observe(list, { childList: true, subtree: true });
})();
