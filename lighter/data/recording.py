"""Recording the public stream to disk, and reading recordings back (the input of ``lighter sim --replay``).

A recording is a directory::

    recording.json              what this is: {"format": "lighter-recording", "version": 1, channels, source}
    frames-000001.jsonl.zst     segments, one zstd stream each, rotated by age and size
    frames-000002.jsonl.zst

Each line of a segment is one JSON object: ``{"t": <receive time, µs since the epoch>, "f": "<the frame's
text exactly as the server sent it>"}``, or a mark ``{"t": ..., "mark": "connected" | "disconnected" |
"gap" | ..., ...}`` that says where frames may be missing (a reconnect, a sequence gap in an order book).

Why zstd JSON Lines (and not Parquet, nor gzip):

* Frames are heterogeneous nested JSON whose fields the exchange keeps extending; "exactly as received"
  means keeping the text, which in Parquet is one string column anyway, behind pyarrow (~100 MB) and row
  groups that a crash loses whole. A line-per-frame stream can be flushed every second, so a killed
  recorder loses at most a second, and a truncated last segment still reads up to its last flush.
* zstd over gzip: on order-book JSON zstd (level 3) compresses several times faster than gzip (level 6)
  at a better ratio, and decompresses 3-5x faster; replay reads whole days of frames, so decode speed
  matters. The price is one small wheel (``zstandard``), brought by the ``record`` extra.
* Converting a recording to Parquet for analysis stays one step away (``read_recording`` + ``lighter.data``
  tables), without making the recorder depend on it.

``read_recording`` also reads a plain JSON Lines file of raw frames (one frame object per line, as the
exchange sent it; ``.jsonl``, ``.jsonl.gz`` or ``.jsonl.zst``): then each frame's own ``timestamp`` stands
for its receive time. Every line is decoded with a bound on its size and nesting; a bad line is a
:class:`RecordingError` naming the file and line, never a crash.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs

from lighter._errors import RecordingError
from lighter._loggers import get_logger

log = get_logger("lighter")

FORMAT = "lighter-recording"
VERSION = 1
MANIFEST = "recording.json"
SEGMENT_RE = re.compile(r"^frames-(\d{6,})\.jsonl\.zst$")
MAX_LINE = 16 * 1024 * 1024  # one frame; a full BTC book snapshot is ~150 kB
ROTATE_SECONDS = 3600.0
ROTATE_BYTES = 256 * 1024 * 1024  # uncompressed
FLUSH_SECONDS = 1.0
PING_SECONDS = 30.0  # the exchange closes connections idle for 2 minutes


def _loads(text: str | bytes) -> Any:
    """The one JSON decode of this module (bounded size and depth; ValueError on anything bad)."""
    if len(text) > MAX_LINE:
        raise ValueError(f"line of {len(text)} bytes exceeds the {MAX_LINE}-byte limit")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _zstd() -> Any:
    from lighter._extras import require

    return require("zstandard", extra="record", purpose="recording and reading zstd recordings")


# ---------------------------------------------------------------------------------------------- records


class _Received:
    """What frames and marks share: ``received_us``, the recorder's clock in µs since the epoch."""

    received_us: int

    @property
    def received_at(self) -> datetime:
        """``received_us`` as a UTC datetime."""
        return datetime.fromtimestamp(self.received_us / 1e6, tz=timezone.utc)


@attrs.frozen
class RecordedFrame(_Received):
    """One frame as received: ``text`` exactly as the server sent it, ``frame`` parsed, receive time."""

    received_us: int
    text: str
    frame: dict[str, Any] = attrs.field(repr=False)

    @property
    def type(self) -> str:
        """The frame's ``type`` (``update/order_book``...), "" when it has none."""
        kind = self.frame.get("type")
        return kind if isinstance(kind, str) else ""

    @property
    def channel(self) -> str:
        """The frame's ``channel`` (``order_book:0``...), "" when it has none."""
        ch = self.frame.get("channel")
        return ch if isinstance(ch, str) else ""


@attrs.frozen
class RecordingMark(_Received):
    """A note the recorder wrote between frames: ``connected``, ``disconnected``, ``gap``, ``stopped``."""

    received_us: int
    kind: str
    detail: dict[str, Any] = attrs.field(factory=dict)

    @property
    def is_gap(self) -> bool:
        """True when frames may be missing here (a disconnect or a sequence gap)."""
        return self.kind in ("disconnected", "gap")


Item = RecordedFrame | RecordingMark


# ---------------------------------------------------------------------------------------------- writing


def _now_us() -> int:
    return time.time_ns() // 1000


