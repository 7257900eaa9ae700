"""Telemetry never breaks or slows a trade: an exporter that raises or blocks, a tracer or registry that
raises, a missing extra (one line naming the pip command; the other part still on), nothing imported by
``import lighter``, and one ``is None`` check while off."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from prometheus_client import CollectorRegistry

import lighter.telemetry
from lighter import Lighter, _telemetry
from lighter._nonce import InMemoryNonceStore
from lighter.testing.onboarding import Credentials

pytestmark = pytest.mark.timeout(60)


class RaisingExporter(SpanExporter):
    def __init__(self) -> None:
        self.calls = 0

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.calls += 1
        raise RuntimeError("collector unreachable")

    def shutdown(self) -> None:
        pass


class BlockingExporter(SpanExporter):
    """Blocks in export() until released (a collector that stopped answering)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.entered.set()
        self.release.wait(30)  # a deadline, so a failing test cannot hang the run
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        self.release.set()


@pytest.fixture
def off_afterwards() -> Iterator[None]:
    yield
    lighter.telemetry.disable()


def _client(creds: Credentials) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None, nonce_store=InMemoryNonceStore())


def _provider(exporter: SpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def test_an_exporter_that_raises_never_breaks_a_trade(
    onboard_account: Callable[..., Credentials], off_afterwards: None
) -> None:
    exporter = RaisingExporter()
    registry = CollectorRegistry()
    lighter.telemetry.enable(tracer_provider=_provider(exporter), registry=registry)
    with _client(onboard_account()) as client:
        results = [client.create_order("ETH", side="buy", size="0.01", price=str(2000 + i)) for i in range(3)]
    assert [r.nonce for r in results] == [results[0].nonce + i for i in range(3)]
    assert lighter.telemetry.flush(10.0) is not None
    assert exporter.calls > 0  # the exporter was really called, and raised each time
    labels = {"type": "create_order", "outcome": "accepted", "transport": "rest"}
    assert registry.get_sample_value("lighter_transactions_total", labels) == 3


def test_an_exporter_that_blocks_never_holds_a_trade(
    onboard_account: Callable[..., Credentials], off_afterwards: None
) -> None:
    exporter = BlockingExporter()
    lighter.telemetry.enable(tracer_provider=_provider(exporter), registry=CollectorRegistry())
    try:
        with _client(onboard_account()) as client:
            for i in range(3):
                client.create_order("ETH", side="buy", size="0.01", price=str(2000 + i))
            assert exporter.entered.wait(10)  # the exporter is stuck in export() ...
            assert not exporter.release.is_set()  # ... and still is: the orders went through meanwhile
            client.cancel_all_orders()
    finally:
        exporter.release.set()
    assert lighter.telemetry.flush(10.0)


def test_a_tracer_or_registry_that_raises_never_breaks_a_trade(
    onboard_account: Callable[..., Credentials],
    off_afterwards: None,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lighter.telemetry import _observer

    monkeypatch.setattr(_observer, "_last_complaint", -1e9)  # complaints are once a minute per process

    class BrokenTracer:
        def start_span(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("tracer bug")

    class BrokenCounter:
        def labels(self, *args: Any) -> Any:
            raise ValueError("registry refuses")

        def inc(self, *args: Any) -> None:
            raise ValueError("registry refuses")

        observe = set = inc

    lighter.telemetry.enable(tracer_provider=_provider(RaisingExporter()), registry=CollectorRegistry())
    observer = _telemetry.observer
    assert observer is not None and observer.tracing is not None and observer.metrics is not None
    observer.tracing.tracer = BrokenTracer()
    for name in vars(observer.metrics):
        if name != "registry":
            setattr(observer.metrics, name, BrokenCounter())
    with caplog.at_level(logging.WARNING, logger="lighter.telemetry"), _client(onboard_account()) as client:
        result = client.create_order("ETH", side="buy", size="0.01", price="2000")
        client.cancel_order("ETH", result.client_order_index)
    assert any(
        "telemetry:" in r.getMessage() and "the trade goes on" in r.getMessage() for r in caplog.records
    )


def test_missing_extras_leave_the_other_part_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, off_afterwards: None
) -> None:
    monkeypatch.setitem(sys.modules, "prometheus_client", None)  # as if not installed
    with caplog.at_level(logging.WARNING, logger="lighter.telemetry"):
        lighter.telemetry.enable(tracer_provider=TracerProvider())
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "pip install 'lighter-client[prometheus]'" in lines[0], lines
    observer = _telemetry.observer
    assert observer is not None and observer.tracing is not None and observer.metrics is None
    assert lighter.telemetry.is_enabled()

    monkeypatch.delitem(sys.modules, "prometheus_client")
    monkeypatch.setitem(sys.modules, "opentelemetry.trace", None)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="lighter.telemetry"):
        lighter.telemetry.enable(registry=CollectorRegistry())
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "pip install 'lighter-client[otel]'" in lines[0], lines
    observer = _telemetry.observer
    assert observer is not None and observer.tracing is None and observer.metrics is not None


def test_off_means_no_observer_and_no_spans(onboard_account: Callable[..., Credentials]) -> None:
    exporter = RaisingExporter()
    lighter.telemetry.enable(tracer_provider=_provider(exporter), registry=CollectorRegistry())
    lighter.telemetry.disable()
    assert _telemetry.observer is None and not lighter.telemetry.is_enabled()
    with _client(onboard_account()) as client:
        client.create_order("ETH", side="buy", size="0.01", price="2000")
    assert exporter.calls == 0


def test_nothing_is_imported_or_configured_at_import_time() -> None:
    code = (
        "import logging, sys\n"
        "import lighter, lighter.client, lighter.telemetry\n"
        "heavy = [m for m in sys.modules if m.startswith(('opentelemetry', 'prometheus_client'))]\n"
        "assert not heavy, heavy\n"
        "assert logging.getLogger().handlers == [] and logging.getLogger('lighter').level == 0\n"
        "assert all(isinstance(h, logging.NullHandler) for h in logging.getLogger('lighter').handlers)\n"
        "lighter.Lighter(network='testnet')\n"  # no LIGHTER_LOG: constructing changes nothing either
        "assert logging.getLogger('lighter').level == 0 and logging.getLogger().handlers == []\n"
        "import lighter._telemetry as t\n"
        "assert t.observer is None\n"
    )
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
