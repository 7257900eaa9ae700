"""Run the ``lighter`` command as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass


@dataclass
class Result:
    """What a run of the command produced."""

    code: int
    out: str
    err: str


def run_process(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Result:
    """Run ``python -m lighter`` as a separate process (a real terminal-less user)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("LIGHTER_")}
    base.pop("FORCE_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "lighter", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**base, **(env or {})},
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
