"""The ``lighter_*`` Prometheus metrics (prometheus_client), one set per registry.

Names follow the Prometheus conventions: the unit in the name, ``_total`` on counters, ``_seconds`` on
durations. Labels have bounded values only (operation names, tx types, outcomes, status codes, market
indexes, frame kinds): never an account, a nonce, a URL or a session id. docs/operating.md says what each
one answers.
"""

from __future__ import annotations

from typing import Any

# Latency buckets from a loopback round trip (~0.5 ms) to a slow exchange answer (10 s).
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
SIGN_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1)

# name -> (kind, help, labels); every name written once, here.
METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "lighter_requests_total": (
        "counter",
        "REST requests by operation, method and final status (HTTP code, or the transport error)",
        ("operation", "method", "status"),
    ),
    "lighter_request_duration_seconds": (
        "histogram",
        "REST request latency by operation, retries and rate-limit waits included",
        ("operation", "method"),
    ),
    "lighter_request_retries_total": (
        "counter",
        "REST requests sent again, by operation and reason (HTTP code or transport error)",
        ("operation", "reason"),
    ),
    "lighter_rate_limited_responses_total": (
        "counter",
        "HTTP 429 answers from the exchange, by operation",
        ("operation",),
    ),
    "lighter_rate_limit_wait_seconds": (
        "histogram",
        "Time a request waited for the client-side rate limiter before it was sent",
        (),
    ),
    "lighter_rate_limit_remaining": (
        "gauge",
        "Budget left in the rate limiter's window after the last request (requests or weight, by tier)",
        (),
    ),
    "lighter_transactions_total": (
        "counter",
        "Transactions by type, outcome (accepted, refused, unknown, invalid, error) and transport (rest, ws)",
        ("type", "outcome", "transport"),
    ),
    "lighter_transaction_duration_seconds": (
        "histogram",
        "Transaction latency from the call to the exchange's answer (prepare, sign, send, any resend)",
        ("type", "transport"),
    ),
    "lighter_sign_duration_seconds": (
        "histogram",
        "Time to sign one transaction (or one batch) locally",
        ("type",),
    ),
    "lighter_nonce_resyncs_total": (
        "counter",
        "Nonce resyncs after an 'invalid nonce' answer, by API key",
        ("api_key_index",),
    ),
    "lighter_auth_token_refreshes_total": (
        "counter",
        "Auth tokens created (first use and every refresh before expiry)",
        (),
    ),
    "lighter_ws_connects_total": ("counter", "WebSocket sessions established (connected frame seen)", ()),
    "lighter_ws_reconnects_total": ("counter", "WebSocket connections lost and reconnected", ()),
    "lighter_ws_frames_total": (
        "counter",
        "WebSocket frames received, by kind (channel kind for data frames, else the frame type)",
        ("kind",),
    ),
    "lighter_ws_book_gaps_total": (
        "counter",
        "Order-book gaps detected (a missed diff), by market; each one resubscribes for a snapshot",
        ("market",),
    ),
    "lighter_ws_queue_overflows_total": (
        "counter",
        "Stream events dropped because a consumer queue was full (the iteration queue once it is read)",
        (),
    ),
}


class Metrics:
    """The metric objects registered on one prometheus_client registry."""

    def __init__(self, registry: Any | None) -> None:
        import prometheus_client as prom

        if registry is None:
            registry = prom.REGISTRY
        self.registry = registry
        kinds = {"counter": prom.Counter, "gauge": prom.Gauge, "histogram": prom.Histogram}
        made: dict[str, Any] = {}
        for name, (kind, doc, labels) in METRICS.items():
            options: dict[str, Any] = {"registry": registry}
            if kind == "histogram":
                options["buckets"] = SIGN_BUCKETS if name.startswith("lighter_sign") else LATENCY_BUCKETS
            # prometheus_client appends _total itself and refuses it in a counter's name
            base = name.removesuffix("_total") if kind == "counter" else name
            made[name] = kinds[kind](base, doc, labels, **options)
        self.requests = made["lighter_requests_total"]
        self.request_duration = made["lighter_request_duration_seconds"]
        self.retries = made["lighter_request_retries_total"]
        self.rate_limited = made["lighter_rate_limited_responses_total"]
        self.rate_wait = made["lighter_rate_limit_wait_seconds"]
        self.rate_remaining = made["lighter_rate_limit_remaining"]
        self.transactions = made["lighter_transactions_total"]
        self.tx_duration = made["lighter_transaction_duration_seconds"]
        self.sign_duration = made["lighter_sign_duration_seconds"]
        self.nonce_resyncs = made["lighter_nonce_resyncs_total"]
        self.auth_refreshes = made["lighter_auth_token_refreshes_total"]
        self.ws_connects = made["lighter_ws_connects_total"]
        self.ws_reconnects = made["lighter_ws_reconnects_total"]
        self.ws_frames = made["lighter_ws_frames_total"]
        self.book_gaps = made["lighter_ws_book_gaps_total"]
        self.queue_overflows = made["lighter_ws_queue_overflows_total"]
