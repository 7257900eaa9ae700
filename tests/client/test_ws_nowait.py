"""``client.via_ws(ws, blocking=False)``: the call returns once the transaction is on the wire, with a
future of its result; nonces go out back to back; a refusal or an unknown outcome resyncs the key (the
nonce cannot be handed back once later ones may be out); bad input still raises at once. Against the
local exchange over loopback."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from urllib.parse import urlsplit

import pytest

from lighter import Lighter
from lighter._errors import InvalidInputError, InvalidNonceError
from lighter._nonce import InMemoryNonceStore
from lighter.resources._plans import BatchResult, TxResult
from lighter.resources.via_ws import WsTradingNowait
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange
from lighter.ws import WebSocketError, WsConnectionClosedError

from .tcp_proxy import TcpProxy
from .test_ws_transport import FAST, client_for, exchange_nonce, next_local_nonce

pytestmark = pytest.mark.timeout(60)


def test_orders_return_futures_and_go_out_in_nonce_order(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account(usdc=100_000)
    with client_for(creds) as client, client.ws(**FAST) as ws:
        trader = client.via_ws(ws, blocking=False)
        assert isinstance(trader, WsTradingNowait)
        futures = [
            trader.create_order("ETH", side="buy", size="0.01", price=str(2000 + i), client_order_index=i + 1)
            for i in range(10)
        ]
        assert all(isinstance(f, Future) for f in futures)
        results = [f.result(10) for f in futures]
        assert all(isinstance(r, TxResult) for r in results)
        first = results[0].nonce
        assert [r.nonce for r in results] == list(range(first, first + 10))
        assert [r.client_order_index for r in results] == list(range(1, 11))
        assert all(r.tx_hash == r.signed.tx_hash for r in results)
        batch = trader.batch()
        batch.create_order("ETH", side="sell", size="0.01", price="4000")
        batch.create_order("ETH", side="sell", size="0.01", price="4001")
        sent = trader.send_batch(batch).result(10)
        assert isinstance(sent, BatchResult) and [r.nonce for r in sent] == [first + 10, first + 11]
        # REST after the socket's answers: same nonce manager, no collision
        assert client.create_order("ETH", side="buy", size="0.01", price="1999").nonce == first + 12
        assert exchange_nonce(local_exchange, creds) == first + 13 == next_local_nonce(client, creds)


def test_a_refusal_resyncs_the_key_instead_of_handing_the_nonce_back(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client, client.ws(**FAST) as ws:
        trader = client.via_ws(ws, blocking=False)
        first = trader.create_order("ETH", side="buy", size="0.01", price="2000").result(10).nonce
        local_exchange.faults.invalid_nonce_next(1)
        refused = trader.create_order("ETH", side="buy", size="0.01", price="2001")
        with pytest.raises(InvalidNonceError):
            refused.result(10)  # no resend on this face: the error is the answer
        assert next_local_nonce(client, creds) is None  # resync from nextNonce before the next use
        again = trader.create_order("ETH", side="buy", size="0.01", price="2002").result(10)
        assert again.nonce == first + 1 == exchange_nonce(local_exchange, creds) - 1


def test_a_lost_answer_is_an_unknown_outcome(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    url = urlsplit(local_exchange.base_url)
    assert url.hostname is not None and url.port is not None
    with TcpProxy(url.hostname, url.port) as proxy, client_for(creds) as client:
        with client.ws(ws_url=proxy.ws_url, **FAST) as ws:
            trader = client.via_ws(ws, blocking=False)
            first = trader.create_order("ETH", side="buy", size="0.01", price="2000").result(10).nonce
            proxy.cut_on_answer(b'"type":"jsonapi/sendtx"')
            lost = trader.create_order("ETH", side="buy", size="0.01", price="2001")
            with pytest.raises(WsConnectionClosedError):
                lost.result(10)
            assert next_local_nonce(client, creds) is None
            assert (
                trader.create_order("ETH", side="buy", size="0.01", price="2002").result(10).nonce
                == first + 2
            )


def test_bad_input_raises_at_once_and_spends_nothing(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with client_for(creds) as client:
        idle = client.ws()  # never started
        trader = client.via_ws(idle, blocking=False)
        with pytest.raises(InvalidInputError, match="price_protection"):
            trader.create_order("ETH", side="buy", size="0.01", price="2000", price_protection=False)
        with pytest.raises(InvalidInputError):
            trader.create_order("ETH", side="buy", size="-1", price="2000")
        with pytest.raises(WebSocketError, match="start"):
            trader.create_order("ETH", side="buy", size="0.01", price="2000")
        assert next_local_nonce(client, creds) == exchange_nonce(local_exchange, creds)  # handed back
        idle.close()


def test_blocking_face_is_the_default(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    with Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()) as client:
        ws = client.ws()
        assert type(client.via_ws(ws)).__name__ == "WsTrading"
        assert "WsTradingNowait" in repr(client.via_ws(ws, blocking=False))
        ws.close()
