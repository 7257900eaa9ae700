"""Each read is written once (`lighter.resources.areas`) and typed per face: a value on `Lighter`, an
awaitable (or an async iterator) of the same on `AsyncLighter` (mypy's view, checked here)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

EXPECTED = {
    "sync.orders.active()": "list[lighter.models.Order]",
    "aio.orders.active()": "typing.Awaitable[list[lighter.models.Order]]",
    "sync.orders.iter_fills()": "typing.Iterator[lighter.models.Fill]",
    "aio.orders.iter_fills()": "typing.AsyncIterator[lighter.models.Fill]",
    "sync.orders.fills()": "list[lighter.models.Fill]",
    "aio.market_data.candles('ETH')": "typing.Awaitable[list[lighter.models.Candle]]",
    "sync.account.balances()": "lighter.models.Balances",
    "sync.transactions.get('ab')": "lighter_generated.models.enriched_tx.EnrichedTx",
    "aio.transactions.status('ab')": "typing.Awaitable[lighter.models.TxStatus]",
    "sync.binary_options.events()": "lighter_generated.models.resp_get_events.RespGetEvents",
    "aio.binary_options.iter_events()": (
        "typing.AsyncIterator[lighter_generated.models.event_detail.EventDetail]"
    ),
}


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_every_face_sees_the_precise_type_of_each_read(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    lines = [f"reveal_type({expression})" for expression in EXPECTED]
    snippet.write_text(
        textwrap.dedent(
            """
            from lighter import AsyncLighter, Lighter

            sync = Lighter(network="testnet")
            aio = AsyncLighter(network="testnet")
            """
        )
        + "\n".join(lines)
        + "\n"
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", str(snippet)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=180,
    )
    revealed = [
        line.split('Revealed type is "', 1)[1].rstrip('"')
        for line in proc.stdout.splitlines()
        if "Revealed" in line
    ]
    assert revealed == list(EXPECTED.values()), proc.stdout
