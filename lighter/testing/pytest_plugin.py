"""pytest fixtures for the local exchange.

Register with ``pytest_plugins = ["lighter.testing.pytest_plugin"]``. Fixtures:

* ``local_exchange``: a fresh :class:`LocalExchange` per test (starts in well under a second);
* ``local_exchange_session``: one exchange shared by the whole session (use distinct accounts per test);
* ``replay_exchange``: a factory ``replay_exchange(recording, speed="manual", **kw) -> LocalExchange``
  serving a recorded market (``LocalExchange(replay=...)``), stopped after the test; write backtests as
  tests with ``advance_to(t)`` and ``report()``;
* ``onboard_account``: a factory ``onboard_account(usdc=10_000, exchange=None) -> Credentials`` that
  deposits, registers an API key with ChangePubKey (L1-signed) and returns the credentials.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from lighter.testing.onboarding import Credentials, onboard
from lighter.testing.server import LocalExchange


@pytest.fixture
def local_exchange() -> Iterator[LocalExchange]:
    """A local exchange for one test (signatures verified, no market maker)."""
    with LocalExchange() as lx:
        yield lx


@pytest.fixture(scope="session")
def local_exchange_session() -> Iterator[LocalExchange]:
    """One local exchange for the whole test session."""
    with LocalExchange() as lx:
        yield lx


@pytest.fixture
def replay_exchange() -> Iterator[Callable[..., LocalExchange]]:
    """Factory: ``replay_exchange(recording, speed="manual", **kw)`` -> a started replaying LocalExchange."""
    started: list[LocalExchange] = []

    def make(recording: Any, speed: str | float = "manual", **kw: Any) -> LocalExchange:
        lx = LocalExchange(replay=recording, speed=speed, **kw).start()
        started.append(lx)
        return lx

    yield make
    for lx in started:
        lx.stop()


@pytest.fixture
def onboard_account(request: pytest.FixtureRequest) -> Callable[..., Credentials]:
    """Factory: ``onboard_account(usdc=10_000, exchange=None, api_key_index=3)`` -> Credentials.

    Uses ``local_exchange`` unless another running exchange is given.
    """

    def make(
        usdc: int | float | str | Decimal = 10_000,
        exchange: LocalExchange | None = None,
        api_key_index: int = 3,
    ) -> Credentials:
        lx = exchange if exchange is not None else request.getfixturevalue("local_exchange")
        return onboard(
            lx.base_url, chain_id=lx.chain_id, usdc=usdc, api_key_index=api_key_index, ws_url=lx.ws_url
        )

    return make
