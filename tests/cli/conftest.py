"""Fixtures for the CLI tests: one local exchange with synthetic liquidity and an onboarded account."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from lighter.cli import main
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard

from .helpers import Result


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    """A local exchange with the synthetic market maker, shared by a test module."""
    with LocalExchange(market_maker=True, maker_seed=11) as lx:
        yield lx


@pytest.fixture(scope="module")
def creds(exchange: LocalExchange) -> Credentials:
    """A funded account with a registered API key."""
    return onboard(exchange.base_url, chain_id=exchange.chain_id, usdc=50_000, ws_url=exchange.ws_url)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No LIGHTER_* variables from the developer's shell, no colours."""
    for name in list(os.environ):
        if name.startswith("LIGHTER_") or name in ("FORCE_COLOR", "NO_COLOR"):
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.fixture
def cli(clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``lighter`` in-process: ``cli(*args, env={...})`` -> Result(code, out, err)."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        for key, value in (env or {}).items():
            clean_env.setenv(key, value)
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse exits on usage errors
            code = int(exc.code or 0)
        finally:
            for key in env or {}:
                clean_env.delenv(key, raising=False)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
