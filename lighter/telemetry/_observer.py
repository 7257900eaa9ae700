"""What the hooks call while telemetry is on: spans, metrics and log context in one place.

Every public method here swallows its own exceptions (a broken exporter, a registry that refuses a label, a
bug of ours) and logs them at most once a minute: instrumentation must never fail a trade. Span ends go to
the tracing thread (see `_tracing`), so no exporter runs on a trading thread.

Attributes follow the OpenTelemetry HTTP client conventions for REST calls (``http.request.method``,
``url.template``, ``server.address``, ``server.port``, ``http.response.status_code``,
``http.request.resend_count``, ``error.type``) and ``lighter.*`` names for the rest. No attribute ever holds
a URL with its query, a header, a token or a key: only templates, indexes, codes and counts.
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from lighter._loggers import get_logger
from lighter._telemetry import LOG_CONTEXT
from lighter.telemetry._metrics import Metrics
from lighter.telemetry._tracing import Tracing

log = get_logger("lighter.telemetry")

T = TypeVar("T")

_last_complaint = 0.0


def _complain(what: str) -> None:
    """Log a failure of the instrumentation itself (at most once a minute), never raise."""
    global _last_complaint
    now = time.monotonic()
    if now - _last_complaint >= 60.0:
        _last_complaint = now
        log.warning("telemetry: %s failed (the trade goes on)", what, exc_info=True)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _error_type(error: BaseException | None) -> str | None:
    return None if error is None else type(error).__name__


def outcome_of(exc: BaseException) -> tuple[str, int | None]:
    """(outcome, exchange code) for a transaction that raised: invalid (refused before sending), refused
    (the exchange answered an error), unknown (it may or may not have executed) or error."""
    from lighter._errors import (
        APIError,
        ConfigError,
        InvalidInputError,
        WsConnectionClosedError,
        WsTimeoutError,
    )

    if isinstance(exc, (InvalidInputError, ConfigError)):
        return "invalid", None
    if isinstance(exc, (WsConnectionClosedError, WsTimeoutError)):
        return "unknown", None
    if isinstance(exc, APIError):
        return ("unknown" if exc.nonce_consumed is None else "refused"), exc.code
    return "error", None


class HttpCall:
    """One REST request (all its retries): a CLIENT span, latency, retries, 429s, rate-limiter waits."""

    __slots__ = ("_obs", "_limiter", "_span", "_token", "_ctx", "_start", "operation", "method", "retries")

    def __init__(self, obs: Observer, request: Any, limiter: Any) -> None:
        self._obs = obs
        self._limiter = limiter
        method: str = request.method
        url = request.url
        path: str = url.path
        host: str = url.host
        port: int | None = url.port
        self.method = method
        self.operation = path.rsplit("/", 1)[-1] or "/"
        self.retries = 0
        self._start = time.perf_counter()
        self._span = self._token = None
        if obs.tracing is not None:
            attributes: dict[str, Any] = {
                "http.request.method": method,
                "url.template": path,
                "server.address": host,
                "lighter.operation": self.operation,
            }
            if port is not None:
                attributes["server.port"] = port
            self._span, self._token = obs.tracing.start(f"{method} {path}", attributes, client=True)
        context = LOG_CONTEXT.get()
        self._ctx = LOG_CONTEXT.set(
            {**context, "operation": self.operation} if context else {"operation": self.operation}
        )

    def waited(self, seconds: float) -> None:
        """The rate limiter held this request back for `seconds`."""
        try:
            if self._obs.metrics is not None:
                self._obs.metrics.rate_wait.observe(seconds)
            if self._span is not None:
                self._span.add_event("rate_limit_wait", {"lighter.wait_seconds": seconds})
        except Exception:
            _complain("recording a rate-limit wait")

    def answered(self, status: int) -> None:
        """One answer arrived (counted for 429s; the final status is given to `end`)."""
        if status == 429 and self._obs.metrics is not None:
            try:
                self._obs.metrics.rate_limited.labels(self.operation).inc()
            except Exception:
                _complain("counting a 429")

    def retry(self, reason: str) -> None:
        """The request is sent again because of `reason` (an HTTP code or a transport error)."""
        self.retries += 1
        try:
            if self._obs.metrics is not None:
                self._obs.metrics.retries.labels(self.operation, reason).inc()
            if self._span is not None:
                self._span.add_event(
                    "retry", {"http.request.resend_count": self.retries, "lighter.reason": reason}
                )
        except Exception:
            _complain("recording a retry")

    def done(self, response: Any) -> Any:
        """The request answered 2xx: end it, hand the response on."""
        self.end(response.status_code, None)
        return response

    def failed(self, error: BaseException) -> None:
        """The request ended with `error` (an HTTP error status carries its code)."""
        self.end(getattr(error, "status_code", None), error)

    def end(self, status: int | None, error: BaseException | None) -> None:
        """The request is over: final status (or the error that ended it), metrics, span end."""
        try:
            LOG_CONTEXT.reset(self._ctx)
        except ValueError:  # reset from another context (cannot happen on our paths): leave it
            pass
        try:
            label = str(status) if status is not None else type(error).__name__ if error else "none"
            metrics = self._obs.metrics
            if metrics is not None:
                metrics.requests.labels(self.operation, self.method, label).inc()
                metrics.request_duration.labels(self.operation, self.method).observe(
                    time.perf_counter() - self._start
                )
                remaining = self._limiter.remaining() if self._limiter is not None else None
                if remaining is not None:
                    metrics.rate_remaining.set(remaining)
            span = self._span
            if span is not None:
                if status is not None:
                    span.set_attribute("http.response.status_code", status)
                if self.retries:
                    span.set_attribute("http.request.resend_count", self.retries)
                failed = str(status) if status is not None and status >= 400 else _error_type(error)
                assert self._obs.tracing is not None
                self._obs.tracing.end(span, self._token, failed)
        except Exception:
            _complain("ending a request span")


class TxTrace:
    """One transaction (or batch) from the call to the exchange's answer: a span with prepare, sign, send
    and resend children, the nonce resync as an event, and the ``lighter_transactions_*`` metrics."""

    def __init__(self, obs: Observer, transport: str) -> None:
        self._obs = obs
        self.transport = transport
        self.type = "unknown"
        self.market: int | None = None
        self._start = time.perf_counter()
        self._span = self._token = None
        self._context: dict[str, Any] = {}
        try:
            if obs.tracing is not None:
                self._span, self._token = obs.tracing.start("lighter.tx", {"lighter.tx.transport": transport})
        except Exception:
            _complain("starting a transaction span")
        self._ctx = LOG_CONTEXT.set(self._context)

    def _set(self, **attributes: Any) -> None:
        if self._span is not None:
            for key, value in attributes.items():
                if value is not None:
                    self._span.set_attribute(key, value)

    # -- phases -----------------------------------------------------------------------------------------

    def drafted(self, drafts: Sequence[Any]) -> None:
        """The transactions are built: name the span after their type, note the market."""
        try:
            names = {type(d.tx).__name__ for d in drafts}
            self.type = _snake(names.pop()) if len(names) == 1 else "batch"
            market = getattr(drafts[0].tx, "market_index", None) if drafts else None
            self.market = market if isinstance(market, int) else None
            self._context.update(tx_type=self.type, market=self.market)
            if self._span is not None:
                self._span.update_name(f"lighter.tx {self.type}")
            self._set(
                **{
                    "lighter.tx.type": self.type,
                    "lighter.tx.type_code": int(drafts[0].tx.tx_type) if drafts else None,
                    "lighter.market": self.market,
                    "lighter.tx.count": len(drafts),
                }
            )
        except Exception:
            _complain("annotating a transaction")

    def leased(self, api_key_index: int, nonce: int) -> None:
        """Nonces are held (again after a resync): the key and the first nonce."""
        try:
            self._context["nonce"] = nonce
            self._set(**{"lighter.api_key_index": api_key_index, "lighter.nonce": nonce})
        except Exception:
            _complain("annotating a transaction")

    def _child(self, name: str, attributes: dict[str, Any]) -> tuple[Any, Any]:
        tracing = self._obs.tracing
        if tracing is None or self._span is None:
            return None, None
        try:
            return tracing.start(name, attributes)
        except Exception:
            _complain("starting a span")
            return None, None

    def _close_child(self, span: Any, token: Any, error: str | None) -> None:
        if span is None:
            return
        try:
            assert self._obs.tracing is not None
            self._obs.tracing.end(span, token, error)
        except Exception:
            _complain("ending a span")

    @contextmanager
    def _phase(self, name: str, attempt: int) -> Iterator[None]:
        span, token = self._child(f"lighter.tx.{name}", {"lighter.attempt": attempt})
        start = time.perf_counter()
        try:
            yield
        except BaseException as exc:
            self._close_child(span, token, type(exc).__name__)
            raise
        self._phase_done(name, start)
        self._close_child(span, token, None)

    def phase(self, name: str, fn: Callable[..., T], *args: Any, attempt: int = 1) -> T:
        """Run one phase (prepare, sign, send, resend) of the blocking face inside its child span."""
        with self._phase(name, attempt):
            return fn(*args)

    async def phase_async(
        self, name: str, fn: Callable[..., Awaitable[T]], *args: Any, attempt: int = 1
    ) -> T:
        """`phase` for the asyncio face (the span is current in this task while `fn` runs)."""
        with self._phase(name, attempt):
            return await fn(*args)

    def _phase_done(self, name: str, start: float) -> None:
        if name == "sign" and self._obs.metrics is not None:
            try:
                self._obs.metrics.sign_duration.labels(self.type).observe(time.perf_counter() - start)
            except Exception:
                _complain("timing a signature")

    def resynced(self, api_key_index: int, rejected: int, fresh: int) -> None:
        """'invalid nonce': the key was resynced from `rejected` to `fresh`; one resend follows."""
        try:
            if self._obs.metrics is not None:
                self._obs.metrics.nonce_resyncs.labels(str(api_key_index)).inc()
            if self._span is not None:
                self._span.add_event(
                    "nonce_resync",
                    {
                        "lighter.api_key_index": api_key_index,
                        "lighter.nonce.rejected": rejected,
                        "lighter.nonce": fresh,
                    },
                )
        except Exception:
            _complain("recording a nonce resync")

    # -- the end ----------------------------------------------------------------------------------------

    def end(self, error: BaseException | None) -> None:
        """The transaction is over (accepted when `error` is None)."""
        try:
            LOG_CONTEXT.reset(self._ctx)
        except ValueError:
            pass
        try:
            outcome, code = ("accepted", None) if error is None else outcome_of(error)
            metrics = self._obs.metrics
            if metrics is not None:
                metrics.transactions.labels(self.type, outcome, self.transport).inc()
                if outcome != "invalid":
                    metrics.tx_duration.labels(self.type, self.transport).observe(
                        time.perf_counter() - self._start
                    )
            if self._span is not None:
                self._set(**{"lighter.tx.outcome": outcome, "lighter.error.code": code})
                assert self._obs.tracing is not None
                self._obs.tracing.end(self._span, self._token, _error_type(error))
            log.debug(
                "transaction %s %s",
                self.type,
                outcome,
                extra={"tx_type": self.type, "market": self.market, "nonce": self._context.get("nonce")},
            )
        except Exception:
            _complain("ending a transaction span")


class WsSession:
    """One WebSocket stream (across reconnects): a long span whose events are connect, reconnect,
    resubscribe, gap and resync, plus the ``lighter_ws_*`` metrics. Lives on the socket thread."""

    def __init__(self, obs: Observer, url_template: str) -> None:
        self._obs = obs
        self._span = None
        self.frames: dict[str, Any] = {}
        if obs.tracing is not None:
            try:
                self._span = obs.tracing.start_detached("lighter.ws.session", {"url.template": url_template})
            except Exception:
                _complain("starting a WebSocket span")

    def event(self, name: str, **attributes: Any) -> None:
        """A span event (connect, reconnect, resubscribe, gap, resync, close) and its counter."""
        try:
            metrics = self._obs.metrics
            if metrics is not None:
                if name == "connect":
                    metrics.ws_connects.inc()
                elif name == "reconnect":
                    metrics.ws_reconnects.inc()
                elif name == "gap":
                    metrics.book_gaps.labels(str(attributes.get("lighter.market"))).inc()
            if self._span is not None:
                self._span.add_event(name, {k: v for k, v in attributes.items() if v is not None})
                if name == "connect" and attributes.get("lighter.ws.session"):
                    self._span.set_attribute("lighter.ws.session", attributes["lighter.ws.session"])
            if name == "connect":  # the socket thread's log lines name the session from now on
                LOG_CONTEXT.set({"session": attributes.get("lighter.ws.session")})
        except Exception:
            _complain(f"recording a WebSocket {name}")

    def frame(self, kind: str) -> None:
        """One frame received, by kind (bounded by the caller)."""
        metrics = self._obs.metrics
        if metrics is not None:
            try:
                counter = self.frames.get(kind)
                if counter is None:
                    counter = self.frames[kind] = metrics.ws_frames.labels(kind)
                counter.inc()
            except Exception:
                _complain("counting a frame")

    def end(self) -> None:
        """The stream is closed for good."""
        if self._span is not None:
            try:
                self.event("close")
                assert self._obs.tracing is not None
                self._obs.tracing.end_later(self._span)
            except Exception:
                _complain("ending a WebSocket span")
            self._span = None


class Observer:
    """Tracing and/or metrics (either may be None) behind the hooks of `lighter._telemetry`."""

    def __init__(self, tracing: Tracing | None, metrics: Metrics | None) -> None:
        self.tracing = tracing
        self.metrics = metrics

    def http_call(self, request: Any, limiter: Any) -> HttpCall | None:
        """A REST request (an ``httpx.Request``) starts; only its path is recorded, never the query
        (which may carry a token). `limiter`: the client's rate limiter, for the remaining budget."""
        try:
            return HttpCall(self, request, limiter)
        except Exception:
            _complain("starting a request span")
            return None

    def transaction(self, transport: str) -> TxTrace:
        """A transaction call starts (``rest`` or ``ws``)."""
        return TxTrace(self, transport)

    def ws_session(self, url_template: str) -> WsSession | None:
        """A WebSocket stream starts."""
        try:
            return WsSession(self, url_template)
        except Exception:
            _complain("starting a WebSocket session")
            return None

    def auth_token_refreshed(self) -> None:
        """A new auth token was created."""
        if self.metrics is not None:
            try:
                self.metrics.auth_refreshes.inc()
            except Exception:
                _complain("counting an auth token")

    def queue_overflow(self, dropped: int) -> None:
        """`dropped` stream events were discarded by a full consumer queue."""
        if self.metrics is not None:
            try:
                self.metrics.queue_overflows.inc(dropped)
            except Exception:
                _complain("counting a queue overflow")
