"""integrator= and self_trade= against the local exchange: approvals, fees on fills, self-trade prevention."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from lighter import (
    AccountNotFoundError,
    AsyncLighter,
    Integrator,
    IntegratorNotApprovedError,
    Lighter,
    SelfTrade,
)
from lighter._errors import (
    RESULT_CODES,
    InvalidInputError,
    InvalidOrderError,
    RateLimitError,
    make_status_error,
)
from lighter.signing import PrivateKey
from lighter.testing.onboarding import Credentials

Onboard = Callable[..., Credentials]


def client_for(creds: Credentials) -> Lighter:
    return Lighter.from_env(creds.as_env(), rate_limit=None)


def collateral(client: Lighter, account_index: int) -> Decimal:
    """Any account's collateral, read without a token (a token of another account would be refused)."""
    with Lighter(base_url=client.base_url, chain_id=client.chain_id) as public:
        return Decimal(public.account.get(account_index).accounts[0].collateral)


def next_nonce(client: Lighter, creds: Credentials) -> int:
    answer = client.api.next_nonce(account_index=creds.account_index, api_key_index=creds.api_key_index)
    return int(answer.nonce)


def approve(client: Lighter, integrator: int, cap: str = "0.001") -> None:
    result = client.approve_integrator(
        integrator,
        max_perps_taker_fee=cap,
        max_perps_maker_fee=cap,
        max_spot_taker_fee=cap,
        max_spot_maker_fee=cap,
        expiry=timedelta(days=1),
    )
    client.wait_for_tx(result, timeout=5)


def test_an_unapproved_integrator_is_refused_before_anything_is_signed(onboard_account: Onboard) -> None:
    trader, integrator = onboard_account(usdc=10_000), onboard_account(usdc=1)
    with client_for(trader) as client:
        before = next_nonce(client, trader)
        with pytest.raises(InvalidInputError, match=r"approve_integrator\(") as info:
            client.create_order(
                "ETH", side="buy", size="0.1", price="3000", integrator=integrator.account_index
            )
        assert f"integrator {integrator.account_index} is not approved" in str(info.value)
        assert next_nonce(client, trader) == before  # nothing was sent
        approve(client, integrator.account_index, cap="0.0005")
        with pytest.raises(
            InvalidInputError, match=r"integrator taker_fee=0\.001000 is above .* 0\.\.0\.000500"
        ):
            client.create_order(
                "ETH",
                side="buy",
                size="0.1",
                price="3000",
                integrator=Integrator(integrator.account_index, "0.001"),
            )
        placed = client.create_order(
            "ETH",
            side="buy",
            size="0.1",
            price="3000",
            integrator=Integrator(integrator.account_index, "0.0005"),
        )
        client.wait_for_tx(placed, timeout=5)
        listed = client.account.get().accounts[0].approved_integrators
        assert [(a.account_index, a.max_perps_taker_fee) for a in listed] == [(integrator.account_index, 500)]
        batch = client.batch()
        for price in ("2990", "2980"):
            batch.create_order(
                "ETH", side="buy", size="0.1", price=price, integrator=integrator.account_index
            )
        sent = client.send_batch(batch)
        attributes = f'"L2TxAttributes":{{"1":{integrator.account_index}}}}}'
        assert all(r.signed.tx_info.endswith(attributes) for r in sent.results)


def test_integrator_fees_are_charged_on_fills_and_credited(onboard_account: Onboard) -> None:
    trader, maker, integrator = (
        onboard_account(usdc=10_000),
        onboard_account(usdc=10_000),
        onboard_account(usdc=1),
    )
    with client_for(trader) as client, client_for(maker) as other:
        approve(client, integrator.account_index)
        approve(other, integrator.account_index)
        resting = other.create_order(
            "ETH",
            side="sell",
            size="0.5",
            price="3000",
            integrator=Integrator(integrator.account_index, 0, "0.0002"),
        )
        other.wait_for_tx(resting, timeout=5)
        start = {i: collateral(client, i) for i in (trader.account_index, maker.account_index)}
        taken = client.create_order(
            "ETH",
            side="buy",
            size="0.5",
            price="3000",
            time_in_force="ioc",
            integrator=Integrator(integrator.account_index, taker_fee="0.001"),
        )
        client.wait_for_tx(taken, timeout=5)
        # 0.5 ETH at 3000 = 1500 USDC: the taker pays 0.1% (1.5), the maker 0.02% (0.3), to the integrator
        assert collateral(client, integrator.account_index) == Decimal("1") + Decimal("1.8")
        assert collateral(client, trader.account_index) == start[trader.account_index] - Decimal("1.5")
        assert collateral(client, maker.account_index) == start[maker.account_index] - Decimal("0.3")
        routed = client.api.trades(
            integrator_account_index=integrator.account_index, sort_by="trade_id", limit=10
        )
        [trade] = routed.trades
        assert (trade.integrator_taker_fee_collector_index, trade.integrator_taker_fee) == (
            integrator.account_index,
            1_500_000,  # USDC micro units
        )
        assert (trade.market_kind, trade.market_symbol) == ("perps", "ETH")
        assert (
            client.api.trades(
                integrator_account_index=trader.account_index, sort_by="trade_id", limit=10
            ).trades
            == []
        )


