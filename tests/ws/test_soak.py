"""Soak: a busy local exchange (built-in market maker) that drops connections and swallows book updates.

Not part of the default suite: marked ``soak`` and skipped unless ``LIGHTER_SOAK=1``
(``LIGHTER_SOAK_SECONDS`` sets the duration, default 60).
"""

from __future__ import annotations

import os
import time

import pytest

from lighter.testing.server import LocalExchange
from lighter.ws import ConnectionState, OrderBookGapEvent, StateChanged, WsClient

from .test_local_exchange import converge, server_checksum

pytestmark = [
    pytest.mark.soak,
    pytest.mark.skipif(os.environ.get("LIGHTER_SOAK") != "1", reason="set LIGHTER_SOAK=1 to run soak tests"),
]


def test_books_stay_correct_through_drops_and_gaps() -> None:
    seconds = float(os.environ.get("LIGHTER_SOAK_SECONDS", "60"))
    with (
        LocalExchange(market_maker=True, maker_seed=7) as lx,
        WsClient(lx.ws_url, backoff_initial=0.05, backoff_max=0.5) as ws,
    ):
        for market in (0, 1, 2):
            ws.subscribe_order_book(market, wait=True)
        lx.faults.drop_ws_every(3.0)
        gaps = reconnects = 0
        deadline = time.monotonic() + seconds
        next_skip = time.monotonic()
        while time.monotonic() < deadline:
            if time.monotonic() >= next_skip:
                lx.faults.skip_order_book_update(-1)
                next_skip += 2.0
            event = ws.get(timeout=0.5)
            if isinstance(event, OrderBookGapEvent):
                gaps += 1
            elif isinstance(event, StateChanged) and event.state is ConnectionState.RECONNECTING:
                reconnects += 1
        lx.faults.drop_ws_every(None)
        lx.call(lambda _ex: lx._server().stop_maker())  # a still book, so checksums can be compared
        assert reconnects >= 1 and gaps >= 1, (reconnects, gaps)
        for market in (0, 1, 2):
            converge(ws, lx, market, timeout=30)
            assert ws.order_book(market).checksum() == server_checksum(lx, market)
