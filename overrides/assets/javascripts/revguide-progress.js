/* revguide progress: the learner's saved state, checked, migrated and merged. No DOM.

   One object per guide, kept in localStorage by revguide-practice.js and written to export files:

     { version: 2,
       cards:    { "t-0123456789ab": { state: 2, step: null, stability: 3.1, difficulty: 5.2,
                                       due: <ms>, last: <ms>, log: [[<ms>, 3], ...] } },
       outcomes: { "o-…": { rating: "amber", at: <ms> } },     rating "" = rating removed
       points:   { "p-…": { ticked: true, at: <ms> } },
       quizzes:  { "<slug>": { score: 4, total: 5, date: "2026-12-01", at: <ms> } } }

   Cards are FSRS cards (revguide-fsrs.js) with their review log: (time, rating) of every
   review, so schedules can be recomputed later. Every other item carries the time it was last
   changed (`at`), and a removed rating or tick is kept as such, so that merging two copies
   (importing a file) keeps the newer state of each item: `merge` is what import runs, and
   tests/test_progress_merge.py checks it in node. Version 1 (Leitner boxes, plain values) is
   migrated by `clean` without losing a box or due date. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory(require("./revguide-fsrs.js"));
  else root.revguideProgress = factory(root.revguideFsrs);
})(typeof self !== "undefined" ? self : this, function (fsrs) {
  "use strict";

  const VERSION = 2;
  const ID = /^[a-z]-[0-9a-f]{12}$/;
  /* A subtopic's key: its slug, after its subject's in a guide of several ("sales/crm"). */
  const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
  const RATINGS = ["", "red", "amber", "green"];
  /* Version 1's Leitner boxes: a card in box n was due LEITNER_DAYS[n] days after its review. */
  const LEITNER_DAYS = [0, 1, 3, 7, 14, 30];

  function emptyState() {
    return { version: VERSION, cards: {}, outcomes: {}, points: {}, quizzes: {} };
  }

  function entries(value) {
    return value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value) : [];
  }

  const isTime = (value) => Number.isSafeInteger(value) && value >= 0;
  const isPositive = (value) => typeof value === "number" && Number.isFinite(value) && value > 0;

  /* Local midnight of "YYYY-MM-DD" (version 1 dates were the learner's local days). */
  function localDay(text) {
    const match = DAY_TEXT.exec(text);
    return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : null;
  }

  function cleanLog(raw) {
    const seen = new Set();
    const log = [];
    for (const entry of Array.isArray(raw) ? raw : []) {
      if (Array.isArray(entry) && entry.length === 2 && isTime(entry[0]) &&
          [fsrs.AGAIN, fsrs.HARD, fsrs.GOOD, fsrs.EASY].includes(entry[1]) && !seen.has(`${entry}`)) {
        seen.add(`${entry}`);
        log.push([entry[0], entry[1]]);
      }
    }
    return log.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  /* A version 1 card ({box, due}) as an FSRS review card due the same day, its stability the
     box's interval. */
  function fromLeitner(card) {
    const due = localDay(card.due);
    if (!Number.isInteger(card.box) || card.box < 1 || card.box >= LEITNER_DAYS.length || due === null) return null;
    const stability = LEITNER_DAYS[card.box];
    return {
      state: fsrs.REVIEW, step: null, stability, difficulty: fsrs.initialDifficulty(fsrs.GOOD, true),
      due, last: Math.max(0, due - stability * fsrs.DAY), log: [],
    };
  }

  function cleanCard(card) {
    if (!card || typeof card !== "object") return null;
    if ("box" in card) return fromLeitner(card);
    const learning = card.state === fsrs.LEARNING || card.state === fsrs.RELEARNING;
    if (![fsrs.LEARNING, fsrs.REVIEW, fsrs.RELEARNING].includes(card.state) ||
        !(learning ? Number.isInteger(card.step) && card.step >= 0 : card.step === null) ||
        !isPositive(card.stability) || !isPositive(card.difficulty) || !isTime(card.due) || !isTime(card.last)) {
      return null;
    }
    return {
      state: card.state, step: card.step, stability: card.stability, difficulty: card.difficulty,
      due: card.due, last: card.last, log: cleanLog(card.log),
    };
  }

  /* Only well-formed entries survive: whatever a file or another script left, the state is
     plain data with known keys (ids and slugs are checked, so no "__proto__" either). */
  function clean(raw) {
    const state = emptyState();
    const source = raw && typeof raw === "object" ? raw : {};
    for (const [id, card] of entries(source.cards)) {
      const cleaned = ID.test(id) ? cleanCard(card) : null;
      if (cleaned) state.cards[id] = cleaned;
    }
    for (const [id, value] of entries(source.outcomes)) {
      if (!ID.test(id)) continue;
      if (typeof value === "string" && value && RATINGS.includes(value)) state.outcomes[id] = { rating: value, at: 0 };
      else if (value && RATINGS.includes(value.rating) && isTime(value.at)) state.outcomes[id] = { rating: value.rating, at: value.at };
    }
    for (const [id, value] of entries(source.points)) {
      if (!ID.test(id)) continue;
      if (value === true) state.points[id] = { ticked: true, at: 0 };
      else if (value && typeof value.ticked === "boolean" && isTime(value.at)) state.points[id] = { ticked: value.ticked, at: value.at };
    }
    for (const [slug, quiz] of entries(source.quizzes)) {
      if (SLUG.test(slug) && quiz && Number.isInteger(quiz.score) && Number.isInteger(quiz.total) &&
          quiz.score >= 0 && quiz.score <= quiz.total && localDay(quiz.date) !== null) {
        const at = isTime(quiz.at) ? quiz.at : localDay(quiz.date);
        state.quizzes[slug] = { score: quiz.score, total: quiz.total, date: quiz.date, at };
      }
    }
    return state;
  }

  /* The newer of two versions of an item (by `when`); on a tie the same one whichever is
     named first, so merging is commutative. */
  function newer(a, b, when) {
    if (!a) return b;
    if (!b) return a;
    if (when(a) !== when(b)) return when(a) > when(b) ? a : b;
    return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
  }

  const changedAt = (item) => item.at;
  const withoutLog = (card) => Object.assign({}, card, { log: [] });

  /* `incoming` merged into `local` (both clean states): per card and item the newer state
     wins, review logs are united. Returns the merged state and what changed for `local`. */
  function merge(local, incoming) {
    const merged = emptyState();
    const changes = { cards: 0, reviews: 0, outcomes: 0, points: 0, quizzes: 0 };
    for (const kind of ["outcomes", "points", "quizzes"]) {
      for (const key of new Set([...Object.keys(local[kind]), ...Object.keys(incoming[kind])])) {
        const kept = newer(local[kind][key], incoming[kind][key], changedAt);
        merged[kind][key] = kept;
        if (JSON.stringify(kept) !== JSON.stringify(local[kind][key])) changes[kind] += 1;
      }
    }
    for (const id of new Set([...Object.keys(local.cards), ...Object.keys(incoming.cards)])) {
      const mine = local.cards[id];
      const theirs = incoming.cards[id];
      const latest = newer(mine && withoutLog(mine), theirs && withoutLog(theirs), (card) => card.last);
      const log = cleanLog([...(mine ? mine.log : []), ...(theirs ? theirs.log : [])]);
      merged.cards[id] = Object.assign(latest, { log });
      if (!mine || JSON.stringify(withoutLog(mine)) !== JSON.stringify(withoutLog(merged.cards[id]))) changes.cards += 1;
      changes.reviews += log.length - (mine ? mine.log.length : 0);
    }
    return { state: merged, changes };
  }

  return { VERSION, emptyState, clean, merge };
});
