/* revguide answers: whether a typed answer matches the expected one, leniently. No DOM.

     revguideAnswers.matches("eroded", "Eroded.")          -> true   case and punctuation
     revguideAnswers.matches("stakeholder", "stakeholders") -> true   a plural (or singular)
     revguideAnswers.matches("relationships", "relatoinships") -> true one typo in 6+ letters
     revguideAnswers.matches("trust", "trusr")              -> false  short words must be exact

   Word by word: the same number of words, each equal after folding case, accents and
   punctuation, or a regular plural of the other (-s, -es, -y/-ies), or, in a word of six
   letters or more, one typo away (a letter added, dropped, changed or two swapped). Runs in the
   browser (window.revguideAnswers) and in node (tests/test_answers.py). */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.revguideAnswers = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  const TYPO_LENGTH = 6;
  const MARKS = /[\u0300-\u036f]/g;
  const NOT_WORD = /[^\p{L}\p{N}]+/gu;

  function words(text) {
    return String(text).normalize("NFKD").replace(MARKS, "").toLowerCase().replace(NOT_WORD, " ")
      .split(" ").filter(Boolean);
  }

  function plurals(word) {
    const forms = [word, `${word}s`, `${word}es`];
    if (word.endsWith("y")) forms.push(`${word.slice(0, -1)}ies`);
    return forms;
  }

  /* At most one edit apart: a letter inserted, deleted or replaced, or two neighbours swapped. */
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    if (a.length === b.length) {
      const rest = (n) => a.slice(i + n) === b.slice(i + n);
      return rest(1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2));
    }
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(i + 1) === shorter.slice(i);
  }

  function sameWord(expected, typed) {
    if (plurals(expected).includes(typed) || plurals(typed).includes(expected)) return true;
    return expected.length >= TYPO_LENGTH && plurals(expected).some((form) => oneEdit(form, typed));
  }

  function matches(expected, typed) {
    const want = words(expected);
    const got = words(typed);
    return want.length > 0 && want.length === got.length && want.every((word, i) => sameWord(word, got[i]));
  }

  return { matches };
});
