"""The ``lighter`` command (placeholder until the front-door issue lands)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    sys.stderr.write(f"lighter: command {' '.join(args)!r} is not available yet\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
