"""The ``lighter`` command (placeholder until the front-door issue lands; ``sim`` works)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "sim":
        from lighter.testing.sim import main as sim_main

        return sim_main(args[1:])
    sys.stderr.write(f"lighter: command {' '.join(args)!r} is not available yet\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