class RecordingWriter:
    """Appends frames and marks to a recording directory, rotating segments by age and size.

    Not thread-safe: one recorder thread writes. A directory that exists must be empty or a recording
    (new segments are numbered after the last one); anything else is refused before a byte is written.
    """

    def __init__(
        self,
        directory: str | Path,
        *,
        channels: Sequence[str] = (),
        source: str = "",
        rotate_seconds: float = ROTATE_SECONDS,
        rotate_bytes: int = ROTATE_BYTES,
        flush_seconds: float = FLUSH_SECONDS,
        level: int = 3,
    ) -> None:
        if rotate_seconds <= 0 or rotate_bytes <= 0:
            raise ValueError("rotate_seconds and rotate_bytes must be positive")
        self._zstd = _zstd()
        self.directory = Path(directory)
        self._next = _prepare_directory(self.directory, list(channels), source) + 1
        self._cctx = self._zstd.ZstdCompressor(level=level)
        self.rotate_seconds = rotate_seconds
        self.rotate_bytes = rotate_bytes
        self.flush_seconds = flush_seconds
        self._out: Any = None
        self._opened = 0.0
        self._flushed = 0.0
        self._written = 0
        self.frames = 0
        self.segments: list[Path] = []

    def _open(self) -> Any:
        path = self.directory / f"frames-{self._next:06d}.jsonl.zst"
        self._next += 1
        fh = open(path, "xb")  # noqa: SIM115 - owned by the zstd writer, closed in _close_segment
        self._out = self._cctx.stream_writer(fh, closefd=True)
        self._opened = self._flushed = time.monotonic()
        self._written = 0
        self.segments.append(path)
        return self._out

    def _close_segment(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def _write(self, line: bytes) -> None:
        out = self._out
        now = time.monotonic()
        if out is None or self._written >= self.rotate_bytes or now - self._opened >= self.rotate_seconds:
            self._close_segment()
            out = self._open()
        out.write(line)
        self._written += len(line)
        if now - self._flushed >= self.flush_seconds:
            out.flush(self._zstd.FLUSH_BLOCK)
            self._flushed = now

    def frame(self, text: str, received_us: int | None = None) -> None:
        """Append one frame's text, exactly as received, with its receive time (µs; default now)."""
        t = _now_us() if received_us is None else received_us
        self._write(f'{{"t":{t},"f":{json.dumps(text, ensure_ascii=False)}}}\n'.encode())
        self.frames += 1

    def mark(self, kind: str, received_us: int | None = None, **detail: Any) -> None:
        """Append a mark (``connected``, ``disconnected``, ``gap``...) with details."""
        t = _now_us() if received_us is None else received_us
        body = {"t": t, "mark": kind, **detail}
        self._write((json.dumps(body, separators=(",", ":")) + "\n").encode())

    def flush(self) -> None:
        """Make everything written so far readable from the current segment."""
        if self._out is not None:
            self._out.flush(self._zstd.FLUSH_BLOCK)
            self._flushed = time.monotonic()

    def close(self) -> None:
        """End the current segment (a complete zstd stream)."""
        self._close_segment()

    def __enter__(self) -> RecordingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prepare_directory(directory: Path, channels: list[str], source: str) -> int:
    """Create or check ``directory``; returns the number of the last existing segment (0 if none)."""
    if directory.exists():
        if not directory.is_dir():
            raise RecordingError(f"{directory} exists and is not a directory")
        entries = list(directory.iterdir())
        if entries and not (directory / MANIFEST).is_file():
            raise RecordingError(
                f"{directory} is not empty and not a recording (no {MANIFEST}): choose a new directory"
            )
        if entries:
            _read_manifest(directory)
            return max((int(m.group(1)) for p in entries if (m := SEGMENT_RE.match(p.name))), default=0)
    directory.mkdir(parents=True, exist_ok=True)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "source": source,
        "channels": channels,
        "line": {"t": "receive time, microseconds since the epoch", "f": "the frame's text as received"},
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


# ---------------------------------------------------------------------------------------------- gaps


class SequenceTracker:
    """Notices order-book frames that do not follow the previous one on their channel.

    The same rule as :class:`lighter.OrderBook`: ``begin_nonce`` must equal the previous ``nonce`` when
    both are present, else ``offset`` must be the previous plus one. A snapshot restarts the channel.
    """

    def __init__(self) -> None:
        self._last: dict[str, tuple[Any, Any]] = {}

    def reset(self) -> None:
        """Forget every channel (after a reconnect the server sends fresh snapshots)."""
        self._last.clear()

    def check(self, frame: Any) -> dict[str, Any] | None:
        """The gap this frame reveals (``{channel, field, expected, received}``), or None."""
        if not isinstance(frame, dict):
            return None
        kind = frame.get("type")
        if kind not in ("subscribed/order_book", "update/order_book"):
            return None
        channel = str(frame.get("channel"))
        book = frame.get("order_book")
        book = book if isinstance(book, dict) else {}
        offset = book.get("offset", frame.get("offset"))
        nonce = book.get("nonce", frame.get("nonce"))
        previous = self._last.get(channel)
        self._last[channel] = (offset, nonce)
        if kind == "subscribed/order_book" or previous is None:
            return None
        prev_offset, prev_nonce = previous
        begin = book.get("begin_nonce", frame.get("begin_nonce"))
        if begin is not None and prev_nonce is not None:
            if begin != prev_nonce:
                return {"channel": channel, "field": "begin_nonce", "expected": prev_nonce, "received": begin}
        elif isinstance(offset, int) and isinstance(prev_offset, int) and offset != prev_offset + 1:
            return {"channel": channel, "field": "offset", "expected": prev_offset + 1, "received": offset}
        return None


# ---------------------------------------------------------------------------------------------- recorder


@attrs.define
class RecordStats:
    """What a :func:`record` run did."""

    frames: int = 0
    connects: int = 0
    disconnects: int = 0
    gaps: int = 0
    segments: list[Path] = attrs.field(factory=list)


def record(
    ws_url: str,
    channels: Sequence[str],
    out: str | Path,
    *,
    duration: float | None = None,
    stop: threading.Event | None = None,
    rotate_seconds: float = ROTATE_SECONDS,
    rotate_bytes: int = ROTATE_BYTES,
    connect_timeout: float = 10.0,
    reconnect_max: float = 30.0,
) -> RecordStats:
    """Record ``channels`` (subscribe addresses such as ``order_book/0``) from ``ws_url`` into ``out``.

    Runs until ``duration`` seconds passed or ``stop`` is set; survives disconnects (reconnects with
    backoff, resubscribes, and marks ``disconnected``/``connected`` so a reader knows frames are missing).
    Order-book sequence gaps are marked ``gap``. Returns counters of what happened.
    """
    import websocket

    from lighter.ws._policy import Backoff

    if not channels:
        raise ValueError("channels must name at least one channel, e.g. order_book/0")
    stop = stop if stop is not None else threading.Event()
    deadline = None if duration is None else time.monotonic() + duration
    stats = RecordStats()
    backoff = Backoff(initial=0.2, maximum=reconnect_max)
    tracker = SequenceTracker()

    def left() -> float | None:
        return None if deadline is None else deadline - time.monotonic()

    def done() -> bool:
        remaining = left()
        return stop.is_set() or (remaining is not None and remaining <= 0)

    with RecordingWriter(
        out,
        channels=list(channels),
        source=_masked(ws_url),
        rotate_seconds=rotate_seconds,
        rotate_bytes=rotate_bytes,
    ) as writer:
        while not done():
            started = time.monotonic()
            try:
                ws = websocket.create_connection(ws_url, timeout=connect_timeout)
            except (OSError, websocket.WebSocketException) as exc:
                writer.mark("connect_failed", reason=_reason(exc))
                stop.wait(min(backoff.next_delay(), max(left() or 1e9, 0)))
                continue
            stats.connects += 1
            tracker.reset()
            writer.mark("connected", channels=list(channels))
            reason = "stopped"
            try:
                for ch in channels:
                    ws.send(json.dumps({"type": "subscribe", "channel": ch}))
                reason = _read_loop(ws, writer, tracker, stats, done)
            except (OSError, websocket.WebSocketException) as exc:
                reason = _reason(exc)
            finally:
                with contextlib.suppress(Exception):
                    ws.close(timeout=1)
            writer.flush()
            if reason == "stopped":
                break
            stats.disconnects += 1
            writer.mark("disconnected", reason=reason)
            backoff.connection_ended(time.monotonic() - started)
            stop.wait(min(backoff.next_delay(), max(left() or 1e9, 0)))
        writer.mark("stopped")
        stats.frames = writer.frames
        stats.segments = list(writer.segments)
    return stats


def _read_loop(
    ws: Any, writer: RecordingWriter, tracker: SequenceTracker, stats: RecordStats, done: Any
) -> str:
    """Read frames until ``done()`` ("stopped") or the connection ends (the reason)."""
    import websocket

    ws.settimeout(0.5)
    last_ping = time.monotonic()
    while not done():
        now = time.monotonic()
        if now - last_ping >= PING_SECONDS:
            ws.send('{"type":"ping"}')
            last_ping = now
        try:
            text = ws.recv()
        except websocket.WebSocketTimeoutException:
            continue
        except websocket.WebSocketConnectionClosedException:
            return "closed by the server"
        if not text:
            return "closed by the server"
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        received = _now_us()
        writer.frame(text, received)
        try:
            gap = tracker.check(_loads(text))
        except ValueError:
            writer.mark("bad_frame", received)
            continue
        if gap is not None:
            stats.gaps += 1
            writer.mark("gap", received, **gap)
    return "stopped"


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _masked(url: str) -> str:
    """The URL without its query string and credentials (they may carry a token)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


# ---------------------------------------------------------------------------------------------- reading


def _read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    try:
        manifest = _loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise RecordingError(f"{directory} is not a recording: cannot read {MANIFEST} ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RecordingError(f"{directory} is not a recording: {MANIFEST} does not say format {FORMAT!r}")
    if manifest.get("version") != VERSION:
        raise RecordingError(f"{directory}: recording version {manifest.get('version')!r} is not {VERSION}")
    return manifest


def segments(directory: str | Path) -> list[Path]:
    """The segment files of a recording directory, in order (RecordingError if it is not a recording)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RecordingError(f"{directory} is not a recording directory")
    _read_manifest(directory)
    found = [(int(m.group(1)), p) for p in directory.iterdir() if (m := SEGMENT_RE.match(p.name))]
    return [p for _, p in sorted(found)]


def read_recording(path: str | Path, *, marks: bool = True) -> Iterator[Item]:
    """Yield a recording's frames (:class:`RecordedFrame`) in receive order, with its marks
    (:class:`RecordingMark`: reconnects, gaps) where they were written, unless ``marks=False``.

    ``path`` is a directory written by ``lighter record`` or a JSON Lines file of raw frames (``.jsonl``,
    ``.jsonl.gz``, ``.jsonl.zst``). Raises :class:`RecordingError` for anything else or a bad line.
    """
    path = Path(path)
    if path.is_dir():
        files = segments(path)
        for i, seg in enumerate(files):
            yield from _read_segment(seg, marks, last=i == len(files) - 1)
        return
    if not path.is_file():
        raise RecordingError(f"{path}: no such recording (a `lighter record` directory or a .jsonl file)")
    if not path.name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson")):
        raise RecordingError(f"{path} is not a recording: expected a directory or a .jsonl(.gz/.zst) file")
    yield from _read_raw_lines(path)


def _open_lines(path: Path) -> Any:  # a binary file object
    if path.name.endswith(".zst"):
        zstd = _zstd()
        raw = zstd.ZstdDecompressor().stream_reader(open(path, "rb"), read_across_frames=True, closefd=True)  # noqa: SIM115
        return io.BufferedReader(raw, buffer_size=1 << 20)
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's with-block


def _lines(path: Path, *, tolerate_truncation: bool = False) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a file, each bounded; a truncated compressed tail ends the file quietly
    when ``tolerate_truncation`` (the segment a killed recorder was writing)."""
    try:
        with _open_lines(path) as fh:
            number = 0
            while True:
                line = fh.readline(MAX_LINE + 1)
                if not line:
                    return
                number += 1
                if len(line) > MAX_LINE:
                    raise RecordingError(f"{path}:{number}: line longer than {MAX_LINE} bytes")
                if line.strip():
                    yield number, line
    except (OSError, EOFError) as exc:
        if tolerate_truncation:
            log.warning("recording segment %s ends early (%s); reading stops there", path, exc)
            return
        raise RecordingError(f"{path}: cannot read ({exc})") from None
    except Exception as exc:
        if type(exc).__name__ == "ZstdError":
            if tolerate_truncation:
                log.warning("recording segment %s ends early (%s); reading stops there", path, exc)
                return
            raise RecordingError(f"{path}: corrupt zstd data ({exc})") from None
        raise


def _read_segment(path: Path, marks: bool, *, last: bool) -> Iterator[Item]:
    for number, line in _lines(path, tolerate_truncation=last):
        try:
            rec = _loads(line)
            t = rec["t"]
            if not isinstance(t, int) or isinstance(t, bool):
                raise ValueError("'t' is not an integer")
            if "f" in rec:
                text = rec["f"]
                if not isinstance(text, str):
                    raise ValueError("'f' is not a string")
                frame = _loads(text)
                if not isinstance(frame, dict):
                    raise ValueError("the frame is not a JSON object")
                yield RecordedFrame(t, text, frame)
            elif marks:
                kind = rec["mark"]
                detail = {k: v for k, v in rec.items() if k not in ("t", "mark")}
                yield RecordingMark(t, str(kind), detail)
        except (ValueError, KeyError, TypeError) as exc:
            raise RecordingError(f"{path}:{number}: not a recording line ({exc})") from None


def _read_raw_lines(path: Path) -> Iterator[Item]:
    last_t = 0
    for number, line in _lines(path):
        try:
            frame = _loads(line)
        except ValueError as exc:
            raise RecordingError(f"{path}:{number}: not JSON ({exc})") from None
        if not isinstance(frame, dict):
            raise RecordingError(f"{path}:{number}: not a frame object")
        ts = frame.get("timestamp")
        if isinstance(ts, int) and not isinstance(ts, bool):
            last_t = ts * 1000
        yield RecordedFrame(last_t, line.decode("utf-8", "replace").rstrip("\r\n"), frame)
