"""Site chrome: the lines a scraped web page carries around (and inside) its content.

A line is chrome by its *form and wording*, by its *position* or by *repetition*, never because
it is short::

    "Skip to content", "Menu", "Log in", "Back to top"          -> navigation
    "Home › GCSE › Biology", "Home / KS4 / Physics"            -> breadcrumb
    "Home | GCSE Physics | Past Papers | Contact"              -> menu (three or more links)
    "We use cookies ...", "Accept all cookies"                 -> cookie consent
    "Share this page: Facebook | Twitter", "Copy link"         -> sharing
    "Was this page helpful?", "Report a problem with this page" -> feedback
    "← Previous: Atoms", "Next: Cell division →", "Read more"   -> pagination
    "Advertisement", "Sponsored", "Continue reading below"      -> advertising
    "© 2025 RevisionHub Ltd. All rights reserved.", "Terms of use" -> legal
    "By Priya Shah · Updated 14 January 2025", "6 min read"     -> byline
    "Sign up to our newsletter", "Follow us on Instagram"       -> newsletter
    "Related: Volcanoes, Earthquakes"                          -> related links
    "14 Visit aqa.org.uk/8035 for the most up-to-date ..."     -> page footer
    "Ready to learn?", "Start learning now"                    -> call to action

Position: a label that opens a list of links ("Related topics", "You might also like", "On
this page") and, when it starts a block, the link-like lines under it (no sentence, no heading,
no bullet) up to the next blank line, when no content follows them; every line above a
``Title | Site`` title line.
Repetition: a line found in three or more source files (`repeated_lines`) is boilerplate, as
web-text boilerplate detectors treat it, unless it is a bullet, a heading or a qualification
name; a full sentence must also stand in the page's closing run of chrome.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .headings import MARKDOWN_HEADING, match_heading
from .qualifications import looks_like_qualification
from .text import ends_sentence, strip_bullet, strip_decoration

_WORDING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.VERBOSE | re.IGNORECASE))
    for reason, pattern in (
        (
            "navigation",
            r"""^(?: skip\ to\ (?:the\ )?(?:main\ )?(?:content|navigation)
                   | skip\ navigation | accessibility\ links | jump\ to\ (?:content|navigation)
                   | (?:main\ |site\ |open\ |close\ )?menu | toggle\ (?:navigation|menu)
                   | search(?:\ this\ site)? | back\ to\ top | go\ to\ top | top\ of\ page
                   | back\ to\ (?:\S+\ ){0,3}(?:index|contents|menu|home|overview|list)
                   | (?:log|sign)\ ?(?:in|out) | register | my\ account | create\ (?:an\ )?account
                   | home(?:\ ?page)? | contact(?:\ us)? | about(?:\ us)?
                   | print(?:\ this)?(?:\ page)?
                   | download(?:\ as)?(?:\ this)?\ (?:pdf|page|notes) )$""",
        ),
        (
            "cookie consent",
            r"""(?:we|this\ (?:site|website))\ uses?\ cookies\b
              | (?:accept|reject)\ all$
              | (?:manage|cookie|privacy)\ (?:settings|preferences|choices)$
