"""End to end: the real ``workbench`` command in tmux (send-keys, capture-pane).

Skips cleanly where tmux (or the installed console script) is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import ARTICLES

TMUX = shutil.which("tmux")
WORKBENCH = Path(sys.executable).with_name("workbench")

pytestmark = pytest.mark.skipif(
    TMUX is None or not WORKBENCH.exists(), reason="needs tmux and the workbench console script"
)


# A tmux server of the test's own (-L): another tmux user on the machine (a developer's
# 'tmux kill-server', a second test run) cannot end or read its session.
SOCKET = f"workbench-test-{uuid.uuid4().hex[:8]}"


def _tmux(*args: str) -> str:
    return subprocess.run([TMUX, "-L", SOCKET, *args], capture_output=True, text=True, check=False).stdout


def _wait_for_screen(session: str, *needles: str, timeout: float = 20.0) -> str:
    """The screen once every needle is on it (a frame may be captured half drawn)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if all(needle in screen for needle in needles):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needles!r} never all appeared; screen was:\n{screen}")


def test_workbench_opens_imports_searches_and_quits(tmp_path):
    case = tmp_path / "case"
    shutil.copytree(ARTICLES, case / "imports")
    session = f"wb-{uuid.uuid4().hex[:8]}"
    command = f"cd {case} && TERM=xterm-256color {WORKBENCH}; echo EXITED-$?; sleep 30"
    _tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    try:
        # A new case imports imports/ first, then lists what it read.
        _wait_for_screen(session, "1 Sources (3)", "Reader", "Help")
        _tmux("send-keys", "-t", session, "/")
        _wait_for_screen(session, "search names, aliases")  # the search box's placeholder: it is open
        _tmux("send-keys", "-t", session, "-l", "brenmouth")
        screen = _wait_for_screen(session, "hits")
        assert "Brenmouth" in screen
        _tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.5)
        _tmux("send-keys", "-t", session, "q")
        _wait_for_screen(session, "EXITED-0")
        assert (case / "db" / "workbench.sqlite").exists()
    finally:
        _tmux("kill-server")  # the test's own server only
