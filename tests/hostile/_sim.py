"""``lighter sim`` as a separate process (the way outside tools run it), for the hostile-peer tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

READY_TIMEOUT = 30.0


@contextmanager
def sim_process(*args: str) -> Iterator[dict[str, Any]]:
    """Start ``python -m lighter sim --json``; yield its ready line (plus ``proc``); stop it after."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "lighter", "sim", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the ready line; the process is killed below if it never comes
        if not line:
            raise RuntimeError(f"lighter sim did not start: {proc.communicate(timeout=5)[1][-2000:]}")
        ready: dict[str, Any] = json.loads(line)
        ready["proc"] = proc
        yield ready
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lighter ARGS`` without any ``LIGHTER_*`` setting of this environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    return subprocess.run(
        [sys.executable, "-m", "lighter", *args], capture_output=True, text=True, timeout=timeout, env=env
    )
