"""`Lighter` and `AsyncLighter` against a scripted evil REST peer in front of the local exchange.

Each hostile answer (deep nesting, huge numbers, binary, trickled head or body, an endless or over-declared
body, silence) ends in a typed `APIError` within the deadline; the next call works; a transaction whose
answer was hostile leaves its nonce "outcome unknown" and the following ones are accepted with
contiguous nonces (the exchange never refuses one).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from typing import Any

import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials, onboard

from .evil_http import EvilHttp

TIMEOUT = 1.0
SLACK = 2.5  # scheduling noise on a shared machine; a hang would be >= 20 s (the evil server's patience)

READ_TRICKS = [
    "deep",
    "huge_number",
    "binary",
    "trickle",
    "trickle_head",
    "endless",
    "declared_huge",
    "silence",
]
TX_TRICKS = ["deep", "trickle", "binary", "silence"]


@pytest.fixture(scope="module")
def sim() -> Iterator[tuple[LocalExchange, Credentials]]:
    with LocalExchange() as lx:
        yield lx, onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000)


def _kwargs(evil: EvilHttp, creds: Credentials) -> dict[str, Any]:
    return {
        "base_url": evil.base_url,
        "chain_id": creds.chain_id,
        "account_index": creds.account_index,
        "api_key_index": creds.api_key_index,
        "api_private_key": creds.api_private_key,
        "timeout": TIMEOUT,
        "max_retries": 0,
    }


def _expect_typed(kind: str, exc: BaseException) -> None:
    assert isinstance(exc, APIError), f"{kind}: {type(exc).__name__}: {exc}"
    if kind in ("trickle", "trickle_head", "silence"):
        assert isinstance(exc, APITimeoutError), kind
    elif kind in ("deep", "huge_number", "binary", "endless", "declared_huge"):
        assert isinstance(exc, (APIResponseValidationError, APIConnectionError)), kind


def _order(client: Any, i: int) -> Any:
    return client.create_order("ETH", side="buy", size="0.01", price=str(1000 + i), client_order_index=i + 1)


def _tx_answers(evil: EvilHttp) -> list[int | None]:
    return [s.status for s in evil.seen if s.path == "/api/v1/sendTx"]


def test_blocking_client_survives_every_hostile_answer(sim: tuple[LocalExchange, Credentials]) -> None:
    lx, creds = sim
    with EvilHttp(lx.base_url) as evil, Lighter(**_kwargs(evil, creds)) as client:
        client.markets()
        for kind in READ_TRICKS:
            evil.trick("/api/v1/orderBooks", kind)
            started = time.monotonic()
            with pytest.raises(Exception) as info:
                client.market_data.order_books()
            assert time.monotonic() - started < TIMEOUT + SLACK, kind
            _expect_typed(kind, info.value)
            assert client.market_data.order_books() is not None  # the next call works
        start = int(client.transactions.next_nonce().nonce)
        for i, kind in enumerate(TX_TRICKS):
            evil.trick("/api/v1/sendTx", kind, forward_first=True)  # the exchange runs it; the answer is evil
            started = time.monotonic()
            with pytest.raises(APIError) as tx_info:
                _order(client, 2 * i)
            assert time.monotonic() - started < TIMEOUT + SLACK, kind
            assert tx_info.value.nonce_consumed is None, kind  # outcome unknown: resynced before reuse
            assert _order(client, 2 * i + 1).tx_hash
        answers = _tx_answers(evil)
        assert answers == [200] * len(answers) and len(answers) == 2 * len(TX_TRICKS)  # none refused
        assert int(client.transactions.next_nonce().nonce) == start + len(answers)  # contiguous, nothing lost


def test_async_client_survives_every_hostile_answer(sim: tuple[LocalExchange, Credentials]) -> None:
    lx, creds = sim

    async def scenario(evil: EvilHttp) -> None:
        async with AsyncLighter(**_kwargs(evil, creds)) as client:
            await client.markets()
            for kind in READ_TRICKS:
                evil.trick("/api/v1/orderBooks", kind)
                started = time.monotonic()
                with pytest.raises(Exception) as info:
                    await client.market_data.order_books()
                assert time.monotonic() - started < TIMEOUT + SLACK, kind
                _expect_typed(kind, info.value)
                assert await client.market_data.order_books() is not None
            start = int((await client.transactions.next_nonce()).nonce)
            for i, kind in enumerate(TX_TRICKS):
                evil.trick("/api/v1/sendTx", kind, forward_first=True)
                with pytest.raises(APIError) as tx_info:
                    await _order(client, 100 + 2 * i)
                assert tx_info.value.nonce_consumed is None, kind
                assert (await _order(client, 100 + 2 * i + 1)).tx_hash
            answers = _tx_answers(evil)
            assert answers == [200] * len(answers) and len(answers) == 2 * len(TX_TRICKS)
            assert int((await client.transactions.next_nonce()).nonce) == start + len(answers)

    with EvilHttp(lx.base_url) as evil:
        asyncio.run(scenario(evil))


CLIENT_AFTER_L1 = textwrap.dedent(
    """
    import sys
    import eth_account, py_ecc  # as an application might: py_ecc raises the recursion limit to 100000
    assert sys.getrecursionlimit() >= 100000
    from lighter import Lighter
    from lighter._errors import APIResponseValidationError
    from lighter.signing import l1_sign
    l1_sign("hello", "0x" + "11" * 32)
    with Lighter(base_url=sys.argv[1], chain_id=304, timeout=5, max_retries=0) as client:
        client.markets()
        try:
            client.market_data.order_books()
        except APIResponseValidationError:
            pass
        else:
            raise SystemExit("no error")
        client.market_data.order_books()
    print("OK")
    """
)


def test_client_after_an_l1_signature_answers_a_deep_body_with_a_typed_error(
    sim: tuple[LocalExchange, Credentials],
) -> None:
    lx, _ = sim
    with EvilHttp(lx.base_url) as evil:
        evil.trick("/api/v1/orderBooks", "deep")
        proc = subprocess.run(
            [sys.executable, "-c", CLIENT_AFTER_L1, evil.base_url], capture_output=True, text=True, timeout=60
        )
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", (proc.returncode, proc.stderr[-2000:])
