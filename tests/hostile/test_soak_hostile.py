"""Longer hostile-peer runs (scripts/soak): many more hypothesis bodies and frames against the local
exchange, and the evil REST peer's tricks over and over against one client, nonces contiguous after."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
import websocket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lighter import Lighter
from lighter._errors import APIError
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard

from .evil_http import EvilHttp
from .test_sim_hardening import bodies, json_doc

pytestmark = pytest.mark.soak


@pytest.fixture(scope="module")
def sim() -> Iterator[tuple[LocalExchange, Credentials]]:
    with LocalExchange() as lx:
        yield lx, onboard(lx.base_url, chain_id=lx.chain_id, usdc=100_000)


@settings(max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(["/api/v1/sendTx", "/api/v1/sendTxBatch", "/sim/v1/deposit"]), body=bodies)
def test_many_hostile_bodies(sim: tuple[LocalExchange, Credentials], path: str, body: bytes) -> None:
    lx, _ = sim
    answer = httpx.post(f"{lx.base_url}{path}", content=body, headers={"content-type": "application/json"})
    assert 400 <= answer.status_code < 500 and {"code", "message"} <= set(answer.json())


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(frames=st.lists(json_doc.map(json.dumps), min_size=1, max_size=20))
def test_many_hostile_frames(sim: tuple[LocalExchange, Credentials], frames: list[str]) -> None:
    lx, _ = sim
    ws = websocket.create_connection(lx.ws_url, timeout=10)
    try:
        ws.recv()
        for frame in frames:
            ws.send(frame)
        ws.send(json.dumps({"type": "ping"}))
        while json.loads(ws.recv()).get("type") != "pong":
            pass
    finally:
        ws.close()


def test_tricks_over_and_over_keep_nonces_contiguous(sim: tuple[LocalExchange, Credentials]) -> None:
    lx, creds = sim
    kinds = ["deep", "trickle", "binary", "silence", "endless"]
    with (
        EvilHttp(lx.base_url) as evil,
        Lighter(
            base_url=evil.base_url,
            chain_id=creds.chain_id,
            account_index=creds.account_index,
            api_key_index=creds.api_key_index,
            api_private_key=creds.api_private_key,
            timeout=1.0,
            max_retries=0,
        ) as client,
    ):
        start = int(client.transactions.next_nonce().nonce)
        for i in range(100):
            evil.trick("/api/v1/sendTx", kinds[i % len(kinds)], forward_first=True)
            with pytest.raises(APIError):
                client.create_order(
                    "ETH", side="buy", size="0.01", price=str(1000 + i), client_order_index=i + 1
                )
            client.create_order(
                "ETH", side="buy", size="0.01", price=str(1000 + i), client_order_index=1000 + i
            )
        time.sleep(0.5)
        sent = [s.status for s in evil.seen if s.path == "/api/v1/sendTx"]
        assert sent == [200] * 200
        assert int(client.transactions.next_nonce().nonce) == start + 200
