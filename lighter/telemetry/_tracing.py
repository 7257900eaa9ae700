"""OpenTelemetry spans through the API only (the user brings the SDK, processors and exporters).

Spans start in the caller's thread (so the trace context is the caller's), but they END on one background
thread: with a ``SimpleSpanProcessor`` the exporter runs inside ``span.end()``, and an exporter that sleeps
or raises must never hold up or break a trade. The queue to that thread is bounded; when it is full (an
exporter stuck for good), spans are dropped and counted rather than buffered without end.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from lighter._loggers import get_logger

log = get_logger("lighter.telemetry")

INSTRUMENTATION = "lighter"
MAX_PENDING_ENDS = 10_000


class Tracing:
    """A tracer, the OTel context calls, and the span-ending thread."""

    def __init__(self, tracer_provider: Any | None) -> None:
        from opentelemetry import context, trace

        self._trace = trace
        self._context = context
        self.provider = tracer_provider
        getter = trace.get_tracer if tracer_provider is None else tracer_provider.get_tracer
        from lighter._version import __version__

        self.tracer = getter(INSTRUMENTATION, __version__)
        self.client_kind = trace.SpanKind.CLIENT
        self.dropped = 0
        self._ends: queue.Queue[tuple[Any, int] | threading.Event | None] = queue.Queue(MAX_PENDING_ENDS)
        self._thread = threading.Thread(target=self._end_loop, name="lighter-telemetry", daemon=True)
        self._thread.start()

    # -- spans ------------------------------------------------------------------------------------------

    def start(self, name: str, attributes: dict[str, Any], *, client: bool = False) -> tuple[Any, Any]:
        """Start a span as a child of the current one and make it current; returns (span, token)."""
        span = self.tracer.start_span(
            name, attributes=attributes, kind=self.client_kind if client else self._trace.SpanKind.INTERNAL
        )
        token = self._context.attach(self._trace.set_span_in_context(span))
        return span, token

    def start_detached(self, name: str, attributes: dict[str, Any]) -> Any:
        """Start a span that is never made current (a WebSocket session lives on its own thread)."""
        return self.tracer.start_span(name, attributes=attributes)

    def end(self, span: Any, token: Any, error_type: str | None = None) -> None:
        """Leave the span's context, mark an error (``error.type``: a class name or an HTTP status), and
        hand the span to the ending thread."""
        if token is not None:
            self._context.detach(token)
        if error_type is not None:
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, error_type))
            span.set_attribute("error.type", error_type)
        self.end_later(span)

    def end_later(self, span: Any) -> None:
        """End `span` on the telemetry thread, with this moment as its end time."""
        try:
            self._ends.put_nowait((span, time.time_ns()))
        except queue.Full:
            self.dropped += 1
            if self.dropped in (1, 1000) or self.dropped % 100_000 == 0:
                log.warning(
                    "telemetry: %d span(s) dropped, the span exporter does not keep up (or is stuck)",
                    self.dropped,
                )

    # -- the ending thread ------------------------------------------------------------------------------

    def _end_loop(self) -> None:
        while True:
            item = self._ends.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            span, end_time = item
            try:
                span.end(end_time=end_time)
            except Exception:  # a processor or exporter that raises must not stop the thread
                log.debug("telemetry: ending a span failed", exc_info=True)

    def flush(self, timeout: float) -> bool:
        """Wait until every span handed over so far has ended (and the provider flushed), up to `timeout`."""
        deadline = time.monotonic() + timeout
        done = threading.Event()
        try:
            self._ends.put(done, timeout=timeout)
        except queue.Full:
            return False
        if not done.wait(max(0.0, deadline - time.monotonic())):
            return False
        provider = self.provider if self.provider is not None else self._trace.get_tracer_provider()
        force_flush = getattr(provider, "force_flush", None)
        if force_flush is None:
            return True
        left_ms = int(max(0.0, deadline - time.monotonic()) * 1000)
        try:
            return bool(force_flush(left_ms))
        except Exception:
            log.debug("telemetry: force_flush failed", exc_info=True)
            return False

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the ending thread after what is queued (waits at most `timeout`)."""
        try:
            self._ends.put(None, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)
