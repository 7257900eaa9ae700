"""Bad input is an `InvalidInputError` naming the argument, before anything is signed or sent (the local
exchange's next nonce does not move); `send_tx` fills an unset nonce and refuses another account's tx."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from lighter import Lighter
from lighter._errors import InvalidInputError
from lighter.markets import to_decimal
from lighter.transactions import CreateOrder, default_expired_at


@pytest.fixture(scope="module")
def client() -> Iterator[Lighter]:
    from lighter.testing import LocalExchange
    from lighter.testing.onboarding import onboard

    with LocalExchange() as lx:
        creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000)
        with Lighter.from_env(creds.as_env(), rate_limit=None) as c:
            yield c


def refused(client: Lighter, call: Callable[[], object], match: str) -> None:
    before = client.transactions.next_nonce().nonce
    with pytest.raises(InvalidInputError, match=match):
        call()
    assert client.transactions.next_nonce().nonce == before


FAR = datetime(9999, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda c: c.schedule_cancel_all(float("nan")), "after"),
        (lambda c: c.schedule_cancel_all(float("inf")), "after"),
        (lambda c: c.schedule_cancel_all(1e300), "after"),
        (lambda c: c.schedule_cancel_all(-5), "after"),
        (lambda c: c.schedule_cancel_all(timedelta(days=40)), "after is at most 15 days"),
        (lambda c: c.schedule_cancel_all(FAR), "after is at most 15 days"),
        (lambda c: c.transfer(99, "USDC", "5", memo=-1), "memo must be bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo=1.5), "memo must be bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo=[1, 2]), "memo must be bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo=10**12), "memo must be bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo=b"x" * 33), "memo is at most 32 bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo="0x" + "ab" * 33), "memo is at most 32 bytes"),
        (lambda c: c.transfer(99, "USDC", "5", memo="0xzz"), "not hex"),
        (lambda c: c.create_order("ETH", side="buy", size="٣", price="3000"), "size is not a number"),
        (lambda c: c.create_order("ETH", side="buy", size="1_0", price="3000"), "size is not a number"),
        (lambda c: c.create_order("ETH", side="buy", size="0.1", price="3٠٠٠"), "price is not a number"),
        (
            lambda c: c.create_order("ETH", side="buy", size="0.1", price="3000", expiry=FAR),
            "expiry is at most 30",
        ),
        (
            lambda c: c.create_order("ETH", side="buy", size="0.1", price="3000", expiry=timedelta(days=31)),
            "expiry is at most 30 days",
        ),
        (
            lambda c: c.create_order("ETH", side="buy", size="0.1", price="3000", expiry=99_999_999_999_999),
            "expiry is at most 30 days",
        ),
        (
            lambda c: c.create_bracket_order(
                "ETH", side="buy", size="0.1", price="3000", take_profit="2900", stop_loss="2800"
            ),
            "take_profit 2900 must be above the entry price 3000 of a long",
        ),
        (
            lambda c: c.create_bracket_order(
                "ETH", side="buy", size="0.1", price="3000", take_profit="3300", stop_loss="3100"
            ),
            "stop_loss 3100 must be below the entry price",
        ),
        (
            lambda c: c.create_bracket_order(
                "ETH", side="sell", size="0.1", price="3000", take_profit="3100", stop_loss="3200"
            ),
            "take_profit 3100 must be below the entry price 3000 of a short",
        ),
        (
            lambda c: c.create_bracket_order(
                "ETH", side="buy", size="0.1", take_profit="2800", stop_loss="2900"
            ),
            "take_profit 2800 must be above stop_loss 2900",
        ),
        (
            lambda c: c.create_oco_order(
                "ETH", side="sell", size="0.1", take_profit="2800", stop_loss="2900"
            ),
            "take_profit 2800 must be above stop_loss",
        ),
    ],
)
def test_bad_input_is_refused_before_signing(
    client: Lighter, call: Callable[[Lighter], object], match: str
) -> None:
    refused(client, lambda: call(client), match)


def test_bracket_override_sends_the_legs_as_given(client: Lighter) -> None:
    result = client.create_bracket_order(
        "ETH", side="buy", size="0.01", price="2000", take_profit="1900", stop_loss="1800", check_legs=False
    )
    assert result.tx_hash


@pytest.mark.parametrize("text", ["0.25", "1e-3", "+2", ".5", "3.", " 7 "])
def test_ascii_decimal_text_is_still_accepted(text: str) -> None:
    assert to_decimal(text) == Decimal(text.strip())


def test_send_tx_fills_an_unset_nonce_and_refuses_another_accounts_tx(client: Lighter) -> None:
    def order(account: int, coi: int) -> CreateOrder:
        return CreateOrder(
            account_index=account,
            api_key_index=client.api_key_indexes[0],
            expired_at=default_expired_at(),
            market_index=0,
            client_order_index=coi,
            base_amount=100,
            price=200_000,
            is_ask=0,
            type=0,
            time_in_force=1,
            reduce_only=0,
            trigger_price=0,
            order_expiry=int(datetime.now(timezone.utc).timestamp() * 1000) + 86_400_000,
        )

    assert order(client.account_index, 1).nonce is None
    sent = client.send_tx(order(client.account_index, 4242))
    assert sent.tx_hash
    refused(client, lambda: client.send_tx(order(client.account_index + 1, 4243)), "other_account=True")


def test_memo_forms(client: Lighter) -> Any:
    from lighter.resources.trading import _memo

    assert _memo(b"ab") == b"ab" + bytes(30)
    assert _memo("0x" + "01" * 32) == bytes([1]) * 32
    assert _memo("rent") == b"rent" + bytes(28)
    assert _memo(None) == bytes(32)
