"""Find and decode the source files under ``content_src/``.

Raw subtopic texts are ``*.txt`` files, in any sub-folder. Decoding accepts UTF-8 (with or
without a byte-order mark), UTF-16 and UTF-32 with a byte-order mark and, failing UTF-8,
Windows-1252 (the default of many Windows editors; it includes Latin-1's letters), with a
warning naming the file and the encoding assumed. Every line ending (LF, CRLF, CR) becomes LF
and text is put in Unicode NFC. A file that cannot be read as text is reported as a warning
naming the file and line and skipped; the other files are still processed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import Diagnostic, SourceRef
from .text import normalise_newlines

#: Registry and settings files in ``content_src/`` that are not subtopic sources.
REGISTRY_FILES = frozenset({"models.yml", "metadata.yml", "dedupe.yml", "lint.yml", "subject.yml"})
RAW_SUFFIX = ".txt"
#: An editor source: a subtopic written in Markdown (`editor`).
EDITOR_SUFFIX = ".md"
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Control characters no text file holds (tab, line and page breaks apart).
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
FALLBACK_ENCODING = "cp1252"


@dataclass(frozen=True)
class SourceText:
    """A decoded source file."""

    path: str
    """Display path relative to the project root: ``content_src/001_x.txt``."""
    text: str
    """Decoded text: NFC, LF line endings, no byte-order mark."""

    @property
    def lines(self) -> list[str]:
        """The text's lines, numbered from 1 by position + 1."""
        return self.text.split("\n")


def display_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when inside it, always with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def discover(content_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every non-hidden entry below ``content_dir`` but folders, sorted by relative path, and
    the folders that could not be listed, with the reason.

    Folders are walked; links to folders are not (a link back up would loop), so they are
    returned like files, for `read_source` to report.
    """
    found = []
    unreadable: list[tuple[Path, str]] = []

    def skip(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else content_dir
        unreadable.append((folder, error.strerror or type(error).__name__))

    for folder, folders, files in os.walk(content_dir, onerror=skip):
        here = Path(folder)
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in [*files, *folders]:
            path = here / name
            if name.startswith(".") or (path.is_dir() and not path.is_symlink()):
                continue
            found.append(path)
    found.sort(key=lambda p: p.relative_to(content_dir).as_posix())
    return found, sorted(unreadable)


def outside(path: Path, content_dir: Path) -> str | None:
    """Why ``path`` must not be read, or ``None``: a symbolic link that leads out of
    ``content_dir``, loops or leads nowhere. Nothing outside the folder may reach a page, a
    report or a log, so the reason names the link, never its target. (`discover` does not
    walk into linked folders, so only the path itself can be a link.)"""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
        return "a symbolic link that loops or leads nowhere; skipped"
    if not target.is_relative_to(content_dir.resolve()):
        return (
            f"a symbolic link to a file outside {content_dir.name}/; skipped (only files "
            "inside the folder are read)"
        )
    return None


def decode(
    data: bytes, path: str, *, fallback: bool = False
) -> tuple[str | None, Diagnostic | None]:
    """Bytes to normalised text, or a diagnostic saying why the bytes are not usable text.

    With ``fallback`` (sources, not registries), bytes that are not UTF-8 are read as
    Windows-1252 when that gives text: both come back, the warning naming the encoding assumed.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        try:
            text = data.decode("utf-32")
        except UnicodeDecodeError:
            return None, Diagnostic(
                SourceRef(path, 1), "starts with a UTF-32 mark but is not valid UTF-32; skipped"
            )
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None, Diagnostic(
                SourceRef(path, 1), "starts with a UTF-16 mark but is not valid UTF-16; skipped"
            )
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            return None, Diagnostic(
                SourceRef(path, line), "binary data (NUL byte), not text; skipped"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            byte = data[exc.start]
            where = f"byte 0x{byte:02X} at column {column}"
            try:
                text = data.decode(FALLBACK_ENCODING) if fallback else ""
            except UnicodeDecodeError:
                text = ""
            if not text or BINARY_CONTROL.search(text):
                return None, Diagnostic(
                    SourceRef(path, line),
                    f"not valid UTF-8 ({where}); save the file as UTF-8; skipped",
                )
            return _normalised(text), Diagnostic(
                SourceRef(path, line),
                f"not UTF-8 ({where}); read as Windows-1252: check its accents and symbols, "
                "then save it as UTF-8 to silence this warning",
            )
    return _normalised(text), None


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFC", normalise_newlines(text))


def read_source(path: Path, display: str) -> tuple[SourceText | None, Diagnostic | None]:
    """Read and decode one file; problems come back as a diagnostic, never an exception."""
    if CONTROL_CHARACTER.search(display):  # a line break in a name would break pages' Markdown
        return None, Diagnostic(
            SourceRef(CONTROL_CHARACTER.sub("?", display), 1),
            "the file name has a line break or another control character; rename it; skipped",
        )
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # reading a pipe would wait forever
            return None, Diagnostic(
                SourceRef(display, 1),
                "not a regular file (a link to a folder, a pipe or a device); skipped",
            )
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, Diagnostic(SourceRef(display, 1), f"cannot be read ({reason}); skipped")
    text, problem = decode(data, display, fallback=True)
    if text is None:
        return None, problem
    if not text.strip():
        return None, Diagnostic(SourceRef(display, 1), "empty file (no text); skipped")
    return SourceText(display, text), problem


def editable_first(sources: Sequence[str]) -> tuple[str, ...]:
    """A page's sources in the order "edit this page" offers them: editor sources first (the
    page's text is theirs to change), then raw texts (for small corrections), each kept in the
    subtopic's order (the file with most items first). See EDITING.md, "Which file to edit"."""
    return tuple(sorted(sources, key=lambda path: not path.lower().endswith(EDITOR_SUFFIX)))