def test_the_exchange_refuses_a_revoked_integrator_with_21149(onboard_account: Onboard) -> None:
    trader, integrator = onboard_account(usdc=10_000), onboard_account(usdc=1)
    with client_for(trader) as client, client_for(trader) as second:
        approve(client, integrator.account_index)
        first = client.create_order(
            "ETH", side="buy", size="0.1", price="2000", integrator=integrator.account_index
        )
        client.wait_for_tx(first, timeout=5)  # this client now remembers the approval
        second.wait_for_tx(second.revoke_integrator(integrator.account_index), timeout=5)
        with pytest.raises(IntegratorNotApprovedError) as info:
            client.create_order(
                "ETH", side="buy", size="0.1", price="2000", integrator=integrator.account_index
            )
        assert info.value.code == 21149
        assert "approve_integrator" in (info.value.hint or "")
        assert info.value.nonce_consumed is False


def test_approving_an_account_that_does_not_exist_is_refused(onboard_account: Onboard) -> None:
    with client_for(onboard_account(usdc=100)) as client, pytest.raises(AccountNotFoundError):
        approve(client, 2**40)


def _book(client: Lighter) -> tuple[list[Any], list[Any]]:
    depth = client.api.order_book_orders(market_id=0, limit=10)
    return list(depth.asks), list(depth.bids)


@pytest.mark.parametrize(
    ("mode", "maker_left", "taker_rests"),
    [
        ("expire_maker", False, True),  # the resting sell is cancelled; the buy rests in its place
        ("expire_taker", True, False),
        ("expire_both", False, False),
        ("reduce", True, True),  # both shrink by the overlap: 0.2 of the 0.5 sell is left, the buy is gone
    ],
)
def test_a_self_trade_never_fills_against_itself(
    onboard_account: Onboard, mode: str, maker_left: bool, taker_rests: bool
) -> None:
    creds = onboard_account(usdc=10_000)
    with client_for(creds) as client:
        sell_size = "0.5" if mode == "reduce" else "0.3"
        client.wait_for_tx(client.create_order("ETH", side="sell", size=sell_size, price="3000"), timeout=5)
        buy = client.create_order("ETH", side="buy", size="0.3", price="3000", self_trade=mode)
        client.wait_for_tx(buy, timeout=5)
        asks, bids = _book(client)
        assert bool(asks) is maker_left
        if mode == "reduce":
            assert Decimal(asks[0].remaining_base_amount) == Decimal("0.2")
            assert not bids
        else:
            assert bool(bids) is taker_rests
        trades = client.api.trades(account_index=creds.account_index, sort_by="trade_id", limit=10)
        assert list(trades.trades or []) == []
        assert not client.account.positions()


def test_self_trade_across_the_master_account(onboard_account: Onboard) -> None:
    creds = onboard_account(usdc=10_000)
    with client_for(creds) as client:
        client.wait_for_tx(client.create_order("ETH", side="sell", size="0.3", price="3000"), timeout=5)
        buy = client.create_order(
            "ETH",
            side="buy",
            size="0.3",
            price="3000",
            self_trade=SelfTrade("expire_taker", across="master_account"),
        )
        client.wait_for_tx(buy, timeout=5)
        asks, bids = _book(client)
        assert asks and not bids


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"self_trade": "cancel_newest"}, r"self_trade must be one of \['expire_maker', 'expire_taker'"),
        (
            {"self_trade": SelfTrade("reduce", across="master_account")},
            r"'reduce' applies within one account",
        ),
        ({"self_trade": SelfTrade("expire_taker", across="pool")}, r"across= must be one of \['account'"),
        ({"integrator": -5}, r"integrator is the integrator's account index .* 1\.\.281474976710654, got -5"),
        (
            {"integrator": Integrator(5, taker_fee="-0.001")},
            r"integrator taker_fee is a fraction .* between 0 and 1",
        ),
        (
            {"integrator": Integrator(5, maker_fee="1.5")},
            r"integrator maker_fee is a fraction .* between 0 and 1",
        ),
        ({"integrator": Integrator(5, taker_fee="0.0000001")}, r"finer than the exchange's fee unit"),
        (
            {"integrator": Integrator(5, taker_fee="0.001"), "self_trade": "expire_taker"},
            r"self_trade cannot be combined with integrator fees",
        ),
    ],
)
def test_bad_choices_are_refused_by_every_order_path(kwargs: dict[str, Any], pattern: str) -> None:
    # Refused while the call is made: nothing is fetched, signed or sent (nothing listens on port 9).
    key = PrivateKey.generate().to_hex()
    offline = Lighter(
        base_url="http://127.0.0.1:9", chain_id=304, account_index=5, api_key_index=3, api_private_key=key
    )
    with offline as client:
        calls = [
            lambda: client.create_order("ETH", side="buy", size="0.1", price="3000", **kwargs),
            lambda: client.create_market_order("ETH", side="buy", size="0.1", price="3100", **kwargs),
            lambda: client.create_stop_loss_order(
                "ETH", side="sell", size="0.1", trigger_price="2900", **kwargs
            ),
            lambda: client.create_take_profit_order(
                "ETH", side="sell", size="0.1", trigger_price="3300", **kwargs
            ),
            lambda: client.create_bracket_order(
                "ETH", side="buy", size="0.1", price="3000", take_profit="3300", **kwargs
            ),
            lambda: client.create_oco_order(
                "ETH", side="sell", size="0.1", take_profit="3300", stop_loss="2900", **kwargs
            ),
            lambda: client.modify_order("ETH", 1, size="0.1", price="3000", **kwargs),
        ]
        for call in calls:
            with pytest.raises(InvalidInputError, match=pattern):
                call()
        with pytest.raises(InvalidInputError, match=pattern):
            client.batch().create_order("ETH", side="buy", size="0.1", price="3000", **kwargs)


