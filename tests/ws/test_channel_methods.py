"""The channel list lives in one table (lighter.ws.channels.CHANNELS); both faces' ``subscribe_<kind>``
methods come from it (scripts/generate-ws-channels) and must say the same as the table."""

from __future__ import annotations

import asyncio
import inspect
import runpy
from pathlib import Path
from typing import Any

import pytest

from lighter.ws import AsyncWsClient, WsClient
from lighter.ws.channels import CHANNELS, build_address

ROOT = Path(__file__).resolve().parents[2]
URL = "ws://127.0.0.1:9/stream"  # never started: nothing is sent


def test_generated_methods_are_current() -> None:
    script = runpy.run_path(str(ROOT / "scripts" / "generate-ws-channels"))
    written = (ROOT / "lighter" / "ws" / "_channel_methods.py").read_text()
    assert written == script["render"](), "run scripts/generate-ws-channels and commit the result"


def _arguments(kind: str) -> tuple[list[Any], tuple[Any, ...]]:
    """Arguments for ``subscribe_<kind>`` and the parameters they stand for (account 7 by default)."""
    sample = {"market_id": 3, "resolution": "1m", "symbol": "btc", "duration": "5m", "account_id": 7}
    if kind == "up_down_candle":
        sample["resolution"] = "1s"
    args = [sample[p] for p in CHANNELS[kind].params if p != "account_id"]
    return args, tuple(sample[p] for p in CHANNELS[kind].params)


@pytest.mark.parametrize("kind", sorted(CHANNELS))
def test_every_channel_has_one_method_on_both_faces(kind: str) -> None:
    args, params = _arguments(kind)
    method = f"subscribe_{kind}"
    sync_sig = inspect.signature(getattr(WsClient, method))
    async_sig = inspect.signature(getattr(AsyncWsClient, method))
    assert sync_sig == async_sig
    assert (inspect.getdoc(getattr(WsClient, method)) or "").startswith(CHANNELS[kind].doc.rstrip("."))

    ws = WsClient(URL, account_index=7, auth=lambda: "token")
    sub = getattr(ws, method)(*args)
    assert (sub.kind, sub.params, sub.address) == (kind, params, build_address(kind, *params))

    async def main() -> Any:
        aws = AsyncWsClient(URL, account_index=7, auth=lambda: "token")
        return await getattr(aws, method)(*args, wait=False)

    sub = asyncio.run(main())
    assert (sub.kind, sub.params, sub.address) == (kind, params, build_address(kind, *params))


def test_channel_defaults_come_from_the_table() -> None:
    ws = WsClient(URL)
    assert ws.subscribe_market_stats().address == "market_stats/all"
    assert ws.subscribe_bo_market_stats().address == "bo_market_stats/all"
    assert ws.subscribe_up_down_candle("btc", "5m").address == "up_down_candle/btc/5m/1s"
    with pytest.raises(ValueError, match="non-negative int"):
        ws.subscribe_ticker("all")  # type: ignore[arg-type]


def test_each_face_keeps_its_wait_default() -> None:
    # WsClient's calls return at once, AsyncWsClient's await the snapshot: each face's tests rely on its own.
    assert (WsClient.waits_by_default, AsyncWsClient.waits_by_default) == (False, True)
    assert inspect.signature(WsClient.subscribe) == inspect.signature(AsyncWsClient.subscribe)
