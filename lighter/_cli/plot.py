"""``lighter candles --plot``: a candlestick chart drawn with text, or a PNG through matplotlib.

The text chart needs nothing beyond the standard library. Candles are bucketed into at most one column
per terminal cell; each column shows the bucket's high-low range as a thin line and its open-close body
as a block, green when it closed up and red when it closed down.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from typing import Any

from lighter._cli.context import CliError
from lighter._cli.output import Output
from lighter._cli.timeparse import fmt_time

Candle = Mapping[str, Any]


def _buckets(candles: Sequence[Candle], width: int) -> list[tuple[float, float, float, float]]:
    """(open, high, low, close) per column; several candles merge when they do not fit."""
    per = max(1, -(-len(candles) // width))  # ceiling division
    out = []
    for i in range(0, len(candles), per):
        group = candles[i : i + per]
        opens = float(group[0].get("o", 0))
        closes = float(group[-1].get("c", 0))
        highs = max(float(c.get("h", 0)) for c in group)
        lows = min(float(c.get("l", 0)) for c in group)
        out.append((opens, highs, lows, closes))
    return out


def text_chart(
    candles: Sequence[Candle], *, width: int = 80, height: int = 16, title: str = ""
) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """The chart as rows of (axis label, [(character, style)]); pure, so it is easy to test."""
    cols = _buckets(candles, max(10, width))
    top = max(h for _, h, _, _ in cols)
    bottom = min(lo for _, _, lo, _ in cols)
    span = (top - bottom) or 1.0

    def row_of(price: float) -> int:
        return round((top - price) / span * (height - 1))

    grid: list[list[tuple[str, str | None]]] = [[(" ", None)] * len(cols) for _ in range(height)]
    for x, (o, h, lo, c) in enumerate(cols):
        style = "green" if c >= o else "red"
        for y in range(row_of(h), row_of(lo) + 1):
            grid[y][x] = ("│", style)
        body_top, body_bottom = row_of(max(o, c)), row_of(min(o, c))
        for y in range(body_top, body_bottom + 1):
            grid[y][x] = ("█", style)
    labels = {0: top, (height - 1) // 2: (top + bottom) / 2, height - 1: bottom}
    return [(f"{labels[y]:.6g}" if y in labels else "", grid[y]) for y in range(height)]


def plot_candles(out: Output, candles: Sequence[Candle], *, title: str, path: str) -> None:
    """Draw `candles` in the terminal (`path` "-") or into a PNG file."""
    if not candles:  # nothing to draw is not an error (the table and CSV forms exit 0 too)
        out.note("no candles in that range: nothing to plot")
        return
    if path != "-":
        _png(candles, title=title, path=path)
        out.note(f"wrote {path} ({len(candles)} candles)", None)
        return
    term = shutil.get_terminal_size((100, 24))
    width = max(20, term.columns - 14)
    rows = text_chart(candles, width=width, height=max(8, min(20, term.lines - 6)), title=title)
    label_width = max(len(label) for label, _ in rows)
    first, last = int(candles[0].get("t", 0)), int(candles[-1].get("t", 0))
    out.line(out.style(f"{title}  ({len(candles)} candles)", "bold"))
    for label, cells in rows:
        line = "".join(out.style(ch, style) if ch != " " else ch for ch, style in cells)
        out.line(f"{label.rjust(label_width)} ┤{line}")
    n = len(rows[0][1])
    start, end = fmt_time(first, seconds=False), fmt_time(last, seconds=False)
    gap = max(1, n - len(start) - len(end))
    out.line(" " * (label_width + 2) + out.style(start + " " * gap + end, "dim"))


def _png(candles: Sequence[Candle], *, title: str, path: str) -> None:
    import importlib

    from lighter._extras import require

    # an optional extra: not a static import; `--plot` without a file draws in the terminal instead
    matplotlib = require("matplotlib", extra="plot", purpose="a PNG chart (--plot FILE.png)")
    matplotlib.use("Agg")
    plt = importlib.import_module("matplotlib.pyplot")
    from datetime import datetime, timezone

    times = [datetime.fromtimestamp(int(c.get("t", 0)) / 1000, tz=timezone.utc) for c in candles]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    step = (times[1] - times[0]) if len(times) > 1 else None
    width = step.total_seconds() / 86400 * 0.7 if step else 0.0005
    for t, c in zip(times, candles, strict=True):
        o, h, lo, cl = (float(c.get(k, 0)) for k in ("o", "h", "l", "c"))
        colour = "#26a69a" if cl >= o else "#ef5350"
        ax.vlines(t, lo, h, color=colour, linewidth=0.8)
        ax.bar(t, abs(cl - o) or (h - lo) * 0.02 or 1e-9, width, bottom=min(o, cl), color=colour)
    ax.set_title(title)
    ax.set_ylabel("price")
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(fig)
