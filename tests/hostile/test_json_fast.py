"""The ``fast`` extra: with msgspec installed, ``lighter._json`` decodes through it, with exactly the
results (and errors) of the standard-library path: both are fed the same recorded frames, generated book
frames and odd documents. The bounds are checked before either decoder runs."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from lighter import _json

msgspec = pytest.importorskip("msgspec")  # the dev extra installs it; a bare install uses the stdlib only

PAYLOADS = Path(__file__).resolve().parents[1] / "data" / "real-payloads"
ODD = [
    "1e400",
    "-1e400",
    "123456789012345678901234567890",
    "-9223372036854775809",
    "18446744073709551616",
    '"\\ud800"',
    '{"a":1,"a":2}',
    "1.0",
    "-0",
    "-0.0",
    "1E2",
    "[1,2,]",
    "NaN",
    "Infinity",
    '"\\u00e9"',
    '  {"x" : [ ] }  ',
    "0.1e-400",
    "1.7976931348623157e308",
    "9007199254740993",
    '"a\\u0000b"',
    "1.5e",
    '"\\x01"',
    "",
    " ",
    "{",
    "[" * 200 + "]" * 200,
    '{"a": [1, {"b": null}], "c": true}',
    "tru",
    "0123",
]


def _decode(data: Any, fast: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(_json, "_fast_decode", msgspec.json.Decoder().decode if fast else None)
    try:
        return ("ok", _json.loads(data))
    except _json.JSONError:
        return ("JSONError",)


def _same(data: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _decode(data, True, monkeypatch), _decode(data, False, monkeypatch)
    assert repr(fast) == repr(slow)  # same values and types (1 vs 1.0, -0.0 vs 0, nan)


@pytest.mark.parametrize("text", ODD)
def test_odd_documents_decode_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _same(text, monkeypatch)
    _same(text.encode("utf-8", "surrogatepass"), monkeypatch)


def test_recorded_frames_and_bodies_decode_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(PAYLOADS.rglob("*.json"))
    assert len(files) > 20
    for path in files:
        raw = path.read_bytes()
        _same(raw, monkeypatch)
        _same(raw.decode(), monkeypatch)


def test_generated_book_frames_decode_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    for _ in range(50):
        levels = [
            {"price": f"{rng.uniform(1, 1e5):.{rng.randint(0, 6)}f}", "size": str(rng.random())}
            for _ in range(60)
        ]
        frame = {
            "type": "update/order_book",
            "offset": rng.randint(0, 2**62),
            "order_book": {"bids": levels, "asks": levels[::-1]},
        }
        text = json.dumps(frame, separators=(",", ":") if rng.random() < 0.5 else None)
        _same(text, monkeypatch)


def test_bounds_hold_with_the_fast_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_fast_decode", msgspec.json.Decoder().decode)
    with pytest.raises(_json.JSONError):
        _json.loads("[" * 10_000 + "]" * 10_000)
    with pytest.raises(_json.JSONError):
        _json.loads(b'"' + b"x" * 100 + b'"', max_size=50)


def test_the_fast_decoder_is_found_once_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_fast_decode", False)  # not looked up yet
    assert _json.loads('{"a": [1]}') == {"a": [1]}
    assert _json._fast_decode is not None and _json._fast_decode is not False
