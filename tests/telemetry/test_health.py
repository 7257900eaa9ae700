"""``client.health()`` on both faces, ``lighter health`` exit codes against a running, a latency-injected and
a stopped ``lighter sim``, and the sim's own ``GET /metrics`` and ``GET /health``."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable, Iterator

import httpx
import pytest

from lighter import AsyncLighter, Lighter
from lighter._health import DEGRADED, DOWN, OK
from lighter._nonce import InMemoryNonceStore
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange

pytestmark = pytest.mark.timeout(60)


def _client(creds: Credentials) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit="standard", nonce_store=InMemoryNonceStore())


def test_health_ok_then_degraded_then_down(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    creds = onboard_account()
    lx = local_exchange
    with _client(creds) as client:
        fresh = client.health()
        assert fresh.status == OK and fresh.ok and fresh.reachable and fresh.problems == ()
        assert fresh.latency_seconds is not None and 0 < fresh.latency_seconds < 5
        assert fresh.clock_skew_seconds is not None and abs(fresh.clock_skew_seconds) < 3
        assert fresh.nonces == ()  # nothing loaded yet: no nextNonce read
        assert fresh.rate_limit_tier == "standard" and fresh.rate_limit_remaining is not None

        client.create_order("ETH", side="buy", size="0.01", price="2000")
        report = client.health()
        assert report.status == OK, report.problems
        (key,) = report.nonces
        assert key.api_key_index == creds.api_key_index and key.in_sync is True
        assert key.local_next == key.exchange_next

        store = client._nonce_manager().store  # another process used the key meanwhile
        assert isinstance(store, InMemoryNonceStore) and key.local_next is not None
        store.set(creds.account_index, creds.api_key_index, key.local_next + 5)
        drifted = client.health()
        assert drifted.status == DEGRADED and drifted.nonces[0].in_sync is False
        assert any("nonce of API key" in p for p in drifted.problems)
        store.set(creds.account_index, creds.api_key_index, key.local_next)

        lx.faults.delay(path="/", seconds=0.6, count=1)
        slow = client.health(slow=0.3)
        assert slow.status == DEGRADED and slow.latency_seconds is not None and slow.latency_seconds >= 0.6
        assert any("slow exchange" in p for p in slow.problems)

        with client.ws() as ws:
            ws.subscribe_order_book(0, wait=True)
            with_stream = client.health(ws=ws)
            assert with_stream.stream is not None and with_stream.stream.state == "connected"
            assert with_stream.stream.last_frame_age_seconds is not None
            assert with_stream.stream.books_in_sync and with_stream.status == OK
        closed = client.health(ws=ws)
        assert closed.status == DEGRADED and closed.stream is not None and closed.stream.state == "closed"

        lx.stop()
        down = client.health(timeout=2.0)
        assert down.status == DOWN and not down.reachable and "unreachable" in down.problems[0]
        assert down.to_dict()["status"] == "down"


def test_async_health(local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]) -> None:
    creds = onboard_account()

    async def main() -> None:
        async with AsyncLighter.from_env(creds.as_env(), nonce_store=InMemoryNonceStore()) as client:
            await client.create_order("ETH", side="buy", size="0.01", price="2000")
            report = await client.health()
            assert report.status == OK and report.nonces[0].in_sync is True
            local_exchange.faults.http_error(path="/", status=503, count=1)
            assert (await client.health()).status == DOWN
            local_exchange.faults.http_error(path="/", status=429, count=1, retry_after=0.01)
            limited = await client.health()
            assert limited.status == DEGRADED and "429" in limited.problems[-1]

    asyncio.run(main())


def test_sim_metrics_and_health_endpoints(
    local_exchange: LocalExchange, onboard_account: Callable[..., Credentials]
) -> None:
    lx = local_exchange
    creds, taker = onboard_account(), onboard_account()
    with _client(creds) as client, _client(taker) as other, client.ws() as ws:
        ws.subscribe_order_book(0, wait=True)
        client.create_order("ETH", side="sell", size="0.01", price="2000")
        other.via_ws(ws).create_order("ETH", side="buy", size="0.01", price="2000")  # matches
        lx.faults.invalid_nonce_next(1)
        client.create_order("ETH", side="buy", size="0.01", price="1000")  # refused once (21104), resent
        lx.faults.delay(path="/", seconds=5)  # monitoring routes are never delayed or failed
        metrics = httpx.get(f"{lx.base_url}/metrics", timeout=3)
        health = httpx.get(f"{lx.base_url}/health", timeout=3)
        lx.faults.clear()
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    samples = dict(line.rsplit(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert float(samples['lighter_sim_transactions_total{type="create_order",result="accepted"}']) == 3
    refused = [k for k in samples if k.startswith("lighter_sim_transactions_refused_total")]
    assert len(refused) == 1 and float(samples[refused[0]]) == 1
    assert float(samples["lighter_sim_matches_total"]) == 1
    assert float(samples["lighter_sim_ws_connections_total"]) == 1
    assert float(samples["lighter_sim_ws_connections"]) == 1
    assert float(samples['lighter_sim_ws_frames_total{direction="sent"}']) >= 3
    assert float(samples['lighter_sim_ws_frames_total{direction="received"}']) >= 2
    sent = 'lighter_sim_requests_total{path="/api/v1/sendTx",method="POST",status="200"}'
    assert float(samples[sent]) == 4  # two onboardings (ChangePubKey) and two orders over REST
    assert float(samples['lighter_sim_requests_total{path="/api/v1/sendTx",method="POST",status="400"}']) == 1
    body = health.json()
    assert health.status_code == 200 and body["status"] == "ok" and body["faults_armed"] is True
    assert body["accounts"] >= 1 and body["ws_connections"] == 1


@pytest.fixture
def sim() -> Iterator[subprocess.Popen[str]]:
    """A real ``lighter sim`` process (its ready line is the first line of its stdout)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "lighter.cli", "sim", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)


def _health(base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lighter.cli", "health", "--base-url", base_url, "--chain-id", "304", *args],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_lighter_health_exit_codes(sim: subprocess.Popen[str]) -> None:
    assert sim.stdout is not None
    base_url = json.loads(sim.stdout.readline())["base_url"]  # the ready line (the test's timeout bounds it)

    running = _health(base_url)
    assert running.returncode == 0, running.stderr
    assert running.stdout.startswith("OK") and "latency" in running.stdout

    httpx.post(f"{base_url}/sim/v1/faults", json={"delay": {"path": "/", "seconds": 1.2}}, timeout=5)
    slow = _health(base_url, "--json")
    assert slow.returncode == 6, slow.stderr
    report = json.loads(slow.stdout)
    assert report["status"] == "degraded" and report["latency_seconds"] >= 1.2

    sim.terminate()
    sim.wait(10)
    down = _health(base_url)
    assert down.returncode == 4 and down.stdout.startswith("DOWN"), (down.stdout, down.stderr)
