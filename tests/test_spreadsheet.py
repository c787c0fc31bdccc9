"""The CSV export opened in a real spreadsheet: LibreOffice Calc (headless, installed by
``make test``) reads it as UTF-8 CSV, as its import dialog does, and saves it as flat ODS, whose
XML says which cells became formulas. Source texts that start like a formula must stay text."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from helpers import write
from revguide.exports import CSV_FILE
from revguide.paths import export
from revguide.site import build_site

#: LibreOffice's CSV import options: comma, double quote, UTF-8, from line 1.
CSV_IMPORT = "CSV:44,34,76,1"
FORMULA = re.compile(r'table:formula="([^"]*)"')
CELL_TEXT = re.compile(r"<text:p>(.*?)</text:p>")

PAYLOADS = (
    '=HYPERLINK("https://evil.example","Click me")',
    "+1+1",
    "-2+3",
    "@SUM(1;2)",
    "=1+1 and more",
)


def _open_in_calc(csv_text: str, folder: Path) -> str:
    """The flat-ODS XML LibreOffice saves after opening ``csv_text``."""
    soffice = shutil.which("soffice")
    assert soffice, "make test installs LibreOffice (scripts/ensure-libreoffice)"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "cards.csv"
    source.write_text(csv_text, encoding="utf-8-sig", newline="")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            f"--infilter={CSV_IMPORT}",
            "--convert-to",
            "fods",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return (folder / "cards.fods").read_text(encoding="utf-8")


def test_calc_would_run_these_cells_unprotected(tmp_path: Path) -> None:
    """The control: written as they are, LibreOffice makes formulas of the cells starting with
    ``=`` (it reads ``+``, ``-`` and ``@`` as text; Excel and others do not)."""
    out = io.StringIO()
    csv.writer(out).writerows([[payload] for payload in PAYLOADS])
    formulas = FORMULA.findall(_open_in_calc(out.getvalue(), tmp_path))
    assert len(formulas) == len([p for p in PAYLOADS if p.startswith("=")]), formulas


@pytest.mark.build
def test_the_csv_export_opens_as_text_in_calc(tmp_path: Path) -> None:
    content = tmp_path / "content_src"
    concepts = "".join(f"- **Term {n}**: {p}\n" for n, p in enumerate(PAYLOADS))
    write(content, "x.md", f"---\ntitle: X\n---\n## Key concepts\n\n{concepts}")
    site = build_site(content, tmp_path)
    (data,) = [a.content for a in site.assets if a.path == export(CSV_FILE)]
    assert isinstance(data, str)
    sheet = _open_in_calc(data.removeprefix("\ufeff"), tmp_path / "calc")
    assert FORMULA.findall(sheet) == []
    cells = [unescape(text) for text in CELL_TEXT.findall(sheet)]
    for payload in PAYLOADS:
        assert f"'{payload}" in cells  # shown as text, with the mark that made it text
