"""Telemetry tests: the real OpenTelemetry SDK (in-memory exporter) and a fresh prometheus_client registry
per test, against the local exchange over loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import CollectorRegistry

import lighter.telemetry
from lighter.testing.onboarding import Credentials


@dataclass
class Telemetry:
    """What a test reads back: finished spans and metric values."""

    provider: TracerProvider
    exporter: InMemorySpanExporter
    registry: CollectorRegistry

    def spans(self) -> list[ReadableSpan]:
        assert lighter.telemetry.flush(10.0)
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [s for s in self.spans() if s.name == name]

    def children(self, parent: ReadableSpan) -> list[ReadableSpan]:
        return [
            s for s in self.spans() if s.parent is not None and s.parent.span_id == parent.context.span_id
        ]

    def value(self, name: str, **labels: str) -> float:
        """A sample's value (0 when absent): counters by their full ``_total`` name."""
        got = self.registry.get_sample_value(name, labels)
        return 0.0 if got is None else got


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    registry = CollectorRegistry()
    lighter.telemetry.enable(tracer_provider=provider, registry=registry)
    try:
        yield Telemetry(provider, exporter, registry)
    finally:
        lighter.telemetry.disable()
        provider.shutdown()


@pytest.fixture
def creds(onboard_account: Callable[..., Credentials]) -> Credentials:
    """A funded account with a registered API key on this test's local exchange."""
    return onboard_account()


def attrs(span: Any) -> dict[str, Any]:
    return dict(span.attributes or {})
