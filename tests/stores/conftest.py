"""A real redis-server on loopback for the store tests.

The session starts its own server on a free 127.0.0.1 port, or uses ``LIGHTER_TEST_REDIS_URL`` if set.
``scripts/redis-server ensure`` installs Debian's ``redis-server`` before the test run; if it is still
missing, the first test that needs it tries apt-get itself within INSTALL_TIMEOUT (well inside the
per-test timeout). Tests are skipped, with the reason, only when no server can be had.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from lighter.stores.testing import INSTALL_TIMEOUT, RedisServer, find_redis_server, install_redis_server


@pytest.fixture(scope="session")
def redis_binary() -> str:
    """Path of redis-server (installed within INSTALL_TIMEOUT if needed), or skip saying why."""
    binary = find_redis_server()
    if binary is None:
        binary, why = install_redis_server(INSTALL_TIMEOUT)
        if binary is None:
            pytest.skip(f"no redis-server, and installing it failed: {why} (scripts/redis-server ensure)")
    return binary


@pytest.fixture(scope="session")
def redis_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a Redis server for the whole session (no password)."""
    external = os.environ.get("LIGHTER_TEST_REDIS_URL")
    if external:
        yield external
        return
    binary = request.getfixturevalue("redis_binary")
    try:
        server = RedisServer(binary).start()
    except RuntimeError as exc:
        pytest.skip(f"could not start redis-server: {exc}")
    try:
        yield server.url
    finally:
        server.close()


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
