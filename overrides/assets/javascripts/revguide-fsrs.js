/* revguide FSRS: the spaced-repetition scheduler Anki uses, FSRS-6 with its default parameters.

   A port of the reference Python package `fsrs` (6.3.2, Scheduler with its defaults and fuzz off):
   learning steps 1 and 10 minutes, relearning step 10 minutes, desired retention 0.9, longest
   interval 36,500 days. tests/test_fsrs.py runs random review sequences through this file (in
   node) and through that package and requires the same due dates, stabilities and difficulties.

     const card = revguideFsrs.review(revguideFsrs.newCard(), revguideFsrs.GOOD, Date.now());
     card  ->  { state: 1, step: 1, stability: 2.3065, difficulty: 2.118..., due: <ms>, last: <ms> }

   Times are milliseconds since the epoch (UTC); `state` is LEARNING, REVIEW or RELEARNING and
   `step` the learning step (null in review), as in the Python package. Plain data, no DOM: the
   same file runs in the browser (window.revguideFsrs) and in node (module.exports). */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.revguideFsrs = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  const W = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ];
  const DESIRED_RETENTION = 0.9;
  const MAXIMUM_INTERVAL = 36500;
  const MINUTE = 60 * 1000;
  const DAY = 24 * 60 * MINUTE;
  const LEARNING_STEPS = [1 * MINUTE, 10 * MINUTE];
  const RELEARNING_STEPS = [10 * MINUTE];
  const STABILITY_MIN = 0.001;
  const MIN_DIFFICULTY = 1;
  const MAX_DIFFICULTY = 10;
  const DECAY = -W[20];
  const FACTOR = Math.pow(0.9, 1 / DECAY) - 1;

  const LEARNING = 1;
  const REVIEW = 2;
  const RELEARNING = 3;
  const AGAIN = 1;
  const HARD = 2;
  const GOOD = 3;
  const EASY = 4;

  /* Python's round(): halves go to the even neighbour. */
  function roundHalfEven(x) {
    const rounded = Math.round(x);
    return Math.abs(x % 1) === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
  }

  /* `math.e ** x` in the reference: pow, not exp, so the last bit agrees. */
  function ePow(x) {
    return Math.pow(Math.E, x);
  }

  function clampDifficulty(difficulty) {
    return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
  }

  function clampStability(stability) {
    return Math.max(stability, STABILITY_MIN);
  }

  function initialStability(rating) {
    return clampStability(W[rating - 1]);
  }

  function initialDifficulty(rating, clamp) {
    const difficulty = W[4] - ePow(W[5] * (rating - 1)) + 1;
    return clamp ? clampDifficulty(difficulty) : difficulty;
  }

  function nextInterval(stability) {
    const interval = roundHalfEven((stability / FACTOR) * (Math.pow(DESIRED_RETENTION, 1 / DECAY) - 1));
    return Math.min(Math.max(interval, 1), MAXIMUM_INTERVAL);
  }

  function shortTermStability(stability, rating) {
    let increase = ePow(W[17] * (rating - 3 + W[18])) * Math.pow(stability, -W[19]);
    if (rating !== AGAIN) increase = Math.max(increase, 1.0);
    return clampStability(stability * increase);
  }

  function nextDifficulty(difficulty, rating) {
    const target = initialDifficulty(EASY, false);
    const delta = -(W[6] * (rating - 3));
    const damped = difficulty + ((10.0 - difficulty) * delta) / 9.0;
    return clampDifficulty(W[7] * target + (1 - W[7]) * damped);
  }

  function forgetStability(difficulty, stability, retrievability) {
    const longTerm = W[11] * Math.pow(difficulty, -W[12]) * (Math.pow(stability + 1, W[13]) - 1) *
      ePow((1 - retrievability) * W[14]);
    const shortTerm = stability / ePow(W[17] * W[18]);
    return Math.min(longTerm, shortTerm);
  }

  function recallStability(difficulty, stability, retrievability, rating) {
    const hardPenalty = rating === HARD ? W[15] : 1;
    const easyBonus = rating === EASY ? W[16] : 1;
    return stability * (1 + ePow(W[8]) * (11 - difficulty) * Math.pow(stability, -W[9]) *
      (ePow((1 - retrievability) * W[10]) - 1) * hardPenalty * easyBonus);
  }

  function nextStability(difficulty, stability, retrievability, rating) {
    const next = rating === AGAIN
      ? forgetStability(difficulty, stability, retrievability)
      : recallStability(difficulty, stability, retrievability, rating);
    return clampStability(next);
  }

  /* Whole days between two times, rounded down (Python's timedelta.days). */
  function daysBetween(earlier, later) {
    return Math.floor((later - earlier) / DAY);
  }

  function retrievability(card, now) {
    if (card.last === null || card.stability === null) return 0;
    const elapsed = Math.max(0, daysBetween(card.last, now));
    return Math.pow(1 + (FACTOR * elapsed) / card.stability, DECAY);
  }

  function newCard() {
    return { state: LEARNING, step: 0, stability: null, difficulty: null, due: null, last: null };
  }

  /* The memory update of a review: first sight, same day (short-term) or after a gap. */
  function remember(card, rating, now, sinceLast) {
    if (card.stability === null || card.difficulty === null) {
      card.stability = initialStability(rating);
      card.difficulty = initialDifficulty(rating, true);
      return;
    }
    if (sinceLast !== null && sinceLast < 1) {
      card.stability = shortTermStability(card.stability, rating);
    } else {
      card.stability = nextStability(card.difficulty, card.stability, retrievability(card, now), rating);
    }
    card.difficulty = nextDifficulty(card.difficulty, rating);
  }

  /* The next interval of a card in (re)learning, in milliseconds; moves it on a step or into
     review. */
  function stepInterval(card, rating, steps) {
    const graduate = () => {
      card.state = REVIEW;
      card.step = null;
      return nextInterval(card.stability) * DAY;
    };
    if (steps.length === 0 || (card.step >= steps.length && rating !== AGAIN)) return graduate();
    if (rating === AGAIN) {
      card.step = 0;
      return steps[0];
    }
    if (rating === HARD) {
      if (card.step === 0 && steps.length === 1) return steps[0] * 1.5;
      if (card.step === 0) return (steps[0] + steps[1]) / 2.0;
      return steps[card.step];
    }
    if (rating === GOOD) {
      if (card.step + 1 === steps.length) return graduate();
      card.step += 1;
      return steps[card.step];
    }
    return graduate();
  }

  /* `card` reviewed with `rating` (AGAIN..EASY) at time `now`: a new card object. */
  function review(card, rating, now) {
    if (![AGAIN, HARD, GOOD, EASY].includes(rating)) throw new Error(`Unknown rating: ${rating}`);
    const next = Object.assign({}, card);
    const sinceLast = next.last === null ? null : daysBetween(next.last, now);
    let interval;
    if (next.state === LEARNING || next.state === RELEARNING) {
      remember(next, rating, now, sinceLast);
      interval = stepInterval(next, rating, next.state === LEARNING ? LEARNING_STEPS : RELEARNING_STEPS);
    } else if (next.state === REVIEW) {
      remember(next, rating, now, sinceLast);
      if (rating === AGAIN && RELEARNING_STEPS.length) {
        next.state = RELEARNING;
        next.step = 0;
        interval = RELEARNING_STEPS[0];
      } else {
        interval = nextInterval(next.stability) * DAY;
      }
    } else {
      throw new Error(`Unknown card state: ${next.state}`);
    }
    next.due = now + interval;
    next.last = now;
    return next;
  }

  return {
    LEARNING, REVIEW, RELEARNING, AGAIN, HARD, GOOD, EASY, DAY, MINUTE,
    newCard, review, initialDifficulty, retrievability,
  };
});