""",
        ),
        (
            "sharing",
            r"""^(?: share(?:\ this(?:\ page|\ article|\ post)?)?(?:\ on|\ via)?(?::.*)?
                   | copy\ (?:the\ )?link | tweet(?:\ this)? | pin\ it | email\ this(?:\ page)?
                   | (?:facebook|twitter|linkedin|whatsapp|pinterest|email)
                     (?:\s*[|·,/]\s*
                        (?:facebook|twitter|x|linkedin|whatsapp|pinterest|email))* )$""",
        ),
        (
            "feedback",
            r"""^(?: (?:was|is|did)\ this\ (?:page|article|post|guide|content|resource)\b.*\?
                   | (?:rate|review)\ this\ (?:page|article|post|guide)
                   | report\ (?:a|an)\ (?:problem|issue|error|mistake)\b.*
                   | (?:give|send|leave)\ (?:us\ )?(?:feedback|a\ comment|a\ reply)
                   | \d+\ comments? )$""",
        ),
        (
            "pagination",
            r"""^(?: (?:[←«‹<]\s*)?(?:previous|prev|next|older|newer)
                     (?:\ (?:page|topic|lesson|article|post|chapter|section))?
                     (?:\s*:.*|\s*[→»›>])?\s*[→»›>]?
                   | page\ \d+\ of\ \d+ | continue\ reading | read\ more\b.*
                   | load\ more | (?:show|view)\ (?:more|all) )$""",
        ),
        (
            "advertising",
            r"""^(?: advert(?:isement)?s? | ads? | sponsored(?:\ content|\ links?)? | promoted
                   | (?:continue\ reading|story\ continues|article\ continues)\ below
                     (?:\ (?:the\ )?advert(?:isement)?)?
                   | scroll\ (?:down\ )?to\ continue(?:\ with\ content)? )$""",
        ),
        (
            "legal",
            r"""(?:©|\(c\)|copyright\b).*
              | (?:privacy|cookie|cookies|accessibility)\ (?:policy|notice|statement)$
              | terms(?:\ of\ (?:use|service)|\ (?:and|&)\ conditions)$
              | (?:sitemap|site\ map|modern\ slavery\ statement)$""",
        ),
        (
            "byline",
            r"""^(?:(?:last\ )?(?:updated|modified|published|reviewed)(?:\ on)?:?\ +
                   \d{1,2}(?:st|nd|rd|th)?\ +[a-z]+\ +\d{4}.*
                 | \d+\s*min(?:ute)?s?\ read )$""",
        ),
        (
            "newsletter",
            r"""^(?: (?:sign\ up|subscribe)\b.* | (?:join|get)\ our\ (?:free\ )?newsletter.*
                   | enter\ your\ email(?:\ address)? | follow\ us\b.* )$""",
        ),
        (
            "related links",
            r"""^(?:related|see\ also|more\ on\ this(?:\ topic)?|you\ (?:might|may)\ also\ like)
                \s*:\s*\S.*$""",
        ),
        ("page footer", r"^(?:\d+\s+)?visit\ (?:us\ at\ )?\S+\.(?:com|org|net|uk|io)\b.*$"),
        (
            "call to action",
            r"""^(?: ready\ to\ (?:learn|start|revise|begin)\b.*
                   | (?:start\ learning|start\ your\ free|get\ started)\b.* )$""",
        ),
    )
)

# "By Priya Shah · Updated ...": a capitalised name after "By" (case matters for the name).
BYLINE_NAME = re.compile(
    r"^(?:By|Written by|Reviewed by|Posted by|Author:)\s+(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*(?:$|[|·•,–—-]\s)"
)
# "Home › GCSE › Biology" or "Home / KS4 / Physics": a trail that starts at home, or has >= 2 "›".
BREADCRUMB = re.compile(
    r"""^(?: (?:home|you\ are\ here:?)\s*[›»>/|→]\s*.*
           | [^›»]+(?:\s[›»]\s[^›»]+){2,} )$""",
    re.VERBOSE | re.IGNORECASE,
)
MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
MAX_LINK_WORDS = 4

#: Labels that open a block of chrome: the link-like lines after them, up to a blank line.
BLOCK_LABEL = re.compile(
    r"""^(?: (?:related|similar|more)(?:\ \w+)?\ (?:topics|articles|posts|pages|content
               |resources|links|guides|notes|revision)
             (?:\ (?:on|in|for|about)\ this\ (?:topic|page|subject|section|unit))?
           | (?:next|previous)\ (?:page|topic|lesson|article|guide)
           | you\ (?:might|may)\ also\ (?:like|be\ interested\ in).*
           | see\ also | (?:popular|trending|recommended)(?:\ \w+)?
           | on\ this\ page | in\ this\ (?:section|article|topic|guide)
           | (?:table\ of\ )?contents
           | share(?:\ this(?:\ page|\ article)?)?(?:\ on)?:?
           | (?:was|is|did)\ this\ (?:page|article|post|guide)\b.*\?
           | follow\ us\b.* )$""",
    re.VERBOSE | re.IGNORECASE,
)
MAX_BLOCK_LINK_WORDS = 10

# "Cell Structure | RevisionHub", "Waves - SciencePrep": the site's name after the title.
SITE_TITLE = re.compile(r"^(?P<title>.+?)\s+(?P<sep>\||[-–—·])\s+(?P<site>[^|]+?)$")
BRAND = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|\S+\.(?:com|org|net|co\.uk|org\.uk|ac\.uk|io))$")
MAX_SITE_WORDS = 4

#: Files a line must appear in to count as repeated boilerplate.
REPEATED_IN_FILES = 3


#: Wording found anywhere in a line, not at its start; looked for only in lines that hold one
#: of the `_ANYWHERE_HINTS` (a plain substring test is much faster than a regex scan).
_ANYWHERE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.VERBOSE | re.IGNORECASE))
    for reason, pattern in (
        (
            "cookie consent",
            r"""\b(?:accept|reject|allow|decline)\ (?:all\ )?(?:cookies|tracking)\b
              | \bby\ continuing\b.*\b(?:agree|accept|consent)\b""",
        ),
        ("legal", r"\ball\ rights\ reserved\b"),
        ("call to action", r"\bai[-\s]powered\b"),
    )
)
_ANYWHERE_HINTS = ("cookie", "tracking", "continuing", "reserved", "powered")

# One pass over a line instead of one per reason: the group that matched names the reason.
_ANY_WORDING = re.compile(
    "|".join(f"(?P<r{n}>{pattern.pattern})" for n, (_, pattern) in enumerate(_WORDING)),
    re.VERBOSE | re.IGNORECASE,
)
_TRAIL_MARK = re.compile(r"[›»>/|→·•]")


@lru_cache(maxsize=1 << 14)
def wording_reason(text: str) -> str | None:
    """Why ``text`` is chrome by its form and wording, or ``None``."""
    match = _ANY_WORDING.match(text)  # every pattern starts at the line's start
    if match:
        return _WORDING[int(str(match.lastgroup)[1:])][0]
    folded = text.casefold()
    if any(hint in folded for hint in _ANYWHERE_HINTS):
        for reason, pattern in _ANYWHERE:
            if pattern.search(text):
                return reason
    if BYLINE_NAME.match(text):
        return "byline"
    if not _TRAIL_MARK.search(text):
        return None  # neither a breadcrumb nor a menu
    if BREADCRUMB.match(text) and not text.startswith("|"):
        return "breadcrumb"
    parts = MENU_SEPARATOR.split(text)
    if (
        len(parts) >= 3
        and not text.startswith("|")
        and all(0 < len(p.split()) <= MAX_LINK_WORDS and not ends_sentence(p) for p in parts)
    ):
        return "menu"
    return None


def split_site_title(text: str) -> tuple[str, str] | None:
    """``(title, site)`` for ``Title | Site``, ``Title - BrandName`` or a trail of three or more
    parts (``Photosynthesis - AQA - GCSE Biology - BBC Bitesize``); ``None`` otherwise."""
    for separator in (" | ", " - ", " – ", " — "):
        parts = text.split(separator)
        if len(parts) >= 3 and all(part.strip() for part in parts):
            return parts[0].strip(), separator.join(parts[1:]).strip()
    match = SITE_TITLE.match(text)
    if not match or "|" in match["title"]:
        return None
    site = match["site"].strip()
    if len(site.split()) > MAX_SITE_WORDS or any(char.isdigit() for char in site):
        return None
    if match["sep"] != "|" and not BRAND.match(site):
        return None  # "Macbeth – Ambition": a dash joins two parts of a title
    return match["title"].strip(), site


def line_key(text: str) -> str:
    """What repetition compares: the line's text (already NFC), white space and case folded."""
    return " ".join(text.split()).casefold()


