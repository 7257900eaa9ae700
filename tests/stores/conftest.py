"""Store-test fixtures on top of the session Redis server of ``tests/conftest.py``: a private server per
test (to stop and restart it), a fresh key namespace, and a store factory."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .redis_server import RedisServer


@pytest.fixture
def redis_server(redis_binary: str) -> Iterator[RedisServer]:
    """A private server for one test (to stop and restart it)."""
    try:
        server = RedisServer(redis_binary).start()
    except RuntimeError as exc:
        pytest.skip(f"could not start redis-server: {exc}")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def namespace() -> str:
    """A fresh key namespace, so tests sharing the session server never see each other's keys."""
    return "t" + uuid.uuid4().hex[:12]


@pytest.fixture
def make_store(redis_url: str, namespace: str) -> Iterator[Callable[..., Any]]:
    """Factory of RedisNonceStore on the session server and the test's namespace; closed at the end."""
    from lighter.stores import RedisNonceStore

    made: list[Any] = []

    def make(**options: Any) -> Any:
        options.setdefault("network", "local")
        options.setdefault("namespace", namespace)
        options.setdefault("lock_ttl", 1.0)
        store = RedisNonceStore.from_url(options.pop("url", redis_url), **options)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()
