"""No secret in any span (name, attribute, event, status), metric or JSON log line of a full session; the
JSON log lines have the stable keys and the request/transaction context."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from prometheus_client import generate_latest

from lighter import Lighter, _log
from lighter._errors import NotEnoughMarginError
from lighter._nonce import InMemoryNonceStore
from lighter.testing.onboarding import Credentials
from lighter.testing.server import LocalExchange

from .conftest import Telemetry

pytestmark = pytest.mark.timeout(60)

URL_PASSWORD = "hunter2-url-password"


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    _log.configure_logging({"LIGHTER_LOG": "debug", "LIGHTER_LOG_FORMAT": "json"}, force=True)
    assert _log._handler is not None
    stream = io.StringIO()
    _log._handler.setStream(stream)  # type: ignore[attr-defined]
    try:
        yield stream
    finally:
        _log.configure_logging({}, force=True)


def _with_password(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"trader:{URL_PASSWORD}@{parts.netloc}"))


def _span_texts(t: Telemetry) -> list[str]:
    texts: list[str] = []
    for span in t.spans():
        texts.append(span.name)
        texts += [f"{k}={v}" for k, v in (span.attributes or {}).items()]
        texts.append(str(span.status.description))
        for event in span.events:
            texts.append(event.name)
            texts += [f"{k}={v}" for k, v in (event.attributes or {}).items()]
    return texts


def test_a_full_session_leaks_no_secret(
    telemetry: Telemetry,
    json_logs: io.StringIO,
    local_exchange: LocalExchange,
    creds: Credentials,
) -> None:
    lx = local_exchange
    with Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()) as client:
        token = client.auth_token()
        client.orders.active()  # a read that carries the auth token
        order = client.create_order("ETH", side="buy", size="0.01", price="2000")
        lx.faults.invalid_nonce_next(1)
        client.cancel_order("ETH", order.client_order_index)
        lx.faults.http_error(path="/api/v1/accountActiveOrders", status=429, retry_after=0.01)
        client.orders.active()
        with pytest.raises(NotEnoughMarginError):
            client.create_order("ETH", side="buy", size="1000", price="2000")
        # a socket URL with a password and a query token (a proxy's, say): neither may show anywhere
        with client.ws(
            ws_url=_with_password(lx.ws_url) + f"?token={URL_PASSWORD}", backoff_initial=0.05
        ) as ws:
            ws.subscribe_account_all_orders(wait=True)  # the token travels in the subscribe message
            client.via_ws(ws).create_order("ETH", side="sell", size="0.01", price="4000")
            lx.faults.drop_ws()
            deadline = time.monotonic() + 10  # resume trading once the stream is back
            back = lambda: ws.stats["reconnects"] and ws.state.value == "connected"  # noqa: E731
            while not back() and time.monotonic() < deadline:
                time.sleep(0.02)
            client.via_ws(ws).cancel_all_orders()

    secrets = {
        "api key": creds.api_private_key.lower().removeprefix("0x"),
        "eth key": creds.eth_private_key.lower().removeprefix("0x"),
        "auth token": token,
        "auth token signature": token.rsplit(":", 1)[1],
        "URL password": URL_PASSWORD,
    }
    spans = _span_texts(telemetry)
    metrics = generate_latest(telemetry.registry).decode()
    logs = json_logs.getvalue()
    assert len(spans) > 50 and "lighter_transactions_total" in metrics and logs.count("\n") > 5
    for what, secret in secrets.items():
        for where, text in (("span", "\n".join(spans)), ("metrics", metrics), ("logs", logs)):
            assert secret.lower() not in text.lower(), f"the {what} appears in the {where}"
    assert all("server.address=127.0.0.1" in t for t in spans if t.startswith("server.address="))


def test_json_log_lines_have_stable_keys_and_context(
    telemetry: Telemetry,
    json_logs: io.StringIO,
    local_exchange: LocalExchange,
    creds: Credentials,
) -> None:
    with Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()) as client:
        client.create_order("ETH", side="buy", size="0.01", price="2000")
        local_exchange.faults.invalid_nonce_next(1)
        second = client.create_order("ETH", side="buy", size="0.01", price="2001")
        local_exchange.faults.http_error(path="/api/v1/orderBookDetails", status=503)
        client.refresh_markets()
    lines: list[dict[str, Any]] = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    assert lines
    for line in lines:
        assert {"time", "level", "logger", "event"} <= set(line), line
        assert line["logger"].startswith("lighter")
    resync = [line for line in lines if "nonce resync" in line["event"]]
    assert len(resync) == 1
    assert resync[0]["tx_type"] == "create_order" and resync[0]["market"] == 0
    assert resync[0]["nonce"] == second.nonce  # the rejected one: the exchange's counter had not moved
    done = [line for line in lines if line["event"] == "transaction create_order accepted"]
    assert len(done) == 2 and done[1]["nonce"] == second.nonce and done[1]["level"] == "debug"
    retry = [line for line in lines if "HTTP 503" in line["event"]]
    assert len(retry) == 1 and retry[0]["operation"] == "orderBookDetails" and retry[0]["level"] == "info"


def test_json_logs_work_without_spans_or_metrics(
    json_logs: io.StringIO, local_exchange: LocalExchange, creds: Credentials
) -> None:
    import lighter.telemetry

    assert not lighter.telemetry.is_enabled()  # only the log context is on
    with Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore()) as client:
        result = client.create_order("ETH", side="buy", size="0.01", price="2000")
    lines = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    (done,) = [line for line in lines if line["event"] == "transaction create_order accepted"]
    assert done["nonce"] == result.nonce and done["tx_type"] == "create_order"


def test_redact_masks_tokens_keys_and_url_secrets() -> None:
    token = "1700000000:12:3:" + "ab" * 40
    text = _log.redact(
        f"token {token} key 0x{'1f' * 40} url https://u:p4ss@host:8/path?auth={token}&x=1 done"
    )
    assert token not in text and "1f1f1f1f" not in text and "p4ss" not in text and "x=1" not in text
    assert "https://***@host:8/path?***" in text and text.endswith("done")