def line_keys(text: str) -> frozenset[str]:
    """The keys of a source text's non-blank lines."""
    return frozenset(line_key(line) for line in text.split("\n") if line and not line.isspace())


def repeated_lines(keys: Iterable[frozenset[str]]) -> frozenset[str]:
    """The line keys found in at least `REPEATED_IN_FILES` of the files' key sets."""
    counts: Counter[str] = Counter()
    for file_keys in keys:
        counts.update(file_keys)
    return frozenset(key for key, count in counts.items() if count >= REPEATED_IN_FILES)


@dataclass(frozen=True)
class Chrome:
    """A chrome line found by `find_chrome`."""

    index: int
    """Index of the line in the list given."""
    reason: str
    """Why it is chrome, as the build report says it: ``site chrome: navigation``."""


def _may_repeat(text: str) -> bool:
    """Repeated lines that are content all the same: bullets, headings, qualification names."""
    return not (
        strip_bullet(text)[1] or match_heading(text) is not None or looks_like_qualification(text)
    )


def find_chrome(lines: list[str], repeated: frozenset[str] = frozenset()) -> list[Chrome]:
    """The chrome lines among ``lines`` (stripped texts, ``""`` for blank), in order."""
    reasons: dict[int, str] = {}
    block: str | None = None
    closing = _closing_from(lines)
    for index, text in enumerate(lines):
        if not text:
            block = None
            continue
        reason = wording_reason(text)
        if reason is None and (plain := strip_decoration(text)) != text:
            reason = wording_reason(plain)  # "🔗 Related: ..." is chrome too
        if reason == "menu" and _table_row(lines, index):
            reason = None  # "A | B | C" on consecutive lines: a table, not a menu
        label = BLOCK_LABEL.match(text)
        if reason is None and label:
            reason = "related links"
        elif reason is None and block is not None and 0 < closing <= index and _link_like(text):
            reason = block
        repeats = line_key(text) in repeated and _may_repeat(text)
        if reason is None and repeats and not ends_sentence(text):
            reason = "repeated in other files"
        if reason is not None:
            reasons[index] = reason
        if label:
            # A label opens a block of links only where a block starts (after a blank line,
            # chrome apart), not between a heading and its items.
            before = index - 1
            while before >= 0 and before in reasons:
                before -= 1
            block = reason if before < 0 or not lines[before] else None
        elif reason is None:
            block = None
    _closing_run(lines, reasons, repeated)
    _above_site_title(lines, reasons)
    return [Chrome(i, "site chrome: " + reasons[i]) for i in sorted(reasons)]


