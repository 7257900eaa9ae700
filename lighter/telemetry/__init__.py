"""Traces, metrics and log context for running lighter as a service (docs/operating.md).

>>> import lighter.telemetry
>>> lighter.telemetry.enable()          # doctest: +SKIP
>>> lighter.telemetry.disable()         # doctest: +SKIP

``enable`` turns on OpenTelemetry spans (extra ``otel``: the API only; bring your own SDK, processor and
exporter) and ``lighter_*`` Prometheus metrics (extra ``prometheus``). A part whose extra is missing is
skipped with one log line naming the ``pip install`` command; the other part still runs. Nothing here is
imported by ``import lighter``; OpenTelemetry and prometheus_client are imported by ``enable`` only.

While telemetry is off, every hook on the hot paths is one ``is None`` check.
"""

from __future__ import annotations

import threading
from typing import Any

from lighter import _telemetry
from lighter._extras import MissingExtraError, require
from lighter._loggers import get_logger

__all__ = ["enable", "disable", "flush", "is_enabled"]

log = get_logger("lighter.telemetry")

_lock = threading.Lock()
_metrics_by_registry: dict[int, Any] = {}  # id(registry) -> Metrics (a registry refuses the same names twice)


def _try_extra(module: str, extra: str, purpose: str) -> bool:
    try:
        require(module, extra=extra, purpose=purpose)
    except MissingExtraError as exc:
        log.warning("%s; %s stay off", exc, purpose)
        return False
    return True


def enable(*, tracer_provider: Any | None = None, registry: Any | None = None) -> None:
    """Turn on spans and metrics for every client of this process (both faces, and their WebSockets).

    tracer_provider: an OpenTelemetry ``TracerProvider``; None uses the global one
        (``opentelemetry.trace.set_tracer_provider``).
    registry: a prometheus_client ``CollectorRegistry``; None uses ``prometheus_client.REGISTRY``.

    Calling it again replaces the previous setup. Spans are ended on a background thread, so a slow or
    failing exporter never holds up or breaks a trade.
    """
    from lighter.telemetry._observer import Observer

    with _lock:
        tracing = metrics = None
        if _try_extra("opentelemetry.trace", "otel", "lighter spans (OpenTelemetry)"):
            from lighter.telemetry._tracing import Tracing

            tracing = Tracing(tracer_provider)
        if _try_extra("prometheus_client", "prometheus", "lighter_* metrics (Prometheus)"):
            import prometheus_client

            key = registry if registry is not None else prometheus_client.REGISTRY
            metrics = _metrics_by_registry.get(id(key))
            if metrics is None or metrics.registry is not key:
                from lighter.telemetry._metrics import Metrics

                metrics = _metrics_by_registry[id(key)] = Metrics(key)
        _install(Observer(tracing, metrics))


def disable() -> None:
    """Turn spans and metrics off again (spans already started still end and export)."""
    with _lock:
        _install(None)


def is_enabled() -> bool:
    """Whether spans or metrics are on."""
    observer = _telemetry.observer
    return observer is not None and (observer.tracing is not None or observer.metrics is not None)


def flush(timeout: float = 5.0) -> bool:
    """Wait until every span ended so far has reached the tracer provider's processors (and flush them).

    For tests and for a clean shutdown; returns False if `timeout` seconds were not enough."""
    observer = _telemetry.observer
    if observer is None or observer.tracing is None:
        return True
    return bool(observer.tracing.flush(timeout))


def _install(observer: Any) -> None:
    previous = _telemetry.observer
    _telemetry.observer = observer
    if previous is not None and previous.tracing is not None:
        previous.tracing.stop()
    if observer is None and _log_context_wanted:
        _telemetry.observer = _log_only()


_log_context_wanted = False


def _log_only() -> Any:
    from lighter.telemetry._observer import Observer

    return Observer(None, None)


def keep_log_context(wanted: bool) -> None:
    """JSON logs carry the request/transaction context: while `wanted`, keep an observer (without spans
    or metrics, if telemetry is off) installed so the hooks fill it. Called by
    `lighter._log.configure_logging` (``LIGHTER_LOG_FORMAT=json``)."""
    global _log_context_wanted
    with _lock:
        _log_context_wanted = wanted
        observer = _telemetry.observer
        if wanted and observer is None:
            _telemetry.observer = _log_only()
        elif not wanted and observer is not None and observer.tracing is None and observer.metrics is None:
            _telemetry.observer = None
