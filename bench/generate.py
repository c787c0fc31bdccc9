"""Write N synthetic subtopics into a content_src-like folder, in both raw formats.

Run from the repository root (not collected by pytest)::

    python bench/generate.py /tmp/bench-content --subtopics 1000

    /tmp/bench-content/0000_3f9c....txt   plain sectioned text (like content_src/000*.txt)
    /tmp/bench-content/0001_8a1e....txt   scraped page (like content_src/002*.txt)
    /tmp/bench-content/0001_c07d....txt   a second copy of the same subtopic
    /tmp/bench-content/models.yml         the real registry, copied

    python bench/generate.py /tmp/bench-content --subtopics 1000 --subjects 10

    /tmp/bench-content/subject-01/subject.yml   name: Subject 1, order: 1
    /tmp/bench-content/subject-01/0000_....txt  the first 100 of the same 1,000 subtopics
    /tmp/bench-content/subject-01/models.yml    the registry, in every subject

Everything is seeded (same arguments, same bytes). Sentences come from a word-bigram chain
trained on the real seeds in ``content_src/*.txt``; about a third of their content words are
swapped for words of the subtopic's own lexicon (pseudo-words drawn Zipf-like from a vocabulary
that grows with N), so vocabulary and word frequencies look like a whole qualification's rather
than five files'. Duplication, as scrapes and awarding bodies produce it:

* second copies: 15 % of subtopics are a plain file plus a scraped page, 5 % two scraped pages
  (the scrape repeats the plain items and adds its own);
* scraped pages repeat the learning-outcomes line four times, and again as "Key Terminology";
* 20 % of sections hold a paraphrase of one of their items (one word added or swapped: a near
  duplicate) and 10 % an exact repeat in other case/punctuation;
* scraped pages list qualifications with Diploma/Certificate variants (which must not merge);
* glossary: two to four shared terms per subtopic from a pool of about N/3 (drawn Zipf-like,
  so a few are everywhere; 15 % of uses paraphrase the definition) and one to three terms of
  its own; 30 % of terms carry an acronym in brackets;
* a fifth of exam tips come from a small pool of generic tips that every centre repeats.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import re
import shutil
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "content_src"
SEED = 20241123

#: Word tokens of the seed texts that the chain learns from (words, with a trailing comma).
CHAIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*,?")
#: Bullet lines of the seeds, both formats.
SEED_BULLET = re.compile(r"^\s*(?:-|•)\s*(?:💡)?(?P<text>.+)$")
SYLLABLES = ("ka lo mi nu ra te si vo pa de ba gu fe ti mar sel ven dor tal rin cos pel").split()
STOP = frozenset(
    "about after their there these those which while where would could should other".split()
)
GERUNDS = (
    "Managing",
    "Building",
    "Developing",
    "Negotiating",
    "Planning",
    "Evaluating",
    "Presenting",
    "Retaining",
    "Prospecting",
    "Analysing",
    "Leading",
    "Forecasting",
)
NOUNS = (
    "Account Relationships",
    "Sales Pipelines",
    "Customer Journeys",
    "Pricing Decisions",
    "Stakeholder Networks",
    "Key Accounts",
    "Digital Channels",
    "Service Recovery",
    "Value Propositions",
    "Buying Decisions",
    "Territory Plans",
    "Team Performance",
)
BODIES = (
    ("Institute of Sales Professionals", "ISP"),
    ("Chartered Institute of Marketing", "CIM"),
    ("Pearson", "BTEC"),
)
GENERIC_TIPS = (
    "Use the STAR technique (Situation, Task, Action, Result) to structure reflective accounts.",
    "Link every theory you mention to a concrete example from your own sales role.",
    "Quote measurable outcomes such as conversion rates, retention or repeat sales.",
    "Read the command word carefully: explain, analyse and evaluate ask for different depth.",
    "Keep a portfolio log with dates, evidence and the criteria each piece meets.",
    "Plan your answer before writing and leave time to check it against the marking points.",
)
MARKING_LEADS = (
    "Award credit for",
    "Expect evidence of",
    "Credit should be given for",
    "Assessors should look for",
)
MISTAKE_LEADS = ("Confusing", "Failing to", "Assuming that", "Overlooking", "Ignoring")
TIP_LEADS = ("When", "For", "In", "Always", "Use", "Show", "Explain")
OUTCOME_LEADS = ("Understand how to", "Understand", "Be able to", "Know how to")
PARAPHRASE_WORDS = ("clearly", "always", "carefully", "fully", "consistently")


@dataclass(frozen=True)
class Concept:
    """A glossary term as one subtopic defines it."""

    term: str
    """``Vorasi Index`` or ``Kelamo Pricing Ratio (KPR)``."""
    definition: str
    """One sentence."""


@dataclass(frozen=True)
class Spec:
    """Everything one subtopic says, before it is laid out as one or more files."""

    title: str
    """Unique title, also the start of the synopsis (so plain files derive the same title)."""
    synopsis: str
    """Synopsis paragraph."""
    overview: tuple[str, ...]
    """Overview paragraphs (scraped pages only)."""
    concepts: tuple[Concept, ...]
    """Key concepts."""
    outcomes: tuple[str, ...]
    """Learning outcomes."""
    tips: tuple[str, ...]
    """Exam tips."""
    extra_tips: tuple[str, ...]
    """Tips only the scraped copy has."""
    mistakes: tuple[str, ...]
    """Misconceptions."""
    extra_mistakes: tuple[str, ...]
    """Misconceptions only the scraped copy has, some as ``Misconception: ... Correction: ...``."""
    marking: tuple[str, ...]
    """Marking points."""
    extra_marking: tuple[str, ...]
    """Marking points only the scraped copy has."""
    prior: tuple[str, ...]
    """Prior knowledge (scraped pages only)."""
    qualifications: tuple[str, ...]
    """Qualification names (scraped pages only)."""
    body: tuple[str, str]
    """Awarding body and its short name."""
    layout: str
    """``plain``, ``scraped``, ``plain+scraped`` or ``scraped+scraped``."""


class Chain:
    """A word-bigram chain over the seeds' bullet items: sentences with a real rhythm."""

    def __init__(self, texts: Sequence[str]) -> None:
        following: dict[str, list[str]] = defaultdict(list)
        starts: list[str] = []
        for text in texts:
            tokens = CHAIN_TOKEN.findall(text)
            if len(tokens) < 4:
                continue
            starts.append(tokens[0])
            for a, b in itertools.pairwise(tokens):
                following[a].append(b)
        self.following = {word: sorted(nexts) for word, nexts in sorted(following.items())}
        self.starts = sorted(starts)

    def sentence(self, rng: random.Random, words: int, start: str | None = None) -> list[str]:
        """About ``words`` tokens, from ``start`` (or a seed sentence start)."""
        out = [start or rng.choice(self.starts)]
        while len(out) < words:
            nexts = self.following.get(out[-1].rstrip(","))
            out.append(rng.choice(nexts) if nexts else rng.choice(self.starts).lower())
        return out


