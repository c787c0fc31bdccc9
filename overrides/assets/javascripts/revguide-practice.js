/* revguide practice: flashcards scheduled by FSRS (revguide-fsrs.js), self-check quizzes,
   outcome self-ratings, ticked marking points and a progress page with export, import (merging,
   see revguide-progress.js) and "clear my data".

   Plain JavaScript, no dependencies. The practice data arrives as this site's own script
   practice/data.js (written at build time; a script loads from the file system too, where
   browsers refuse fetch), loaded only on pages that need it. Progress stays in this browser:
   localStorage, one key per guide (its name, from <meta name="revguide-guide">), so moving the
   offline edition's folder keeps it. Text from the data is always set with textContent, never
   parsed as HTML. Without JavaScript the pages show every card and question as a list with
   folded answers; this script hides that list once its own interface is in place. */
(function () {
  "use strict";

  const fsrs = window.revguideFsrs;
  const progress = window.revguideProgress;
  /* The script lives at <site>/assets/javascripts/, so the site root is two levels up. */
  const SITE = new URL("../../", document.currentScript ? document.currentScript.src : location.href);
  const GUIDE_META = document.querySelector('meta[name="revguide-guide"]');
  const GUIDE = GUIDE_META ? GUIDE_META.content : "";
  const KEY = "revguide:" + (GUIDE || SITE.pathname);
  /* Before version 2 progress was kept under the site's path (in the offline edition, the
     folder's): moved to KEY on first load. */
  const OLD_KEY = "revguide:" + SITE.pathname;
  const FORMAT = "revguide-progress";
  const GRADES = [
    { rating: fsrs.AGAIN, grade: "again", label: "Again", key: "1" },
    { rating: fsrs.HARD, grade: "hard", label: "Hard", key: "2" },
    { rating: fsrs.GOOD, grade: "good", label: "Good", key: "3" },
    { rating: fsrs.EASY, grade: "easy", label: "Easy", key: "4" },
  ];
  const RATINGS = [
    { value: "", label: "Not rated" },
    { value: "red", label: "Red" },
    { value: "amber", label: "Amber" },
    { value: "green", label: "Green" },
  ];
  const RATING_HELP = "Your confidence: Red = not yet, Amber = partly, Green = confident";

  /* ---------- state: read, migrate, write ---------- */

  function read(key) {
    try {
      const text = localStorage.getItem(key);
      return text === null ? null : JSON.parse(text);
    } catch (error) {
      return null;
    }
  }

  function load() {
    let raw = read(KEY);
    if (raw === null && OLD_KEY !== KEY && read(OLD_KEY) !== null) {
      raw = read(OLD_KEY);
      try {
        localStorage.setItem(KEY, JSON.stringify(progress.clean(raw)));
        localStorage.removeItem(OLD_KEY);
      } catch (error) {
        /* not stored: migrated again next time */
      }
    }
    return progress.clean(raw);
  }

  /* Read, change, write back at once, so two open tabs do not undo each other's changes.
     Returns false when the browser refuses to store anything (private modes, full storage). */
  function update(change) {
    const state = load();
    change(state);
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
      return true;
    } catch (error) {
      return false;
    }
  }

  function pad(n) {
    return String(n).padStart(2, "0");
  }

  /* "YYYY-MM-DD" of the learner's local day, `offset` days from today. */
  function day(offset) {
    const date = new Date();
    date.setDate(date.getDate() + (offset || 0));
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  /* The first moment of tomorrow, local time: a card due before it is due today. */
  function tomorrow() {
    const date = new Date();
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }

  function isDue(state, id) {
    const card = state.cards[id];
    return !card || card.due < tomorrow();
  }

  /* "1 min", "10 min", "3 h", "4 d", "2.5 mo", "1.2 y": how long until `time`. */
  function span(time, now) {
    const minutes = Math.max(1, Math.round((time - now) / fsrs.MINUTE));
    if (minutes < 60) return `${minutes} min`;
    if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h`;
    const days = Math.round(minutes / (24 * 60));
    if (days < 31) return `${days} d`;
    if (days < 365) return `${(days / 30.4).toFixed(1).replace(/\.0$/, "")} mo`;
    return `${(days / 365).toFixed(1).replace(/\.0$/, "")} y`;
  }

  function dateText(time) {
    const date = new Date(time);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  /* ---------- DOM helpers: text is always text ---------- */

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  }

  /* A link to a page of this site; anything else (not expected in our own data) is plain text. */
  function siteLink(url, text) {
    const target = new URL(url, SITE);
    return target.origin === SITE.origin ? el("a", { href: target.href }, text) : text;
  }

  function button(content, onclick, attributes) {
    return el("button", Object.assign({ type: "button", class: "rg-button", onclick }, attributes), ...[].concat(content));
  }

  /* A polite live region; clearing it first makes a repeated message be read again. */
  function liveRegion() {
    return el("p", { class: "rg-status", role: "status", "aria-live": "polite" });
  }

  function announce(region, text, saved) {
    region.textContent = "";
    const message = saved === false ? `${text} (Not saved: this browser is not keeping data.)` : text;
    setTimeout(() => { region.textContent = message; }, 50);
  }

  /* "a · b · c", each part kept on one line. */
  function together(parts) {
    const node = el("span");
    parts.forEach((part, index) => node.append(index ? " · " : "", el("span", { class: "rg-nowrap" }, part)));
    return node;
  }

  /* Layout position from the top of the page: unlike getBoundingClientRect, not moved by the
     card's turning animation. */
  function pageTop(node) {
    let top = 0;
    for (let current = node; current; current = current.offsetParent) top += current.offsetTop;
    return top;
  }

  /* Scrolls as little as needed for `first` to `last` to be on screen below Material's sticky
     header; when they cannot all fit, the top of `first` wins. */
  function bringIntoView(first, last) {
    const header = document.querySelector(".md-header");
    const cover = header ? header.getBoundingClientRect().bottom : 0;
    const margin = 8;
    const top = pageTop(first) - cover - margin;
    /* The smallest of the heights: a phone's innerHeight can count space under its toolbars. */
    const screen = Math.min(window.innerHeight, document.documentElement.clientHeight,
      window.visualViewport ? window.visualViewport.height : Infinity);
    const bottom = pageTop(last) + last.offsetHeight + margin - screen;
    const target = Math.min(top, Math.max(window.scrollY, bottom));
    if (target !== window.scrollY) window.scrollTo({ top: target, behavior: "instant" });
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
  }

  /* The practice data: practice/data.js sets window.revguidePractice. A script element, not
     fetch, so it loads from file:// too; cached like any other file of the site. */
  let dataRequest = null;
  function practiceData() {
    dataRequest = dataRequest || new Promise((resolve, reject) => {
      if (window.revguidePractice) {
        resolve(window.revguidePractice);
        return;
      }
      const script = el("script", { src: new URL("practice/data.js", SITE).href });
      script.addEventListener("load", () => (window.revguidePractice ? resolve(window.revguidePractice)
        : reject(new Error("practice data: practice/data.js set nothing"))));
      script.addEventListener("error", () => reject(new Error("practice data: practice/data.js did not load")));
      document.head.append(script);
    });
    return dataRequest;
  }

  /* ---------- flashcards ---------- */

  function mountDeck(root, data) {
    const slug = root.getAttribute("data-rg-deck");
    const subtopic = data.subtopics.find((s) => s.slug === slug);
    /* A subtopic's deck, a subject's ("sales/": its subtopics' cards) or the whole guide's (""). */
    const scope = slug ? data.subtopics.filter((s) => s.slug.startsWith(slug)).flatMap((s) => s.cards) : Object.keys(data.cards);
    const deck = [...new Set(subtopic ? subtopic.cards : scope)].filter((id) => data.cards[id]);
    let queue = [];
    let position = 0;
    let flipped = false;

    const summary = el("p", { class: "rg-deck__summary" });
    const where = el("p", { class: "rg-card__where" });
    const prompt = el("p", { class: "rg-card__prompt" });
    const front = el("p", { class: "rg-card__front" });
    const back = el("div", { class: "rg-card__back", id: `rg-back-${slug || "guide"}`, hidden: true });
    const card = el("div", {
      class: "rg-card", tabindex: "0", role: "group", "aria-roledescription": "flashcard",
      "aria-keyshortcuts": "Space ArrowLeft ArrowRight",
      onclick: (event) => { if (!event.target.closest("a")) flip(); },
    }, where, prompt, front, back);
    card.addEventListener("animationend", () => card.classList.remove("rg-card--turning"));
    const flipButton = button("Show answer", () => flip(), {
      "aria-expanded": "false", "aria-controls": back.id, "aria-keyshortcuts": "Space",
    });
    const previous = button("← Previous", () => move(-1), { "aria-keyshortcuts": "ArrowLeft" });
    const next = button("Next →", () => move(1), { "aria-keyshortcuts": "ArrowRight" });
    const shuffle = button("Shuffle", () => {
      for (let i = queue.length - 1; i > 0; i -= 1) {
        const j = Math.floor(Math.random() * (i + 1));
        [queue[i], queue[j]] = [queue[j], queue[i]];
      }
      position = 0;
      show();
      announce(status, "Cards shuffled.");
    });
    /* Each grade shows when the card would come back: "Good 10 min". */
    const whens = GRADES.map(() => el("span", { class: "rg-grade__when" }));
    const grades = el("div", { class: "rg-deck__grades", role: "group", "aria-label": "How well did you know it?", hidden: true },
      ...GRADES.map((g, index) => button([g.label, " ", whens[index]], () => grade(g), {
        class: `rg-button rg-grade rg-grade--${g.grade}`, "aria-keyshortcuts": g.key,
      })));
    flipButton.classList.add("rg-deck__flip");
    const controls = el("div", { class: "rg-deck__controls" }, previous, next, shuffle);
    /* The grades sit right under the card: revealed, answer and grades fit one phone screen. */
    const study = el("div", { class: "rg-deck__study" }, card, grades, flipButton, controls);
    const done = el("div", { class: "rg-deck__done", hidden: true });
    const status = liveRegion();
    status.classList.add("rg-visually-hidden"); /* what it says is already on screen */
    const keys = el("p", { class: "rg-deck__keys" },
      "Keys: Space turns the card over, ← and → move between cards, 1 2 3 4 grade it.");

    root.replaceChildren(el("div", { class: "rg-deck" }, summary, study, done, keys, status));
    root.addEventListener("keydown", onKey);

    function onKey(event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest("input, select, textarea")) return;
      const onControl = event.target.closest("button, a");
      if (event.key === " " && !onControl && !study.hidden) flip();
      else if (event.key === "ArrowLeft" && !study.hidden) move(-1);
      else if (event.key === "ArrowRight" && !study.hidden) move(1);
      else if (flipped && GRADES.some((g) => g.key === event.key)) grade(GRADES.find((g) => g.key === event.key));
      else return;
      event.preventDefault();
    }

    /* Cards due today, soonest first, then the new ones in deck order. */
    function dueQueue() {
      const state = load();
      const seen = deck.filter((id) => state.cards[id] && isDue(state, id));
      seen.sort((a, b) => state.cards[a].due - state.cards[b].due);
      return seen.concat(deck.filter((id) => !state.cards[id]));
    }

    function describe() {
      const state = load();
      const due = deck.filter((id) => isDue(state, id)).length;
      const fresh = deck.filter((id) => !state.cards[id]).length;
      summary.textContent = `${plural(deck.length, "card")} in this deck: ${due} due today, ${fresh} not yet studied.`;
      return state;
    }

    function show() {
      const state = describe();
      flipped = false;
      back.hidden = true;
      grades.hidden = true;
      flipButton.textContent = "Show answer";
      flipButton.setAttribute("aria-expanded", "false");
      if (!queue.length) {
        finish(state);
        return;
      }
      study.hidden = false;
      done.hidden = true;
      const id = queue[position];
      const current = data.cards[id];
      const saved = state.cards[id];
      const stage = !saved ? "new card" : saved.state === fsrs.REVIEW ? "review" : "learning";
      where.textContent = `Card ${position + 1} of ${queue.length} · ${stage}`;
      const now = Date.now();
      GRADES.forEach((g, index) => {
        whens[index].textContent = span(fsrs.review(saved || fsrs.newCard(), g.rating, now).due, now);
      });
      card.setAttribute("aria-label", `Card ${position + 1} of ${queue.length}`);
      prompt.textContent = current.prompt;
      front.textContent = current.front;
      const answers = current.back.length > 1
        ? el("ul", null, ...current.back.map((text) => el("li", null, text)))
        : el("p", null, current.back[0]);
      back.replaceChildren(el("p", { class: "rg-card__label" }, "Answer"), answers,
        el("p", { class: "rg-card__more" }, "Read more: ", siteLink(current.link, current.linkText)));
      previous.disabled = position === 0;
      next.disabled = position === queue.length - 1;
    }

    function finish(state) {
      study.hidden = true;
      done.hidden = false;
      const upcoming = deck.map((id) => state.cards[id] && state.cards[id].due).filter(Boolean);
      const when = upcoming.length ? ` The next card is due on ${dateText(Math.min(...upcoming))}.` : "";
      done.replaceChildren(
        el("p", null, `Nothing is due in this deck today.${when}`),
        button(`Practise all ${plural(deck.length, "card")} anyway`, () => {
          queue = deck.slice();
          position = 0;
          show();
          card.focus();
        }));
    }

    function flip() {
      if (!queue.length) return;
      flipped = !flipped;
      back.hidden = !flipped;
      grades.hidden = !flipped;
      flipButton.textContent = flipped ? "Hide answer" : "Show answer";
      flipButton.setAttribute("aria-expanded", String(flipped));
      card.classList.remove("rg-card--turning");
      void card.offsetWidth; /* restart the animation */
      card.classList.add("rg-card--turning");
      if (flipped) {
        bringIntoView(back, grades);
        const current = data.cards[queue[position]];
        const answer = current.back.join("; ");
        announce(status, `Answer: ${answer}${/[.!?…]$/.test(answer) ? "" : "."} Grade it: Again, Hard, Good or Easy.`);
      }
    }

    function move(step) {
      const target = position + step;
      if (target < 0 || target >= queue.length) {
        announce(status, step < 0 ? "This is the first card." : "This is the last card.");
        return;
      }
      position = target;
      show();
      announce(status, `Card ${position + 1} of ${queue.length}.`);
    }

    /* FSRS schedules the card; one due later today (a learning step) comes back at the end of
       this session's queue, so a lapse is practised again before the learner leaves. */
    function grade(choice) {
      if (!flipped) return;
      const id = queue[position];
      const now = Date.now();
      let next = null;
      const saved = update((state) => {
        const before = state.cards[id];
        next = fsrs.review(before || fsrs.newCard(), choice.rating, now);
        next.log = [...(before ? before.log : []), [now, choice.rating]];
        state.cards[id] = next;
      });
      queue.splice(position, 1);
      const again = next.due < tomorrow();
      if (again) queue.push(id);
      if (position >= queue.length) position = 0;
      show();
      card.focus();
      const when = again ? `again in ${span(next.due, now)}` : `again on ${dateText(next.due)}`;
      announce(status, `${choice.label}: you will see it ${when}. ${plural(queue.length, "card")} left.`, saved);
    }

    queue = dueQueue();
    show();
  }

  /* ---------- quizzes ---------- */

  /* The quiz attempt under way, kept apart from progress (not exported): the order it was
     shuffled into and the answers given, so a reload carries on where the learner was. */
  function attemptKey(slug) {
    return `${KEY}:quiz:${slug}`;
  }

  function shuffled(items) {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /* Multiple-choice options in a new order each attempt; true / false keeps its order. */
  function newAttempt(questions, retry) {
    const options = {};
    for (const q of questions) {
      if (q.kind === "choice") options[q.id] = shuffled(q.options.map((_, index) => index));
    }
    return { order: shuffled(questions.map((q) => q.id)), options, answers: {}, retry: Boolean(retry) };
  }

  function savedAttempt(slug, byId) {
    const attempt = read(attemptKey(slug));
    const valid = attempt && Array.isArray(attempt.order) && attempt.order.length &&
      attempt.order.every((id) => byId.has(id)) && attempt.answers && typeof attempt.answers === "object";
    return valid ? attempt : null;
  }

  /* Whether an answer is right: the option picked, or the text typed (leniently). An
     exam-style answer is marked by the learner, not scored. */
  function isRight(question, value) {
    if (question.kind === "cloze") return question.accepted.some((answer) => window.revguideAnswers.matches(answer, value));
    if (question.kind === "exam") return null;
    return value === question.answer;
  }

  function mountQuiz(root, data) {
    const slug = root.getAttribute("data-rg-quiz");
    const subtopic = data.subtopics.find((s) => s.slug === slug);
    if (!subtopic) throw new Error(`practice data: no quiz ${slug}`);
    const byId = new Map(subtopic.questions.map((q) => [q.id, q]));
    let attempt = savedAttempt(slug, byId) || newAttempt(subtopic.questions);
    const status = liveRegion();
    const summary = el("p", { class: "rg-quiz__summary" });
    const list = el("ol", { class: "rg-quiz__questions" });
    const after = el("div", { class: "rg-quiz__after" });
    root.replaceChildren(el("div", { class: "rg-quiz" }, summary, list, status, after));
    const scored = () => attempt.order.filter((id) => byId.get(id).kind !== "exam");
    const rightCount = () => scored().filter((id) => attempt.answers[id] && attempt.answers[id].right).length;
    const finished = () => attempt.order.every((id) => attempt.answers[id]);
    render();

    function keep() {
      try {
        localStorage.setItem(attemptKey(slug), JSON.stringify(attempt));
      } catch (error) {
        /* not kept: a reload starts afresh */
      }
    }

    function start(questions, retry) {
      attempt = Object.assign(newAttempt(questions, retry), { written: attempt.written });
      keep();
      render();
      const first = list.querySelector("input, textarea");
      if (first) first.focus();
    }


    function describe() {
      const last = load().quizzes[slug];
      const before = last ? ` Last score: ${last.score} of ${last.total} (${last.date}).` : "";
      const answered = attempt.order.filter((id) => attempt.answers[id]).length;
      const kind = attempt.retry ? "Retrying the ones you got wrong: answered" : "Answered";
      summary.textContent = `${kind} ${answered} of ${attempt.order.length}, ${rightCount()} right.${before}`;
      const wrong = scored().filter((id) => attempt.answers[id] && !attempt.answers[id].right);
      const buttons = [];
      if (finished() && wrong.length) {
        buttons.push(button(`Retry the ${plural(wrong.length, "question")} I got wrong`,
          () => start(wrong.map((id) => byId.get(id)), true)));
      }
      buttons.push(button(finished() ? "Start again" : "Start again (new order)", () => start(subtopic.questions, false)));
      after.replaceChildren(...buttons);
    }

    function answer(question, value) {
      const right = isRight(question, value);
      attempt.answers[question.id] = { value, right };
      keep();
      if (finished()) {
        const total = scored().length;
        if (attempt.retry) {
          announce(status, `Retry finished: ${rightCount()} of ${total} right now.`);
        } else {
          const saved = update((state) => {
            state.quizzes[slug] = { score: rightCount(), total, date: day(), at: Date.now() };
          });
          announce(status, `Quiz finished: ${rightCount()} of ${total} right. Saved as your last score.`, saved);
        }
      }
      describe();
    }

    function render() {
      list.replaceChildren(...attempt.order.map((id, number) =>
        el("li", null, questionView(byId.get(id), number))));
      describe();
    }

    function questionView(question, number) {
      const given = attempt.answers[question.id];
      const feedback = el("div", { class: "rg-feedback", role: "status", "aria-live": "polite" });
      const fieldset = el("fieldset", { class: "rg-question", "data-rg-question": question.id },
        el("legend", null, `Question ${number + 1} of ${attempt.order.length}: ${question.prompt}`),
        el("p", { class: "rg-question__text" }, question.text), feedback);
      /* Each view puts its controls before the feedback. */
      const view = { choice: choiceView, truefalse: choiceView, cloze: clozeView, exam: examView }[question.kind];
      view(question, fieldset, feedback, given);
      return fieldset;
    }

    function showResult(question, feedback, right, lead) {
      feedback.className = `rg-feedback rg-feedback--${right ? "right" : "wrong"}`;
      const solution = question.kind === "cloze" ? question.accepted[0] : question.options[question.answer];
      const explanation = question.explanation ? ` ${question.explanation}` : "";
      feedback.replaceChildren(
        el("p", null, el("strong", null, right ? "Right." : "Not quite."), lead || ` The answer is ${solution}.`, explanation),
        el("p", null, "Read more: ", siteLink(question.link, question.linkText)));
    }

    function choiceView(question, fieldset, feedback, given) {
      const order = (attempt.options && attempt.options[question.id]) || question.options.map((_, index) => index);
      const name = `rg-${question.id}`;
      const labels = {};
      const options = order.map((index) => {
        labels[index] = el("label", { class: "rg-option" },
          el("input", { type: "radio", name, value: String(index), checked: given && given.value === index }),
          el("span", null, question.options[index]));
        return labels[index];
      });
      const check = button("Check answer", () => {
        const chosen = fieldset.querySelector("input:checked");
        if (!chosen) {
          feedback.replaceChildren(el("p", null, "Choose an answer first."));
          return;
        }
        answer(question, Number(chosen.value));
        mark(Number(chosen.value));
      });
      feedback.before(el("div", { class: "rg-options" }, ...options), check);
      if (given) mark(given.value);

      function mark(value) {
        const right = value === question.answer;
        for (const input of fieldset.querySelectorAll("input")) input.disabled = true;
        check.disabled = true;
        labels[question.answer].classList.add("rg-option--right");
        labels[question.answer].append(el("strong", { class: "rg-option__mark" }, " ✓ correct answer"));
        if (!right) {
          labels[value].classList.add("rg-option--wrong");
          labels[value].append(el("strong", { class: "rg-option__mark" }, " ✗ your answer"));
        }
        showResult(question, feedback, right);
      }
    }

    function clozeView(question, fieldset, feedback, given) {
      const id = `rg-typed-${question.id}`;
      const input = el("input", {
        type: "text", id, class: "rg-typed", autocomplete: "off", autocapitalize: "off", spellcheck: "false",
        onkeydown: (event) => { if (event.key === "Enter") { event.preventDefault(); check.click(); } },
      });
      const check = button("Check answer", () => {
        if (!input.value.trim()) {
          feedback.replaceChildren(el("p", null, "Type your answer first."));
          return;
        }
        answer(question, input.value);
        mark(input.value);
      });
      feedback.before(el("label", { class: "rg-typed__label", for: id }, "Your answer"), input, check);
      if (given) {
        input.value = given.value;
        mark(given.value);
      }

      function mark(value) {
        const right = isRight(question, value);
        input.disabled = true;
        check.disabled = true;
        showResult(question, feedback, right, ` You typed “${value.trim()}”; the answer is ${question.accepted[0]}.`);
      }
    }

    function examView(question, fieldset, feedback, given) {
      const id = `rg-written-${question.id}`;
      const written = el("textarea", {
        id, class: "rg-written", rows: "6",
        oninput: () => { attempt.written = Object.assign(attempt.written || {}, { [question.id]: written.value }); keep(); },
      });
      written.value = (attempt.written && attempt.written[question.id]) || "";
      const marks = (given && given.value) || [];
      const checklist = el("ul", { class: "rg-checklist" }, ...question.checklist.map((point, index) => el("li", null,
        el("label", null,
          el("input", {
            type: "checkbox", checked: marks.includes(index),
            onchange: (event) => {
              const ticked = new Set(attempt.answers[question.id].value);
              if (event.target.checked) ticked.add(index);
              else ticked.delete(index);
              attempt.answers[question.id] = { value: Array.from(ticked).sort(), right: null };
              keep();
              tally();
            },
          }),
          el("span", null, point)))));
      const markButton = button("Mark my answer", () => {
        answer(question, []);
        reveal();
        const first = checklist.querySelector("input");
        if (first) first.focus();
      });
      feedback.before(el("label", { class: "rg-typed__label", for: id }, "Your answer (kept on this device)"), written, markButton);
      if (given) reveal();

      function reveal() {
        markButton.hidden = true;
        feedback.before(el("div", { class: "rg-exam__marking" },
          el("p", null, el("strong", null, "Tick each marking point your answer covers:")), checklist));
        tally();
      }

      function tally() {
        const ticked = attempt.answers[question.id].value.length;
        feedback.className = "rg-feedback";
        feedback.replaceChildren(
          el("p", null, `Your answer covers ${ticked} of ${plural(question.checklist.length, "marking point")}.`),
          el("p", null, "Read more: ", siteLink(question.link, question.linkText)));
      }
    }
  }

  /* ---------- learning outcomes and marking points (subtopic pages) ---------- */

  let pageStatus = null;
  function pageAnnounce(text, saved) {
    if (!pageStatus) {
      pageStatus = el("p", { class: "rg-status rg-visually-hidden", role: "status", "aria-live": "polite" });
      document.body.append(pageStatus);
    }
    announce(pageStatus, text, saved);
  }

  function mountRating(item, state) {
    const id = item.getAttribute("data-rg-outcome");
    const current = state.outcomes[id] ? state.outcomes[id].rating : "";
    const choices = RATINGS.map((rating) => el("label", { class: `rg-rating__choice rg-rating__choice--${rating.value || "none"}` },
      el("input", {
        type: "radio", name: `rg-rate-${id}`, value: rating.value, checked: rating.value === current,
        onchange: () => {
          const saved = update((s) => {
            s.outcomes[id] = { rating: rating.value, at: Date.now() };
          });
          pageAnnounce(rating.value ? `Outcome rated ${rating.label}.` : "Outcome rating removed.", saved);
        },
      }),
      el("span", null, rating.label)));
    item.append(el("fieldset", { class: "rg-rating" }, el("legend", null, RATING_HELP), ...choices));
  }

  function mountPoint(item, state) {
    const id = item.getAttribute("data-rg-point");
    const box = item.querySelector("input[type=checkbox]");
    if (!box) return;
    box.checked = Boolean(state.points[id] && state.points[id].ticked);
    box.addEventListener("change", () => {
      const saved = update((s) => {
        s.points[id] = { ticked: box.checked, at: Date.now() };
      });
      pageAnnounce(box.checked ? "Marking point ticked." : "Marking point unticked.", saved);
    });
  }

  /* ---------- today: home page and progress page ---------- */

  /* The subtopic practised most recently (a card reviewed, a quiz taken, an outcome rated or
     a point ticked), and when; null before any. */
  function lastStudied(state, data) {
    let best = null;
    const consider = (slug, at) => {
      if (slug && at > 0 && (!best || at > best.at)) best = { slug, at };
    };
    const owner = new Map();
    for (const s of data.subtopics) {
      for (const id of [...s.cards, ...s.outcomes, ...s.points]) if (!owner.has(id)) owner.set(id, s.slug);
    }
    for (const [id, card] of Object.entries(state.cards)) consider(owner.get(id), card.last);
    for (const kind of ["outcomes", "points"]) {
      for (const [id, item] of Object.entries(state[kind])) consider(owner.get(id), item.at);
    }
    for (const [slug, quiz] of Object.entries(state.quizzes)) consider(slug, quiz.at);
    const subtopic = best && data.subtopics.find((s) => s.slug === best.slug);
    return subtopic ? { subtopic, at: best.at } : null;
  }

  /* What to do today: the cards due for review across the guide (one tap to start), the
     outcomes rated Red, and the subtopic studied last. */
  function todayView(data) {
    const state = load();
    const due = Object.keys(state.cards).filter((id) => data.cards[id] && isDue(state, id)).length;
    const fresh = Object.keys(data.cards).filter((id) => !state.cards[id]).length;
    const items = [];
    if (due) {
      items.push(el("li", { class: "rg-today__due" }, el("strong", null, `${plural(due, "card")} to review today. `),
        el("a", { href: new URL(data.deck, SITE).href, class: "rg-button rg-today__start" }, "Start reviewing")));
    } else {
      const next = fresh ? ` ${plural(fresh, "card")} not yet studied: ` : " ";
      items.push(el("li", { class: "rg-today__due" }, `No cards to review today.${next}`,
        fresh ? siteLink(data.deck, "study new cards") : "", fresh ? "." : ""));
    }
    const red = data.subtopics.map((s) => [s, s.outcomes.filter((id) => state.outcomes[id] && state.outcomes[id].rating === "red").length])
      .filter(([, count]) => count);
    if (red.length) {
      items.push(el("li", { class: "rg-today__red" }, "Outcomes you rated Red: ",
        ...red.flatMap(([s, count], index) => [index ? ", " : "", siteLink(s.url, s.title), ` (${count})`]), "."));
    }
    const last = lastStudied(state, data);
    if (last) {
      const practise = [last.subtopic.deck && siteLink(last.subtopic.deck, "flashcards"), last.subtopic.quiz && siteLink(last.subtopic.quiz, "quiz")].filter(Boolean);
      items.push(el("li", { class: "rg-today__last" }, "Last studied: ", siteLink(last.subtopic.url, last.subtopic.title),
        ` on ${dateText(last.at)}`, ...(practise.length ? [" (", ...practise.flatMap((link, index) => [index ? " · " : "", link]), ")"] : []), "."));
    }
    return el("section", { class: "rg-today", "aria-labelledby": "rg-today-title" },
      el("h2", { id: "rg-today-title" }, "Today"), el("ul", null, ...items));
  }

  function mountToday(root, data) {
    root.replaceChildren(todayView(data));
  }

  /* ---------- progress page ---------- */

  function mountProgress(root, data) {
    const status = liveRegion();
    const overview = el("div", { class: "rg-progress__overview" });
    const picker = el("input", {
      type: "file", accept: "application/json,.json", hidden: true, onchange: () => importFile(),
    });
    const actions = el("div", { class: "rg-progress__actions" },
      button("Export progress", exportFile),
      button("Import progress…", () => picker.click()),
      button("Clear my data", clearAll, { class: "rg-button rg-button--danger" }),
      picker);
    root.replaceChildren(el("div", { class: "rg-progress" }, overview, actions, status));
    render();

    function render() {
      const state = load();
      const allCards = Object.keys(data.cards);
      const fresh = allCards.filter((id) => !state.cards[id]).length;
      const rows = data.subtopics.map((s) => {
        const counts = { red: 0, amber: 0, green: 0 };
        for (const id of s.outcomes) if (state.outcomes[id] && state.outcomes[id].rating) counts[state.outcomes[id].rating] += 1;
        const unrated = s.outcomes.length - counts.red - counts.amber - counts.green;
        const ticked = s.points.filter((id) => state.points[id] && state.points[id].ticked).length;
        const due = s.cards.filter((id) => isDue(state, id)).length;
        const quiz = state.quizzes[s.slug];
        const facts = [
          ["Learning outcomes", s.outcomes.length
            ? together([`Green ${counts.green}`, `Amber ${counts.amber}`, `Red ${counts.red}`, `not rated ${unrated}`])
            : "None listed"],
          ["Marking points ticked", s.points.length ? `${ticked} of ${s.points.length}` : "None listed"],
          ["Flashcards due today", s.deck ? siteLink(s.deck, `${due} of ${s.cards.length}`) : "No cards"],
          ["Last quiz score", s.quiz
            ? siteLink(s.quiz, quiz ? `${quiz.score} of ${quiz.total} (${quiz.date})` : "Not taken yet")
            : "No quiz"],
        ];
        return el("section", { class: "rg-progress__subtopic", "data-rg-subtopic": s.slug },
          el("h2", null, siteLink(s.url, s.title)),
          el("dl", null, ...facts.flatMap(([term, value]) => [el("dt", null, term), el("dd", null, value)])));
      });
      overview.replaceChildren(
        todayView(data),
        el("p", null, "Whole guide: ", siteLink(data.deck, plural(allCards.length, "flashcard")), `, ${fresh} not yet studied.`),
        ...rows);
    }

    function exportFile() {
      const file = { format: FORMAT, version: progress.VERSION, guide: GUIDE, exported: new Date().toISOString(), progress: load() };
      const blob = new Blob([JSON.stringify(file, null, 2) + "\n"], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = el("a", { href: url, download: `revision-progress-${day()}.json`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      announce(status, "Progress exported to a file in your downloads.");
    }

    /* What an import changed, in words: "2 cards (5 reviews), 1 outcome rating". */
    function describeChanges(changes) {
      const parts = [];
      if (changes.cards || changes.reviews) {
        parts.push(`${plural(changes.cards, "flashcard")} (${plural(changes.reviews, "new review")})`);
      }
      if (changes.outcomes) parts.push(plural(changes.outcomes, "outcome rating"));
      if (changes.points) parts.push(plural(changes.points, "marking point"));
      if (changes.quizzes) parts.push(plural(changes.quizzes, "quiz score"));
      return parts.length ? `updated ${parts.join(", ")}; anything newer here was kept` : "nothing was newer than what is here";
    }

    /* Import merges: per card and item the newer state wins, review logs are united. A file of
       another guide, or one that does not say (version 1), is imported only if the learner
       confirms (a renamed guide). */
    async function importFile() {
      const file = picker.files[0];
      picker.value = "";
      if (!file) return;
      let parsed = null;
      try {
        parsed = JSON.parse(await file.text());
      } catch (error) {
        parsed = null;
      }
      if (!parsed || parsed.format !== FORMAT || typeof parsed.progress !== "object") {
        announce(status, `Could not import ${file.name}: it is not a progress file exported from this guide.`);
        return;
      }
      const from = typeof parsed.guide === "string" ? parsed.guide : null;
      if (from !== GUIDE || !GUIDE) {
        const origin = from ? `holds progress in “${from}”, not in this guide` : "does not say which guide it comes from";
        if (!window.confirm(`${file.name} ${origin} (“${GUIDE || document.title}”). Import it anyway? Only do so if the guide was renamed.`)) {
          announce(status, `Did not import ${file.name}: it ${origin}. Nothing was changed.`);
          return;
        }
      }
      let changes = null;
      const saved = update((state) => {
        const result = progress.merge(state, progress.clean(parsed.progress));
        Object.assign(state, result.state);
        changes = result.changes;
      });
      render();
      announce(status, `Progress imported from ${file.name}: ${describeChanges(changes)}.`, saved);
    }

    function clearAll() {
      if (!window.confirm("Clear all your progress in this guide on this device? Export it first if you want a copy.")) return;
      try {
        /* The progress, and the quiz attempts and written answers kept beside it. */
        const ours = Object.keys(localStorage).filter((key) => key === KEY || key.startsWith(`${KEY}:`));
        ours.forEach((key) => localStorage.removeItem(key));
      } catch (error) {
        /* nothing was stored */
      }
      render();
      announce(status, "Your progress on this device has been cleared.");
    }
  }

  /* ---------- start ---------- */

  const APPS = [
    ["data-rg-deck", mountDeck], ["data-rg-quiz", mountQuiz], ["data-rg-progress", mountProgress], ["data-rg-today", mountToday],
  ];

  function init() {
    const state = load();
    for (const item of document.querySelectorAll("li[data-rg-outcome]:not([data-rg-ready])")) {
      item.setAttribute("data-rg-ready", "");
      mountRating(item, state);
    }
    for (const item of document.querySelectorAll("li[data-rg-point]:not([data-rg-ready])")) {
      item.setAttribute("data-rg-ready", "");
      mountPoint(item, state);
    }
    /* Before any practice there is nothing to say today: the home page does not load the
       practice data (megabytes in a large guide) for it. */
    const started = ["cards", "outcomes", "points", "quizzes"].some((kind) => Object.keys(state[kind]).length);
    const roots = Array.from(document.querySelectorAll(".rg-app:not([data-rg-ready])"))
      .filter((root) => started || !root.hasAttribute("data-rg-today"));
    if (!roots.length) return;
    roots.forEach((root) => root.setAttribute("data-rg-ready", ""));
    practiceData().then((data) => {
      for (const root of roots) {
        const [, mount] = APPS.find(([attribute]) => root.hasAttribute(attribute));
        mount(root, data);
      }
      for (const fallback of document.querySelectorAll(".rg-fallback")) fallback.hidden = true;
    }).catch((error) => {
      console.error(error); /* a defect to fix, shown in the console; the lists still work */
      for (const root of roots) {
        root.replaceChildren(el("p", { class: "rg-app__waiting" },
          "The practice data could not be loaded, so only the list below is available."));
      }
    });
  }

  /* Material's document$ emits on every page load (also with instant navigation). */
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
