"""``lighter export candles|trades|fills|fundings|pnl ... --since 30d --out FILE.parquet|.csv``.

History through the library's pagers into Parquet or CSV, with a progress bar. Resumable and idempotent:
when the file exists (with the same columns and types), only rows newer than its last row are appended;
a file with another schema is refused and left untouched. Candles, fundings and PnL are bucketed: a
bucket still forming (its end after --until or now) is left out, and the next run appends it once
closed, so a file never keeps a partial candle. A Parquet file is rewritten through a temporary file
and an atomic rename, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lighter._cli.context import CliError, Context
from lighter._cli.output import Progress
from lighter._cli.timeparse import fmt_time, parse_time_ms
from lighter.resources._paging import RESOLUTION_SECONDS

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import Lighter
    from lighter.markets import Market

KINDS = ("candles", "trades", "fills", "fundings", "pnl")
FORMATS = (".parquet", ".csv")
USDC_SCALE = 6
PROGRESS_STEPS = 1000


@dataclass(frozen=True)
class Job:
    """One export: what to read, how rows are keyed (newer = larger key) and how to read them."""

    kind: str
    model: type
    key: str
    market: Market | None
    resolution: str | None
    newest_first: bool
    rows: Callable[[int, int], Iterator[Any]]
    scales: dict[str, int] | None = None


def _usage(kind: str) -> str:
    return {
        "candles": "lighter export candles MARKET [RESOLUTION] --since 30d --out FILE.parquet",
        "trades": "lighter export trades MARKET --since 1d --out FILE.parquet",
        "fills": "lighter export fills MARKET --since 30d --out FILE.parquet",
        "fundings": "lighter export fundings MARKET [1h|1d] --since 30d --out FILE.parquet",
        "pnl": "lighter export pnl [RESOLUTION] --since 30d --out FILE.parquet",
    }[kind]


def _job(client: Lighter, kind: str, target: list[str]) -> Job:
    from lighter import models

    needs_market = kind != "pnl"
    if needs_market and not target:
        raise CliError(f"export {kind} needs a market: {_usage(kind)}")
    if len(target) > 2 or (kind in ("trades", "fills") and len(target) > 1):
        raise CliError(f"too many arguments for export {kind}: {_usage(kind)}")
    market = client.market(int(target[0]) if target[0].isdigit() else target[0]) if needs_market else None
    rest = target[1:] if needs_market else target
    md, idx = client.market_data, market.index if market is not None else -1
    res = rest[0] if rest else ("1m" if kind == "candles" else "1h")
    if kind == "candles":
        return Job(
            kind,
            models.Candle,
            "time",
            market,
            res,
            False,
            lambda s, e: md.iter_candles(idx, res, start=s, end=e),
        )
    if kind == "fundings":
        return Job(
            kind,
            models.Funding,
            "time",
            market,
            res,
            False,
            lambda s, e: md.iter_fundings(idx, res, start=s, end=e),
        )
    if kind == "trades":
        return Job(
            kind,
            models.Trade,
            "trade_id",
            market,
            None,
            True,
            lambda s, e: md.iter_trades(idx, start=s, end=e),
        )
    if kind == "fills":
        fills = client.orders.iter_fills
        return Job(
            kind, models.Fill, "trade_id", market, None, True, lambda s, e: fills(market=idx, start=s, end=e)
        )
    from lighter.data._tables import columns_of

    pnl = client.account.iter_pnl
    scales = {name: USDC_SCALE for name, k in columns_of(models.PnlPoint) if k == "decimal"}
    return Job(kind, models.PnlPoint, "time", None, res, False, lambda s, e: pnl(res, start=s, end=e), scales)


def _time_of(row: Any) -> datetime | None:
    return getattr(row, "time", None)


def _read_existing(path: Path, schema: Any, key: str) -> tuple[Any, Any]:
    """(existing table or None, its last key or None); another schema is a CliError, nothing written."""
    import pyarrow as pa

    if not path.exists():
        return None, None
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            same = table.schema.remove_metadata().equals(schema)
            found = table.schema
        else:
            import pyarrow.csv as pacsv

            with path.open("r", encoding="utf-8", newline="") as f:
                header = next(csv.reader(f), [])
            found = header
            same = header == schema.names
            table = (
                pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=schema))
                if same
                else None
            )
    except (OSError, pa.ArrowException, UnicodeDecodeError) as exc:
        raise CliError(
            f"{path} exists but cannot be read as {path.suffix[1:]} ({exc}); nothing was written"
        ) from None
    if not same:
        raise CliError(
            f"{path} exists with another schema ({_describe(found)}; this export writes "
            f"{_describe(schema)}): give another --out or move the file away; nothing was written"
        )
    if table is None or table.num_rows == 0:
        return table, None
    return table, max(table.column(key).to_pylist())


def _describe(schema: Any) -> str:
    if isinstance(schema, list):
        return "columns " + ", ".join(schema)
    return ", ".join(f"{f.name}: {f.type}" for f in schema)


def _fetch(job: Job, start_ms: int, end_ms: int, last: Any, progress: Progress) -> list[Any]:
    """Rows with a key above `last`, oldest first; the bar follows the time covered."""
    span = max(end_ms - start_ms, 1)
    done = 0
    rows: list[Any] = []
    for count, row in enumerate(job.rows(start_ms, end_ms)):
        t = _time_of(row) if count % 256 == 0 else None  # the bar moves by the time of every 256th row
        if t is not None:
            ms = int(t.timestamp() * 1000)
            covered = (end_ms - ms) if job.newest_first else (ms - start_ms)
            step = min(PROGRESS_STEPS, PROGRESS_STEPS * max(covered, 0) // span)
            if step > done:
                progress.advance(step - done, extra=f"{len(rows)} rows")
                done = step
        if last is None or getattr(row, job.key) > last:
            rows.append(row)
    progress.advance(PROGRESS_STEPS - done, extra=f"{len(rows)} rows")
    if job.resolution is not None:  # a bucket still forming is left for the next run, which appends it whole
        closed_before = min(end_ms, int(time.time() * 1000)) - RESOLUTION_SECONDS[job.resolution] * 1000
        rows = [r for r in rows if int(r.time.timestamp() * 1000) <= closed_before]
    rows.sort(key=lambda r: getattr(r, job.key))
    return rows


def _write(path: Path, existing: Any, new: Any) -> None:
    import pyarrow as pa

    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = new if existing is None else pa.concat_tables([existing.cast(new.schema), new])
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            pq.write_table(table, tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return
    import pyarrow.csv as pacsv

    sink = pa.BufferOutputStream()
    pacsv.write_csv(new, sink, write_options=pacsv.WriteOptions(include_header=existing is None))
    with path.open("ab" if existing is not None else "wb") as f:
        f.write(sink.getvalue().to_pybytes())


def export(ctx: Context) -> int:
    """Write history to Parquet or CSV, appending only what the file does not have yet."""
    from lighter._extras import require

    args = ctx.args
    path = Path(args.out)
    if path.suffix not in FORMATS:
        raise CliError(f"--out must end in .parquet or .csv, got {args.out!r}")
    require("pyarrow", extra="data", purpose="lighter export")
    from lighter.data._tables import schema_for, to_arrow

    now = int(time.time() * 1000)
    start = parse_time_ms(args.since, now, what="--since")
    end = now if args.until is None else parse_time_ms(args.until, now, what="--until")
    if start >= end:
        raise CliError(f"--since ({fmt_time(start)} UTC) must be before --until ({fmt_time(end)} UTC)")
    with ctx.client(credentials=args.kind in ("fills", "pnl")) as client:
        job = _job(client, args.kind, list(args.target))
        schema = schema_for(job.model, market=job.market, scales=job.scales)
        existing, last = _read_existing(path, schema, job.key)
        if last is not None:  # resume at the file's newest row (every model has a `time` column)
            newest = max(t for t in existing.column("time").to_pylist() if t is not None)
            start = max(start, int(newest.timestamp() * 1000))
        label = " ".join(
            x for x in (job.kind, job.market.symbol if job.market else None, job.resolution) if x
        )
        progress = Progress(PROGRESS_STEPS, label, stream=ctx.out.stderr)
        try:
            rows = _fetch(job, start, end, last, progress)
        finally:
            progress.close()
    if not rows and existing is not None:
        ctx.out.note(f"{path}: up to date ({existing.num_rows} rows), nothing appended")
        return 0
    new = to_arrow(rows, market=job.market, scales=job.scales, model=job.model)
    _write(path, existing, new)
    total = new.num_rows + (existing.num_rows if existing is not None else 0)
    ctx.out.line(f"{path}: {new.num_rows} new {job.kind} rows appended, {total} in all")
    return 0
