"""Terminal output for the ``lighter`` command: tables, colours, JSON, progress bars.

Colours only when the stream is a terminal (and ``NO_COLOR`` is unset, ``TERM`` is not ``dumb``);
``FORCE_COLOR`` turns them on anyway. Tables are laid out on the plain text, then coloured, so ANSI codes
never break the alignment. Everything a script might parse goes to stdout; progress and notes go to
stderr.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

__all__ = ["Cell", "Output", "Progress", "to_jsonable", "use_colour"]

_STYLES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}


def use_colour(stream: IO[str], environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour `stream`: a terminal, no ``NO_COLOR``, not ``TERM=dumb``; ``FORCE_COLOR`` wins."""
    env = os.environ if environ is None else environ
    if env.get("FORCE_COLOR"):
        return True
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def to_jsonable(value: Any) -> Any:
    """Decimals as strings (exact), tuples as lists, generated models through ``to_dict()``."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    return value


@dataclass(frozen=True)
class Cell:
    """A table cell: its text and an optional style name ("green", "red", "dim", "bold"...)."""

    text: str
    style: str | None = None


def _cell(value: object) -> Cell:
    if isinstance(value, Cell):
        return value
    return Cell("" if value is None else str(value))


class Output:
    """Where the command writes: human tables and lines, or JSON when ``--json`` was given."""

    def __init__(
        self,
        *,
        json_mode: bool = False,
        colour: bool | None = None,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.colour = use_colour(self.stdout) if colour is None else colour
        self.err_colour = use_colour(self.stderr) if colour is None else colour

    # -- primitives -------------------------------------------------------------------------------------

    def style(self, text: str, style: str | None, *, err: bool = False) -> str:
        """`text` wrapped in the ANSI codes of `style` ("green", "bold red"...) when colouring."""
        if not style or not (self.err_colour if err else self.colour):
            return text
        codes = ";".join(_STYLES[s] for s in style.split() if s in _STYLES)
        return f"\x1b[{codes}m{text}\x1b[0m" if codes else text

    def line(self, text: str = "") -> None:
        """A line on stdout."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def note(self, text: str, style: str | None = "dim") -> None:
        """A line on stderr (progress, hints): never mixed into what scripts parse."""
        self.stderr.write(self.style(text, style, err=True) + "\n")
        self.stderr.flush()

    def json(self, value: Any) -> None:
        """One JSON document on stdout (Decimals as strings)."""
        self.stdout.write(json.dumps(to_jsonable(value), indent=2, sort_keys=False) + "\n")
        self.stdout.flush()

    def json_line(self, value: Any) -> None:
        """One compact JSON document per line (for streams)."""
        self.stdout.write(json.dumps(to_jsonable(value), separators=(",", ":")) + "\n")
        self.stdout.flush()

    # -- layouts ----------------------------------------------------------------------------------------

    def table_lines(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        align: str | None = None,
        title: str | None = None,
    ) -> list[str]:
        """The lines of a table. `align` is one letter per column: "l" or "r" (default: l, then r)."""
        cells = [[_cell(v) for v in row] for row in rows]
        ncol = len(headers)
        aligns = align or ("l" + "r" * (ncol - 1))
        widths = [len(h) for h in headers]
        for row in cells:
            for i, c in enumerate(row[:ncol]):
                widths[i] = max(widths[i], len(c.text))

        def fit(text: str, i: int) -> str:
            return text.rjust(widths[i]) if aligns[i] == "r" else text.ljust(widths[i])

        out = []
        if title:
            out.append(self.style(title, "bold"))
        out.append(self.style("  ".join(fit(h, i) for i, h in enumerate(headers)).rstrip(), "dim"))
        for row in cells:
            parts = [self.style(fit(c.text, i), c.style) for i, c in enumerate(row[:ncol])]
            out.append("  ".join(parts).rstrip())
        return out

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        align: str | None = None,
        title: str | None = None,
    ) -> None:
        """Print a table on stdout."""
        for text in self.table_lines(headers, rows, align=align, title=title):
            self.line(text)

    def pairs(self, items: Iterable[tuple[str, object]], *, title: str | None = None) -> None:
        """Print ``key  value`` lines, keys aligned."""
        cells = [(k, _cell(v)) for k, v in items]
        if title:
            self.line(self.style(title, "bold"))
        width = max((len(k) for k, _ in cells), default=0)
        for key, cell in cells:
            self.line(f"{self.style(key.ljust(width), 'dim')}  {self.style(cell.text, cell.style)}")


def signed_style(value: Decimal | int | None) -> str | None:
    """Green for positive, red for negative, none for zero/unknown."""
    if value is None or value == 0:
        return None
    return "green" if value > 0 else "red"


class Progress:
    """A progress bar on stderr, drawn only when stderr is a terminal (silent otherwise)."""

    def __init__(self, total: int, label: str, *, stream: IO[str] | None = None, width: int = 30) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.done = 0
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self._last = 0.0

    def advance(self, n: int = 1, *, extra: str = "") -> None:
        """Count `n` more steps and redraw (at most ~20 times a second)."""
        self.done = min(self.done + n, self.total)
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.05 or self.done == self.total):
            self._last = now
            filled = int(self.width * self.done / self.total)
            bar = "#" * filled + "-" * (self.width - filled)
            pct = 100 * self.done // self.total
            self.stream.write(f"\r{self.label} [{bar}] {pct:3d}% {extra}\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
