"""Input the exchange would refuse is refused by the client before signing (local exchange, loopback)."""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from lighter import Lighter
from lighter._errors import InvalidInputError
from lighter.resources.trading import _fraction_to_int


@pytest.fixture()
def client(local_exchange: object, onboard_account: Any) -> Iterator[Lighter]:
    creds = onboard_account(usdc=10_000)
    with Lighter.from_env(creds.as_env(), rate_limit=None) as c:
        yield c


def refused(client: Lighter, call: Callable[[], object], match: str) -> None:
    """`call` raises InvalidInputError and the exchange saw no transaction (its next nonce is unchanged)."""
    before = client.transactions.next_nonce().nonce
    with pytest.raises(InvalidInputError, match=match):
        call()
    assert client.transactions.next_nonce().nonce == before


def test_spot_protective_orders_are_not_reduce_only_by_default(client: Lighter) -> None:
    stop = client.create_stop_loss_order("ETH/USDC", side="sell", size="0.01", trigger_price="2800")
    assert client.wait_for_tx(stop, timeout=5)["hash"] == stop.tx_hash
    assert stop.signed.tx_info and '"ReduceOnly":0' in stop.signed.tx_info
    perp = client.create_stop_loss_order("ETH", side="sell", size="0.01", trigger_price="2800")
    assert '"ReduceOnly":1' in perp.signed.tx_info


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (
            lambda c: c.create_order("ETH/USDC", side="sell", size="0.01", price="3000", reduce_only=True),
            "reduce_only=True is for perp markets; ETH/USDC is a spot market",
        ),
        (
            lambda c: c.create_bracket_order(
                "ETH/USDC", side="buy", size="0.01", price="2000", take_profit="3300", stop_loss="1800"
            ),
            r"bracket or OCO order \(its take-profit and stop-loss are reduce-only\) is for perp markets",
        ),
        (
            lambda c: c.create_oco_order(
                "ETH/USDC", side="sell", size="0.01", take_profit="3300", stop_loss="1800"
            ),
            "is for perp markets; ETH/USDC is a spot market",
        ),
        (lambda c: c.update_leverage("ETH/USDC", 5), "leverage is for perp markets"),
        (lambda c: c.update_margin("ETH/USDC", "10"), "margin is for perp markets"),
        (
            lambda c: c.create_order("ETH", side="buy", size="0.01", price="2000", post_only="false"),
            "post_only must be True or False, got 'false'",
        ),
        (
            lambda c: c.create_order("ETH", side="buy", size="0.01", price="2000", reduce_only="no"),
            "reduce_only must be True or False",
        ),
        (
            lambda c: c.update_account_asset_config("ETH", margin_enabled="false"),
            "margin_enabled must be True or False",
        ),
        (
            lambda c: c.update_public_pool(
                1, active="false", operator_fee="0.1", min_operator_share_rate="0.1"
            ),
            "active must be True or False",
        ),
        (
            lambda c: c.create_public_pool(
                operator_fee="0.1000000000000000000000000000009",
                initial_total_shares=1000,
                min_operator_share_rate="0.1",
            ),
            "operator_fee=0.1000000000000000000000000000009 is finer than 1/1000000",
        ),
    ],
)
def test_refused_before_signing(client: Lighter, call: Callable[[Lighter], object], match: str) -> None:
    refused(client, lambda: call(client), match)


def test_modify_checks_the_minimums_like_create(client: Lighter) -> None:
    placed = client.create_order("ETH", side="buy", size="0.01", price="2000")
    client.wait_for_tx(placed, timeout=5)
    order_index = client.orders.active("ETH")[0].order_index
    refused(client, lambda: client.create_order("ETH", side="buy", size="0.0001", price="2000"), "minimum")
    refused(client, lambda: client.modify_order("ETH", order_index, size="0.0001", price="2000"), "minimum")
    moved = client.modify_order("ETH", order_index, size="0.02", price="2001")
    assert client.wait_for_tx(moved, timeout=5)["hash"] == moved.tx_hash


def test_minimum_value_does_not_depend_on_the_callers_decimal_context(client: Lighter) -> None:
    market = client.market("ETH")
    size = market.min_base_amount
    # A price whose value is just under the minimum: rounded up to it in a 5-digit context.
    price = (market.min_quote_amount / size - market.tick_size).quantize(market.tick_size)
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        refused(client, lambda: client.create_order("ETH", side="buy", size=size, price=price), "order value")


def test_fraction_to_int_is_exact() -> None:
    assert _fraction_to_int("0.001", 1_000_000, "fee") == 1000
    assert _fraction_to_int("1", 10_000, "rate") == 10_000
    with pytest.raises(InvalidInputError, match="finer than"):
        _fraction_to_int("0.1" + "0" * 40 + "1", 10_000, "rate")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"expiry": 1_800_000_000_000_000}, r"milliseconds, got 1800000000000000 \(microseconds\?\)"),
        ({"order_type": "market", "price": None, "time_in_force": False}, "always immediate-or-cancel"),
    ],
)
def test_order_arguments_of_the_wrong_kind(client: Lighter, kwargs: dict[str, object], match: str) -> None:
    args: dict[str, Any] = {"side": "buy", "size": "0.01", "price": "2000", **kwargs}
    refused(client, lambda: client.create_order("ETH", **args), match)
