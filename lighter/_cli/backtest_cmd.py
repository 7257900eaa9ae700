"""``lighter backtest report RUN``: the report of a replay run as a table, JSON, or a PNG chart.

``RUN`` is the directory given to ``lighter sim --replay ... --run RUN`` (or its ``report.json``); the
report itself is built by :mod:`lighter.testing.report` (``LocalExchange.report()`` returns the same data).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from lighter._cli.context import CliError, Context

REPORT_FORMAT = "lighter-backtest-report"
MAX_REPORT = 256 * 1024 * 1024
FILLS_SHOWN = 20


def load_report(run: str) -> dict[str, Any]:
    """The report of ``run`` (a run directory or a report file); CliError when it is not one."""
    path = Path(run)
    if path.is_dir():
        path = path / "report.json"
    if not path.is_file():
        raise CliError(f"{run}: no backtest report here (run `lighter sim --replay REC --run {run}` first)")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_REPORT + 1)
        if len(raw) > MAX_REPORT:
            raise ValueError(f"larger than {MAX_REPORT} bytes")
        import json

        data = json.loads(raw)
    except (OSError, ValueError, RecursionError) as exc:
        raise CliError(f"{path}: not a readable backtest report ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
        raise CliError(f"{path}: not a backtest report (format is not {REPORT_FORMAT!r})")
    return data


def _time(ms: Any) -> str:
    if not isinstance(ms, int):
        return "-"
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def report(ctx: Context) -> int:
    """Print the report (table or --json); --png FILE draws PnL and inventory over time."""
    args = ctx.args
    data = load_report(args.run)
    if args.png:
        write_png(data, args.png)
    if ctx.out.json_mode:
        ctx.out.json(data)
        return 0
    out = ctx.out
    out.pairs(
        [
            ("recording", data.get("recording")),
            ("replayed", f"{_time(data.get('start_ms'))} to {_time(data.get('end_ms'))} UTC"),
            ("frames", data.get("frames_applied")),
            ("gaps", data.get("gaps")),
            ("speed / seed", f"{data.get('speed')} / {data.get('seed')}"),
        ],
        title="backtest",
    )
    accounts = data.get("accounts") or []
    if not accounts:
        out.line("no accounts traded")
    for acc in accounts:
        s = acc.get("summary", {})
        out.line()
        inventory = ", ".join(f"{k} {v}" for k, v in (s.get("inventory") or {}).items()) or "flat"
        out.pairs(
            [
                ("fills", s.get("fills")),
                ("volume (USDC)", s.get("volume")),
                ("fees (USDC)", s.get("fees")),
                ("realized PnL", s.get("realized_pnl")),
                ("PnL", s.get("pnl")),
                ("max drawdown", s.get("max_drawdown")),
                ("inventory", inventory),
            ],
            title=f"account {acc.get('account_index')}",
        )
        fills = acc.get("fills") or []
        if fills:
            rows = [
                [
                    _time(f.get("time_ms")),
                    f.get("market"),
                    f.get("side"),
                    f.get("role"),
                    f.get("size"),
                    f.get("price"),
                    f.get("fee"),
                ]
                for f in fills[-FILLS_SHOWN:]
            ]
            out.table(
                ["TIME (UTC)", "MARKET", "SIDE", "ROLE", "SIZE", "PRICE", "FEE"], rows, align="lllllrrr"
            )
            if len(fills) > FILLS_SHOWN:
                out.note(f"(last {FILLS_SHOWN} of {len(fills)} fills; --json has them all)")
    if args.png:
        out.note(f"chart written to {args.png}")
    return 0


def write_png(data: dict[str, Any], path: str) -> None:
    """PnL and inventory over time of every account, one PNG (the ``plot`` extra)."""
    from lighter._extras import MissingExtraError, require

    try:
        matplotlib = require("matplotlib", extra="plot", purpose="the backtest chart (--png)")
    except MissingExtraError as exc:
        raise CliError(str(exc), exit_code=3) from None
    matplotlib.use("Agg")
    import importlib

    plt = importlib.import_module("matplotlib.pyplot")
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6), sharex=True)
    for acc in data.get("accounts") or []:
        rows = acc.get("pnl_over_time") or []
        times = [datetime.fromtimestamp(r["time_ms"] / 1000, tz=timezone.utc) for r in rows]
        label = f"account {acc.get('account_index')}"
        top.step(times, [float(r["pnl"]) for r in rows], where="post", label=label)
        markets = sorted({m for r in rows for m in r.get("inventory", {})})
        for m in markets:
            bottom.step(
                times, [float(r["inventory"].get(m, 0)) for r in rows], where="post", label=f"{label} {m}"
            )
    top.set_ylabel("PnL (USDC)")
    bottom.set_ylabel("inventory")
    for ax in (top, bottom):
        ax.grid(alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="best", fontsize="small")
    top.set_title(f"backtest: {Path(str(data.get('recording', ''))).name}")
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(fig)
