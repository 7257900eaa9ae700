"""``GET /metrics`` and ``GET /health`` of the local exchange.

The counters live where things happen (the server counts requests, the hub counts connections and
frames, the exchange counts refused transactions) and this module renders them in the Prometheus text
format. It is written by hand, not with prometheus_client: the format is a few lines of text, and
``lighter sim`` must keep running on the ``sim`` extra alone (a scrape target should not need the client's
``prometheus`` extra). Names are ``lighter_sim_*``, apart from the client's ``lighter_*``, so both can be
scraped into one Prometheus.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.book import Events
    from lighter.testing.exchange import Exchange, TxRecord
    from lighter.testing.ws import Hub

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class SimCounters:
    """What the exchange did: transactions accepted by type, trades matched (an exchange listener)."""

    def __init__(self) -> None:
        self.accepted: Counter[str] = Counter()
        self.matches = 0
        self.started = time.monotonic()

    def on_change(self, events: Events, records: list[TxRecord]) -> None:
        """Exchange listener: count the accepted transactions and the trades of one change."""
        for record in records:
            self.accepted[_tx_name(record.type)] += 1
        self.matches += len(events.trades)


def _tx_name(tx_type: int) -> str:
    from lighter.transactions import TxType

    try:
        return TxType(tx_type).name.lower()
    except ValueError:
        return str(tx_type)


def _escape(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _family(name: str, kind: str, doc: str, samples: Iterable[tuple[dict[str, Any], float]]) -> list[str]:
    lines = [f"# HELP {name} {doc}", f"# TYPE {name} {kind}"]
    for labels, value in samples:
        text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
        lines.append(f"{name}{{{text}}} {value:g}" if text else f"{name} {value:g}")
    return lines


class Server(Protocol):
    """What the exposition reads from the server (``app.ExchangeServer``)."""

    exchange: Exchange
    counters: SimCounters
    hub: Hub
    requests: Counter[tuple[str, str, str]]

    def describe_faults(self) -> dict[str, Any]:
        """Pending faults and counters."""


def render(server: Server) -> str:
    """The Prometheus text exposition of the server's counters."""
    counters = server.counters
    hub = server.hub
    lines: list[str] = []
    lines += _family(
        "lighter_sim_requests_total",
        "counter",
        "HTTP requests answered, by route, method and status",
        (
            ({"path": path, "method": method, "status": status}, n)
            for (path, method, status), n in sorted(server.requests.items())
        ),
    )
    lines += _family(
        "lighter_sim_transactions_total",
        "counter",
        "Transactions accepted (REST and WebSocket), by type",
        (({"type": t, "result": "accepted"}, n) for t, n in sorted(counters.accepted.items())),
    )
    lines += _family(
        "lighter_sim_transactions_refused_total",
        "counter",
        "Transactions refused, by Lighter result code",
        (({"code": code}, n) for code, n in sorted(server.exchange.tx_refused.items())),
    )
    lines += _family("lighter_sim_matches_total", "counter", "Trades matched", [({}, counters.matches)])
    lines += _family(
        "lighter_sim_ws_connections_total", "counter", "WebSocket connections accepted", [({}, hub.accepted)]
    )
    lines += _family(
        "lighter_sim_ws_connections", "gauge", "WebSocket connections open", [({}, len(hub.conns))]
    )
    lines += _family(
        "lighter_sim_ws_frames_total",
        "counter",
        "WebSocket frames, by direction",
        [({"direction": "received"}, hub.frames_received), ({"direction": "sent"}, hub.frames_sent)],
    )
    lines += _family(
        "lighter_sim_uptime_seconds", "gauge", "Seconds since the server started", [({}, uptime(server))]
    )
    return "\n".join(lines) + "\n"


def uptime(server: Server) -> float:
    """Seconds since the server's counters started."""
    return round(time.monotonic() - server.counters.started, 3)


def health(server: Server) -> dict[str, Any]:
    """``GET /health``: the server answers, so it is up; the body says what it holds and whether faults
    are armed (a test that forgot to clear them sees it here)."""
    faults = server.describe_faults()
    armed = bool(
        faults.get("http_errors")
        or faults.get("delays")
        or faults.get("skip_order_book_updates")
        or faults.get("drop_ws_every")
        or faults.get("invalid_nonce_next")
    )
    return {
        "status": "ok",
        "chain_id": server.exchange.chain_id,
        "uptime_seconds": uptime(server),
        "accounts": len(server.exchange.accounts.by_index),
        "markets": len(server.exchange.engine.markets),
        "ws_connections": len(server.hub.conns),
        "faults_armed": armed,
    }
