"""Serve a built site on 127.0.0.1 under its site_url path, as GitHub Pages would.

Used by scripts/screenshots.py and scripts/audit.py::

    with serve(Path("site"), "/revision-guide/") as base:   # "http://127.0.0.1:<port>/revision-guide/"
        ...
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

#: Types GitHub Pages serves gzip-compressed; the audit should see what learners get.
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                super().do_GET()  # the base class redirects to the URL with a slash
                return
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in COMPRESSED and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(site: Path, mount: str) -> Iterator[str]:
    """Serve ``site`` at ``mount`` on a free port; yields the base URL."""
    with tempfile.TemporaryDirectory() as root:
        shutil.copytree(site, Path(root) / mount.strip("/"))
        handler = functools.partial(_Quiet, directory=root)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}{mount}"
        finally:
            server.shutdown()
            server.server_close()
