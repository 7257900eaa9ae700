"""``python -m lighter``: the same as the ``lighter`` command."""

from __future__ import annotations

from lighter.cli import main

raise SystemExit(main())