def test_the_async_face_checks_and_sends_the_same(onboard_account: Onboard) -> None:
    trader, integrator = onboard_account(usdc=10_000), onboard_account(usdc=1)

    async def main() -> None:
        async with AsyncLighter.from_env(trader.as_env(), rate_limit=None) as client:
            with pytest.raises(InvalidInputError, match="approve_integrator"):
                await client.create_order(
                    "ETH", side="buy", size="0.1", price="3000", integrator=integrator.account_index
                )
            approved = await client.approve_integrator(
                integrator.account_index,
                max_perps_taker_fee="0.001",
                max_perps_maker_fee="0.001",
                max_spot_taker_fee="0",
                max_spot_maker_fee="0",
                expiry=timedelta(hours=1),
            )
            await client.wait_for_tx(approved, timeout=5)
            placed = await client.create_order(
                "ETH",
                side="buy",
                size="0.1",
                price="3000",
                integrator=Integrator(integrator.account_index, maker_fee="0.001"),
                self_trade=None,
            )
            await client.wait_for_tx(placed, timeout=5)
            assert placed.signed.tx_info.endswith(
                f'"L2TxAttributes":{{"1":{integrator.account_index},"3":1000}}}}'
            )

    asyncio.run(main())


def test_socket_sends_carry_the_same_choices(onboard_account: Onboard) -> None:
    trader, integrator = onboard_account(usdc=10_000), onboard_account(usdc=1)
    with client_for(trader) as client, client.ws(backoff_initial=0.02, connect_timeout=5.0) as ws:
        over_ws = client.via_ws(ws)
        with pytest.raises(InvalidInputError, match="approve_integrator"):
            over_ws.create_order(
                "ETH", side="buy", size="0.1", price="2000", integrator=integrator.account_index
            )
        approve(client, integrator.account_index)
        placed = over_ws.create_order(
            "ETH",
            side="buy",
            size="0.1",
            price="2000",
            integrator=Integrator(integrator.account_index, "0.0001"),
        )
        reduce = over_ws.create_order("ETH", side="sell", size="0.1", price="2000", self_trade="reduce")
        client.wait_for_tx(reduce, timeout=5)
        assert placed.signed.tx_info.endswith(
            f'"L2TxAttributes":{{"1":{integrator.account_index},"2":100}}}}'
        )
        assert reduce.signed.tx_info.endswith('"L2TxAttributes":{"6":3}}')
        assert not client.orders.active("ETH")  # the two shrank each other away, no trade
        assert not client.account.positions()


@pytest.mark.parametrize(
    ("code", "message", "cls", "retryable"),
    [
        (21149, "integrator is not approved", IntegratorNotApprovedError, False),
        (21701, "invalid base amount", InvalidOrderError, False),
        (30009, "too many messages", RateLimitError, True),
        (30010, "too many inflight messages", RateLimitError, True),
    ],
)
def test_the_new_result_codes(code: int, message: str, cls: type, retryable: bool) -> None:
    body = json.dumps({"code": code, "message": message}).encode()
    error = make_status_error(400, body, content_type="application/json")
    assert type(error) is cls and error.code == code
    assert error.retryable is retryable and error.nonce_consumed is False
    assert error.hint
    assert code in RESULT_CODES
    if code == 21149:
        assert "approve_integrator" in error.hint
