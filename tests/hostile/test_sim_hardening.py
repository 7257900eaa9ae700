"""The local exchange against an evil client: replays inside a batch, readers that never read, idle and
slow connections, too many sockets, private data on public channels, hostile bodies and frames."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
import websocket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testing.helpers import ETH, Trader

from lighter.signing import create_auth_token
from lighter.testing import LocalExchange
from lighter.testing.limits import ServerLimits
from lighter.testing.onboarding import Credentials, onboard

pytestmark = pytest.mark.timeout(60)

FAST = ServerLimits(
    header_timeout=0.5, body_timeout=0.5, ws_idle_timeout=0.5, max_ws_connections=4, send_queue_frames=50
)


@pytest.fixture(scope="module")
def strict() -> Iterator[LocalExchange]:
    with LocalExchange(limits=FAST) as lx:
        yield lx


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[LocalExchange, Credentials]]:
    with LocalExchange() as lx:
        yield lx, onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000)


def _alive(lx: LocalExchange) -> None:
    assert httpx.get(f"{lx.base_url}/api/v1/orderBooks", timeout=10).status_code == 200


def test_a_skip_nonce_transaction_twice_in_one_batch_is_refused_like_a_replay(
    shared: tuple[LocalExchange, Credentials],
) -> None:
    lx, creds = shared
    trader = Trader(creds)
    try:
        tx = trader.order_tx(ETH, is_ask=False, base=2000, price=200_100, attributes={4: 1})
        tx_type, tx_info, _ = trader.signed(tx)
        before = len(trader.active_orders())
        answer = trader.http.post(
            "/api/v1/sendTxBatch",
            data={"tx_types": json.dumps([tx_type, tx_type]), "tx_infos": json.dumps([tx_info, tx_info])},
        )
        assert answer.status_code == 400 and "already executed" in answer.json()["message"], answer.text
        assert len(trader.active_orders()) == before  # nothing ran
        single = trader.http.post("/api/v1/sendTx", data={"tx_type": str(tx_type), "tx_info": tx_info})
        assert single.status_code == 200  # once is fine
        again = trader.http.post("/api/v1/sendTx", data={"tx_type": str(tx_type), "tx_info": tx_info})
        assert again.status_code == 400  # and a replay is refused, as before
        assert len(trader.active_orders()) == before + 1
    finally:
        trader.close()


def test_account_all_carries_no_orders_without_auth(shared: tuple[LocalExchange, Credentials]) -> None:
    lx, creds = shared
    trader = Trader(creds)
    try:
        trader.order(ETH, is_ask=False, base=2000, price=200_000, coi=777)
        token = create_auth_token(
            trader.key,
            account_index=creds.account_index,
            api_key_index=creds.api_key_index,
            deadline=int(time.time()) + 600,
        )
    finally:
        trader.close()
    for auth, has_orders in ((None, False), (token, True)):
        ws = websocket.create_connection(lx.ws_url, timeout=10)
        try:
            assert json.loads(ws.recv())["type"] == "connected"
            msg: dict[str, object] = {"type": "subscribe", "channel": f"account_all/{creds.account_index}"}
            if auth:
                msg["auth"] = auth
            ws.send(json.dumps(msg))
            frame = json.loads(ws.recv())
            assert frame["type"] == "subscribed/account_all", frame
            assert bool(frame["orders"]) is has_orders, frame["orders"]
        finally:
            ws.close()


@pytest.mark.timeout(180)  # the module's 60 s is below this test's own 120 s deadline (see the comment below)
def test_a_client_that_never_reads_is_disconnected_and_logged(
    strict: LocalExchange, caplog: pytest.LogCaptureFixture
) -> None:
    ws = websocket.create_connection(
        strict.ws_url, timeout=10, sockopt=((socket.SOL_SOCKET, socket.SO_RCVBUF, 4096),)
    )
    ping = json.dumps({"type": "ping"})
    # the server's send buffer takes a few hundred thousand pongs before its queue fills: on a busy machine
    # (a full suite with other sims still running) that alone can take tens of seconds
    deadline = time.monotonic() + 120
    cut = False
    with caplog.at_level(logging.WARNING, logger="lighter.testing.ws"):
        while time.monotonic() < deadline:  # every ping queues a pong the client never reads
            try:
                for _ in range(200):
                    ws.send(ping)
            except (OSError, websocket.WebSocketException):
                cut = True
                break
            if "does not read" in caplog.text:
                time.sleep(0.2)
        ws.shutdown()
    assert cut and "does not read" in caplog.text
    _alive(strict)


def test_idle_websockets_and_slow_or_idle_http_connections_are_closed(strict: LocalExchange) -> None:
    ws = websocket.create_connection(strict.ws_url, timeout=10)
    assert json.loads(ws.recv())["type"] == "connected"
    started = time.monotonic()
    with pytest.raises((websocket.WebSocketConnectionClosedException, OSError)):
        while True:  # the close frame, then the end of the socket
            opcode, _ = ws.recv_data()
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                raise websocket.WebSocketConnectionClosedException("closed")
    assert time.monotonic() - started < 5
    host, port = strict.base_url.removeprefix("http://").split(":")
    idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(20)]
    slow = socket.create_connection((host, int(port)), timeout=10)
    slow.sendall(b"GET /api/v1/orderBooks HTTP/1.1\r\n")  # ... and the rest of the head never comes
    body = socket.create_connection((host, int(port)), timeout=10)
    head = b"POST /api/v1/sendTx HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100"
    body.sendall(head + b"\r\n\r\n{")
    _alive(strict)  # served meanwhile
    started = time.monotonic()
    for sock in [*idle, slow]:
        assert sock.recv(1) == b""  # closed by the server
    assert body.recv(200).startswith(b"HTTP/1.1 408")
    assert time.monotonic() - started < 8
    for sock in [*idle, slow, body]:
        sock.close()
    _alive(strict)


def test_websocket_connections_are_capped(strict: LocalExchange) -> None:
    held = []
    try:
        for _ in range(FAST.max_ws_connections):
            conn = websocket.create_connection(strict.ws_url, timeout=10)
            held.append(conn)
            conn.recv()
            conn.send(json.dumps({"type": "ping"}))  # stay busy enough for the short idle timeout
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(strict.ws_url, timeout=10)
        assert refused.value.status_code == 503
    finally:
        for conn in held:
            conn.close()
    time.sleep(0.3)
    again = websocket.create_connection(strict.ws_url, timeout=10)
    assert json.loads(again.recv())["type"] == "connected"
    again.close()


json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_doc = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
field_names = st.sampled_from(
    ["tx_type", "tx_info", "tx_types", "tx_infos", "l1_address", "amount", "asset_index"]
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_doc.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(field_names, json_doc, max_size=4).map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    path=st.sampled_from(
        ["/api/v1/sendTx", "/api/v1/sendTxBatch", "/sim/v1/deposit", "/api/v1/notification/ack"]
    ),
    body=bodies,
    ctype=st.sampled_from(["application/json", "application/x-www-form-urlencoded", "text/plain"]),
)
def test_hypothesis_bodies_get_a_4xx_code_and_message(
    shared: tuple[LocalExchange, Credentials], path: str, body: bytes, ctype: str
) -> None:
    lx, _ = shared
    answer = httpx.post(f"{lx.base_url}{path}", content=body, headers={"content-type": ctype}, timeout=10)
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    assert {"code", "message"} <= set(answer.json())


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    frames=st.lists(
        st.one_of(
            json_doc.map(json.dumps),
            st.dictionaries(st.sampled_from(["type", "channel", "data", "auth"]), json_doc).map(json.dumps),
            st.text(max_size=50),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_hypothesis_frames_never_break_the_stream(
    shared: tuple[LocalExchange, Credentials], frames: list[str]
) -> None:
    lx, _ = shared
    ws = websocket.create_connection(lx.ws_url, timeout=10)
    try:
        assert json.loads(ws.recv())["type"] == "connected"
        for frame in frames:
            ws.send(frame)
        ws.send(json.dumps({"type": "ping"}))
        while True:  # the server answers in order: errors for the bad frames, then the pong
            reply = json.loads(ws.recv())
            if reply.get("type") == "pong":
                break
    finally:
        ws.close()


def test_admin_api_refuses_cross_site_browser_requests_but_serves_programs(
    shared: tuple[LocalExchange, Credentials],
) -> None:
    lx, _ = shared
    deposit = {"l1_address": "0x" + "ab" * 20, "asset_index": 3, "amount": 1_000_000}
    evil_page = {"origin": "https://evil.example"}
    assert httpx.post(f"{lx.base_url}/sim/v1/deposit", data=deposit, headers=evil_page).status_code == 403
    fetch = {"sec-fetch-site": "cross-site"}
    assert httpx.post(f"{lx.base_url}/sim/v1/deposit", json=deposit, headers=fetch).status_code == 403
    refused = httpx.post(f"{lx.base_url}/sim/v1/faults", json={"drop_ws": True}, headers=evil_page)
    assert refused.status_code == 403 and set(refused.json()) == {"code", "message"}
    assert httpx.post(f"{lx.base_url}/sim/v1/deposit", data=deposit).status_code == 200  # a program: form
    assert httpx.post(f"{lx.base_url}/sim/v1/deposit", json=deposit).status_code == 200  # a program: JSON
    own = {"origin": lx.base_url, "sec-fetch-site": "same-origin"}
    assert httpx.post(f"{lx.base_url}/sim/v1/deposit", json=deposit, headers=own).status_code == 200
