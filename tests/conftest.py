"""Root test configuration.

Registers the local exchange fixtures (local_exchange, local_exchange_session, onboard_account) and a
real redis-server on loopback for the tests that need one (redis_binary, redis_url).

The session starts its own Redis server on a free 127.0.0.1 port, or uses ``LIGHTER_TEST_REDIS_URL`` if
set. ``scripts/redis-server ensure`` installs Debian's ``redis-server`` before the test run; if it is
still missing, the first test that needs it tries apt-get itself within INSTALL_TIMEOUT (well inside the
per-test timeout). Tests are skipped, with the reason, only when no server can be had.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from stores.redis_server import INSTALL_TIMEOUT, RedisServer, find_redis_server, install_redis_server

pytest_plugins = ["lighter.testing.pytest_plugin"]


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
