"""Zip the offline build deterministically: ``python scripts/offline_zip.py site-offline out.zip``.

Entries are sorted and carry a fixed timestamp, so the same site gives a byte-identical zip.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def zip_site(site: Path, target: Path, folder: str = "revision-guide") -> None:
    """Write every file under ``site`` into ``target`` below ``folder/``."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


if __name__ == "__main__":
    zip_site(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"wrote {sys.argv[2]}: unzip it and open revision-guide/index.html")
