"""Write each corpus text ``<name>.txt`` from the text column of its annotation ``<name>.ann``.

The raw texts were written by hand as annotations first; this applies the encoding and line
endings each one was "received" with (below). Run it after editing an annotation, from any
folder: ``python tests/corpus/make_raw.py``. The corpus test checks that both agree.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: How each text is stored, when not UTF-8 with LF line endings: (encoding, newline, BOM).
STORAGE: dict[str, tuple[str, str, bytes]] = {
    "aqa_chemistry_bonding": ("utf-8", "\r\n", b""),
    "aqa_sociology_family": ("utf-8", "\r", b""),
    "btec_applied_science_unit1": ("utf-16-le", "\r\n", codecs.BOM_UTF16_LE),
    "edexcel_economics_ped": ("cp1252", "\n", b""),
    "revisionhub_history_cold_war": ("utf-8", "\r\n", b""),
    "scienceprep_physics_waves": ("utf-8", "\n", codecs.BOM_UTF8),
    "studyzone_chemistry_acids": ("utf-8", "\n", codecs.BOM_UTF8),
    "teacher_notes_business_marketing": ("cp1252", "\r\n", b""),
}


def text_column(annotation: str) -> list[str]:
    """The source lines an annotation describes (the part after the first tab)."""
    return [line.split("\t", 1)[1] for line in annotation.splitlines()]


def main() -> None:
    for path in sorted(HERE.glob("*.ann")):
        encoding, newline, bom = STORAGE.get(path.stem, ("utf-8", "\n", b""))
        text = newline.join(text_column(path.read_text(encoding="utf-8"))) + newline
        path.with_suffix(".txt").write_bytes(bom + text.encode(encoding))


if __name__ == "__main__":
    main()