def _table_row(lines: list[str], index: int) -> bool:
    """Whether the line next to ``index`` above or below, past chrome lines (`_neighbour`), is
    a table's rule row or has as many ``|`` separators and other cells: rows of a table (a menu
    repeated, or next to a share line, is a menu; two different menus on consecutive lines
    read as a table)."""
    text = lines[index]
    count = len(MENU_SEPARATOR.findall(text))
    return count > 0 and any(
        line
        and line != text
        and not line.startswith("|")  # a "| a | b |" table is another one
        and (len(MENU_SEPARATOR.findall(line)) == count or _rule_row(line))
        for line in (_neighbour(lines, index, -1), _neighbour(lines, index, 1))
    )


def _rule_row(line: str) -> bool:
    """``--- | ---``: the rule under a table's header row."""
    return "-" in line and not line.strip("|-: ")


def _chrome_not_menu(line: str) -> bool:
    """Chrome by its wording, or a label of links ("Related topics"), but not a menu."""
    return wording_reason(line) not in (None, "menu") or bool(BLOCK_LABEL.match(line))


def _neighbour(lines: list[str], index: int, step: int) -> str:
    """The line next to ``index`` in direction ``step``, past chrome lines but menus
    (`_chrome_not_menu`: a banner inside a table does not split it); ``""`` at either end."""
    at = index + step
    while 0 <= at < len(lines) and lines[at] and _chrome_not_menu(lines[at]):
        at += step
    return lines[at] if 0 <= at < len(lines) else ""


def _closing_from(lines: list[str]) -> int:
    """Index after the last line that is surely content: a heading, a bullet, a sentence or a
    table row that is not chrome by its wording (0 when there is none). Links under a label
    count as chrome only after content and from there on: "Related topics" cannot swallow the
    content that follows it, nor the title of a page that has nothing else."""
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index]
        if not text or wording_reason(text) is not None:
            continue
        if (
            ends_sentence(text)
            or strip_bullet(text)[1]
            or text.startswith("|")
            or match_heading(text) is not None
        ):
            return index + 1
    return 0


def _link_like(text: str) -> bool:
    return (
        len(text.split()) <= MAX_BLOCK_LINK_WORDS
        and not ends_sentence(text)
        and match_heading(text) is None
        and not strip_bullet(text)[1]
    )


def _closing_run(lines: list[str], reasons: dict[int, str], repeated: frozenset[str]) -> None:
    """Repeated sentences in the page's closing run of chrome ("X is a free revision site.")."""
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index]
        if not text or index in reasons:
            continue
        if line_key(text) in repeated and _may_repeat(text):
            reasons[index] = "repeated in other files"
            continue
        break


def _above_site_title(lines: list[str], reasons: dict[int, str]) -> None:
    """Every line above a ``Title | Site`` line that opens the page is chrome (not above a
    ``# Heading``, nor a table's header row: ``Strategy | Cost | Notes`` above its rows)."""
    for index, text in enumerate(lines):
        if not text or index in reasons:
            continue
        if split_site_title(text) is not None and not _table_row(lines, index):
            for above in range(index):
                if lines[above] and above not in reasons:
                    reasons[above] = "above the page title"
            return
        if (
            ends_sentence(text)
            or strip_bullet(text)[1]
            or match_heading(text) is not None
            or MARKDOWN_HEADING.match(text)
            or _table_row(lines, index)
        ):
            return  # the content has started: a later "A | B" line is not the page's title
