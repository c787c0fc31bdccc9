"""Talking to a running ``mkdocs serve``: shared by the serve tests and ``bench/run.py``."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str, timeout: float = 120) -> tuple[int, str]:
    """Status and text (0 when nothing answers). The server answers a request for a page only
    once a rebuild in progress is done, so a long ``timeout`` waits it out."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def until(check: Callable[[], bool], what: str, timeout: float, interval: float = 0.2) -> float:
    """Seconds until ``check()`` held; `TimeoutError` naming ``what`` after ``timeout``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if check():
            return time.perf_counter() - start
        time.sleep(interval)
    raise TimeoutError(f"timed out waiting for {what}")