class Lexicon:
    """Pseudo-words drawn Zipf-like: a few common everywhere, most rare."""

    def __init__(self, rng: random.Random, size: int) -> None:
        words: set[str] = set()
        while len(words) < size:
            words.add("".join(rng.choices(SYLLABLES, k=rng.choice((2, 2, 3, 3, 4)))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(size)))

    def draw(self, rng: random.Random) -> str:
        """One word, Zipf-weighted."""
        at = rng.random() * self.cumulative[-1]
        return self.words[min(bisect.bisect(self.cumulative, at), len(self.words) - 1)]


def seed_texts() -> list[str]:
    """Bullet items of the real seeds, term prefixes removed."""
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if match := SEED_BULLET.match(line):
                texts.append(match["text"].split(": ", 1)[-1])
    return texts


class Writer:
    """Makes subtopic specs and lays them out as files."""

    def __init__(self, count: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.chain = Chain(seed_texts())
        self.lexicon = Lexicon(self.rng, max(2_000, count * 8))
        self.shared_terms = [
            self._concept(self.rng, {self.lexicon.draw(self.rng) for _ in range(30)})
            for _ in range(max(20, count // 3))
        ]
        self.shared_cumulative = list(
            itertools.accumulate(1.0 / (r + 1) ** 0.8 for r in range(len(self.shared_terms)))
        )
        self.titles: set[str] = set()

    # -- text ----------------------------------------------------------------------------

    def _text(
        self, rng: random.Random, own: Sequence[str], words: int, start: str | None = None
    ) -> str:
        """A sentence with about a third of its longer words from the subtopic's lexicon."""
        tokens = self.chain.sentence(rng, words, start)
        for n, token in enumerate(tokens[1:], 1):
            bare = token.rstrip(",")
            if len(bare) >= 5 and bare.lower() not in STOP and rng.random() < 0.35:
                tokens[n] = rng.choice(own) + token[len(bare) :]
        text = " ".join(tokens).rstrip(",")
        return text[:1].upper() + text[1:] + "."

    def _concept(self, rng: random.Random, own: set[str]) -> Concept:
        words = [self.lexicon.draw(rng).title() for _ in range(rng.choice((1, 2, 2, 3)))]
        words.append(rng.choice(("Index", "Model", "Ratio", "Strategy", "Mapping", "Cycle")))
        term = " ".join(words)
        if rng.random() < 0.3:
            term += " (" + "".join(w[0] for w in words).upper() + ")"
        definition = self._text(rng, sorted(own), rng.randint(14, 30))
        return Concept(term, definition)

    def _paraphrase(self, rng: random.Random, text: str) -> str:
        """A near duplicate: one word added, or one word swapped for a synonym-like word."""
        words = text.split()
        at = rng.randrange(1, len(words))
        if rng.random() < 0.5:
            words.insert(at, rng.choice(PARAPHRASE_WORDS))
        else:
            words[at] = rng.choice(PARAPHRASE_WORDS)
        return " ".join(words)

    def _duplicated(self, rng: random.Random, items: list[str]) -> list[str]:
        """Items with, sometimes, a paraphrase and an exact repeat in other case."""
        if rng.random() < 0.2:
            items.insert(rng.randrange(len(items) + 1), self._paraphrase(rng, rng.choice(items)))
        if rng.random() < 0.1:
            repeat = rng.choice(items).lower()
            items.insert(rng.randrange(len(items) + 1), repeat)
        return items

    # -- one subtopic --------------------------------------------------------------------

    def spec(self, index: int) -> Spec:
        rng = random.Random(f"{self.rng.random()}:{index}")
        own = sorted({self.lexicon.draw(rng) for _ in range(30)})
        while True:
            name = rng.choice(own).title()
            title = f"{rng.choice(GERUNDS)} {name} {rng.choice(NOUNS)}"
            if title not in self.titles:
                break
            own.append(self.lexicon.words[rng.randrange(len(self.lexicon.words))])
        self.titles.add(title)
        rest = " ".join(self._text(rng, own, rng.randint(18, 30)) for _ in range(3))
        synopsis = (
            f"This subtopic explores {title[0].lower()}{title[1:]}, {rest[0].lower()}{rest[1:]}"
        )

        def many(low: int, high: int, leads: Sequence[str] = ()) -> list[str]:
            return [
                self._text(rng, own, rng.randint(14, 30), rng.choice(leads) if leads else None)
                for _ in range(rng.randint(low, high))
            ]

        concepts = []
        for _ in range(rng.randint(2, 4)):
            at = rng.random() * self.shared_cumulative[-1]
            shared = self.shared_terms[bisect.bisect(self.shared_cumulative, at)]
            if rng.random() < 0.15:
                shared = Concept(shared.term, self._paraphrase(rng, shared.definition))
            concepts.append(shared)
        concepts += [self._concept(rng, set(own)) for _ in range(rng.randint(1, 3))]
        concepts = list({c.term: c for c in concepts}.values())
        rng.shuffle(concepts)

        tips = many(3, 6, TIP_LEADS)
        for n in range(len(tips)):
            if rng.random() < 0.2:
                tips[n] = rng.choice(GENERIC_TIPS)
        body = BODIES[index % len(BODIES)]
        area = rng.choice(NOUNS).split()[0]
        level = rng.choice((3, 4, 5))
        qualifications = [
            f"Level {level} Award in {title}",
            f"{body[1]} Level {level} Diploma in {area} Sales",
            f"{body[1]} Level {level} Certificate in {area} Sales",
        ]
        if rng.random() < 0.5:
            executive = f"Diploma in Executive {area} Sales (Apprenticeship Diploma)"
            qualifications.append(f"{body[1]} Level {level} {executive}")
        layout = rng.choices(
            ("plain", "scraped", "plain+scraped", "scraped+scraped"), weights=(50, 30, 15, 5)
        )[0]
        return Spec(
            title=title,
            synopsis=synopsis,
            overview=tuple(
                " ".join(self._text(rng, own, rng.randint(16, 28)) for _ in range(4))
                for _ in range(3)
            ),
            concepts=tuple(concepts),
            outcomes=tuple(
                self._text(rng, own, rng.randint(8, 14), rng.choice(OUTCOME_LEADS)).rstrip(".")
                for _ in range(3)
            ),
            tips=tuple(self._duplicated(rng, tips)),
            extra_tips=tuple(many(2, 6, TIP_LEADS)),
            mistakes=tuple(self._duplicated(rng, many(3, 6, MISTAKE_LEADS))),
            extra_mistakes=tuple(
                f"Misconception: {a} Correction: {b}" if rng.random() < 0.3 else a
                for a, b in zip(many(2, 5, MISTAKE_LEADS), many(5, 5), strict=False)
            ),
            marking=tuple(self._duplicated(rng, many(4, 7, MARKING_LEADS))),
            extra_marking=tuple(many(2, 5, MARKING_LEADS)),
            prior=tuple(many(2, 3)),
            qualifications=tuple(qualifications),
            body=body,
            layout=layout,
        )


def plain(spec: Spec) -> str:
    """Plain sectioned text, as ``content_src/000*.txt``: a truncated teaser, headings, bullets."""
    lines = [spec.synopsis[:150], "Topic Synopsis", spec.synopsis]
    lines.append("Key Concepts & Core Principles")
    lines += [f"- {c.term}: {c.definition}" for c in spec.concepts]
    for heading, items in (
        ("Exam Tips & Revision Strategies", spec.tips),
        ("Common Misconceptions & Mistakes to Avoid", spec.mistakes),
        ("Examiner Marking Points", spec.marking),
    ):
        lines.append(heading)
        lines += [f"- {item}" for item in items]
    return "\n".join(lines)


def scraped(spec: Spec, extra: bool) -> str:
    """A scraped page, as ``content_src/002*.txt``: blocks, a hero, stats, captions, a footer."""
    body = spec.body[0]
    outcomes = "".join(f"{n}. {o}" for n, o in enumerate(spec.outcomes, 1))
    tips = (*spec.tips, *spec.extra_tips) if extra else spec.tips
    mistakes = (*spec.mistakes, *spec.extra_mistakes) if extra else spec.mistakes
    marking = (*spec.marking, *spec.extra_marking) if extra else spec.marking
    blocks: list[list[str]] = [
        [spec.synopsis[:150]],
        ["Topic Synopsis"],
        [spec.synopsis],
        ["Key Concepts & Core Principles"],
        ["Exam Tips & Revision Strategies"],
        ["Common Misconceptions & Mistakes to Avoid"],
        ["Examiner Marking Points"],
        [spec.title],
        [body.upper(), "vocational"],
        [spec.synopsis],
        [
            f"{count}\n    {label}"
            for count, label in (
                (len(spec.outcomes), "Learning Outcomes"),
                (len(tips), "Assessment Guidance"),
                (len(spec.concepts), "Key Terms"),
                (len(marking), "Assessment Criteria"),
            )
        ],
        ["Assessment criteria"],
        list(spec.qualifications),
        ["Topic Overview"],
        *([paragraph] for paragraph in spec.overview),
        ["Key Concepts"],
        ["Core ideas you must understand for this topic"],
        [f"• {c.term}: {c.definition}" for c in spec.concepts],
        ["Learning Objectives"],
        ["What you need to know and understand"],
        [f"• {outcomes}"] * 4,
        ["Assessment Criteria"],
        ["Key criteria assessors look for in your portfolio"],
        [f"• {item}" for item in marking],
        ["Assessment Guidance"],
        ["Guidance for achieving higher grades"],
        [f"• 💡{item}" for item in tips],
        ["Common Mistakes"],
        ["Common errors to avoid in your coursework"],
        [f"• {item}" for item in mistakes],
        ["Frequently Asked Questions"],
        ["Common questions students ask about this topic"],
        ["Before You Start"],
        ["Prior knowledge that will help with this topic"],
        [f"• {item}" for item in spec.prior],
        ["Key Terminology"],
        ["Essential terms to know"],
        [f"• {outcomes}"] * 4,
        ["Ready to learn?"],
        ["AI-powered learning tailored to this unit"],
    ]
    head = f"{spec.title}{body} End-Point Assessment Marketing & Sales Revision"
    return head + "\n\n" + "\n\n".join("\n".join("    " + x for x in b) for b in blocks) + "\n"


def file_name(index: int, copy: int, seed: int) -> str:
    digest = hashlib.sha256(f"{seed}:{index}:{copy}".encode()).hexdigest()[:16]
    return f"{index:04d}_{digest}.txt" if copy == 0 else f"{index:04d}_{digest}_copy.txt"


def generate(out: Path, subtopics: int, seed: int = SEED, subjects: int = 1) -> list[Path]:
    """Write ``subtopics`` subtopics (and the real models.yml) into ``out``; return the files.

    With several ``subjects``, the same subtopics are shared out in order among that many
    subject folders (``subject-01/``, ...), each with its ``subject.yml`` and ``models.yml``.
    """
    writer = Writer(subtopics, seed)
    folders = [out] if subjects == 1 else [out / f"subject-{n:02d}" for n in range(1, subjects + 1)]
    for number, folder in enumerate(folders, 1):
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEEDS / "models.yml", folder / "models.yml")
        if subjects > 1:
            subject = f"name: Subject {number}\norder: {number}\n"
            (folder / "subject.yml").write_text(subject, encoding="utf-8")
    written = []
    for index in range(subtopics):
        spec = writer.spec(index)
        folder = folders[index * len(folders) // subtopics]
        first, _, second = spec.layout.partition("+")
        texts = [plain(spec) if first == "plain" else scraped(spec, extra=False)]
        if second:
            texts.append(scraped(spec, extra=True))
        for copy, text in enumerate(texts):
            path = folder / file_name(index, copy, seed)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, help="folder to write (created; files overwritten)")
    parser.add_argument("--subtopics", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--subjects", type=int, default=1, help="subject folders to share out")
    args = parser.parse_args()
    files = generate(args.out, args.subtopics, args.seed, args.subjects)
    print(f"{len(files)} source files for {args.subtopics} subtopics in {args.out}")


if __name__ == "__main__":
    main()
