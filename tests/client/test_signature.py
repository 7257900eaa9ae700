"""The constructors and ``from_env`` have explicit, typed, keyword-only signatures: typos fail early."""

from __future__ import annotations

import importlib.util
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lighter.client import AsyncLighter, AsyncLighterOptions, Lighter, LighterOptions

PUBLIC = (
    "base_url",
    "chain_id",
    "account_index",
    "api_key_index",
    "api_private_key",
    "eth_private_key",
    "network",
    "api_private_keys",
    "timeout",
    "max_retries",
    "rate_limit",
    "nonce_store",
    "auth_token_lifetime",
    "max_batch_size",
    "transport",
)


@pytest.mark.parametrize("cls", [Lighter, AsyncLighter])
def test_constructor_signature_is_explicit_and_keyword_only(cls: type) -> None:
    params = inspect.signature(cls).parameters
    assert tuple(params) == PUBLIC
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    assert all(p.annotation is not inspect.Parameter.empty for p in params.values())
    assert params["network"].default is None and params["rate_limit"].default == "auto"
    doc = inspect.getdoc(cls) or ""
    for name in PUBLIC:  # every argument is documented
        assert name in doc, name


@pytest.mark.parametrize("options", [LighterOptions, AsyncLighterOptions])
def test_from_env_overrides_are_the_constructor_arguments(options: type) -> None:
    assert set(options.__annotations__) | set(options.__optional_keys__) == set(PUBLIC)  # type: ignore[attr-defined]


def test_a_misspelt_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="acount_index"):
        Lighter(network="testnet", acount_index=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="rate_limt"):
        AsyncLighter.from_env({"LIGHTER_NETWORK": "testnet"}, rate_limt=None)  # type: ignore[call-arg]


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_mypy_reports_misspelt_and_mistyped_arguments(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from lighter import AsyncLighter, Lighter

            Lighter(network="testnet", account_index=1, rate_limit=None)
            Lighter.from_env({}, account_index=2, max_retries=0)
            AsyncLighter(base_url="http://127.0.0.1:1", chain_id=304)
            Lighter(network="testnet", acount_index=1)
            AsyncLighter.from_env(rate_limt=None)
            Lighter.from_env({}, account_index="7")
            """
        )
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", str(snippet)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert lines == [7, 8, 9], proc.stdout  # the three bad calls, and none of the good ones
    assert "acount_index" in proc.stdout and "rate_limt" in proc.stdout
