"""What the flashcard exports need to know about the guide besides its cards.

    ExportGuide(title="Sales Guide", site_url="https://example.github.io/revision-guide/",
                directory_urls=True, subtopics=(ExportSubtopic("crm", "CRM basics", ...), ...))
    .url("glossary.md#crm") -> "https://example.github.io/revision-guide/glossary/#crm"

Without ``site_url`` (a site built to be opened from files) URLs stay relative to the site's root:
``glossary/#crm``, or ``glossary.html#crm`` without directory URLs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import paths
from .model import Subtopic


@dataclass(frozen=True)
class ExportSubtopic:
    """A subtopic as the exports label cards with it."""

    slug: str
    """Its slug."""
    title: str
    """Its title."""
    awarding_body: str | None
    """Its awarding body, when known."""
    qualifications: tuple[str, ...]
    """The qualifications it belongs to."""
    date: int
    """When its inputs last changed, seconds since 1970 (see `sourcedates`)."""


@dataclass(frozen=True)
class ExportGuide:
    """The guide as the exports see it."""

    title: str
    """The guide's name (MkDocs' ``site_name``): names the Anki deck and identifies its notes."""
    site_url: str
    """The published address ending in ``/``, or an empty string when there is none."""
    directory_urls: bool
    """MkDocs' ``use_directory_urls``."""
    subtopics: tuple[ExportSubtopic, ...]
    """Every subtopic, in guide order."""
    prefix: str = ""
    """Docs path prefix of the subtopics' pages: ``sales/`` for a subject of several."""

    def page(self, slug: str) -> str:
        """The docs path of subtopic ``slug``'s page."""
        return self.prefix + paths.subtopic(slug)

    def url(self, path: str) -> str:
        """The address of docs path ``path`` (see the module docstring)."""
        return self.site_url + paths.page_url(path, self.directory_urls)


def export_guide(
    title: str,
    site_url: str | None,
    directory_urls: bool,
    subtopics: Sequence[Subtopic],
    dates: dict[str, int],
    prefix: str = "",
) -> ExportGuide:
    """The `ExportGuide` of ``subtopics``, dated by ``dates`` (slug -> date); ``prefix``: see
    `ExportGuide.prefix`."""
    base = (site_url or "").strip()
    return ExportGuide(
        title=title,
        site_url=base if not base or base.endswith("/") else base + "/",
        directory_urls=directory_urls,
        subtopics=tuple(
            ExportSubtopic(s.slug, s.title, s.awarding_body, s.qualifications, dates[s.slug])
            for s in subtopics
        ),
        prefix=prefix,
    )
