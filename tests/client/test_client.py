"""Lighter / AsyncLighter against an in-process exchange stand-in (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import threading
import time
from decimal import Decimal

import httpx
import pytest

from lighter import AsyncLighter, Lighter
from lighter._errors import (
    APITimeoutError,
    ConfigError,
    InvalidInputError,
    MissingCredentialsError,
    NotEnoughMarginError,
    PrecisionError,
    RateLimitError,
    TxWaitTimeoutError,
    UnknownMarketError,
)
from lighter._ratelimit import RateLimiter
from lighter.signing import l1_recover

from .fake_exchange import ACCOUNT, API_KEY, KEY_INDEX, FakeExchange

ETH_KEY = "0x" + "4c" * 32


@pytest.fixture()
def ex() -> FakeExchange:
    return FakeExchange()


def make(ex: FakeExchange, **kw: object) -> Lighter:
    args: dict[str, object] = dict(
        base_url="http://fake",
        chain_id=304,
        account_index=ACCOUNT,
        api_key_index=KEY_INDEX,
        api_private_key=API_KEY.to_hex(),
        rate_limit=None,
    )
    args.update(kw)
    return Lighter(transport=httpx.MockTransport(ex.handler), **args)  # type: ignore[arg-type]


def sent_paths(ex: FakeExchange) -> list[str]:
    return [r.url.path for r in ex.requests]


def test_construction_does_no_io_and_repr_hides_secrets(ex: FakeExchange) -> None:
    client = make(ex, eth_private_key=ETH_KEY)
    assert ex.requests == []
    text = repr(client) + str(client)
    assert API_KEY.to_hex()[:20] not in text and "4c4c4c" not in text and "account_index=77" in text
    with pytest.raises(ConfigError) as info:
        make(ex, api_private_key="zz" + "1" * 78)
    assert "zz111" not in str(info.value)
    with pytest.raises(ConfigError, match="api_key_index"):
        Lighter(network="testnet", account_index=5, api_private_key=API_KEY.to_hex())
    with pytest.raises(ConfigError, match="eth_private_key"):
        make(ex, eth_private_key="0x1234")


def test_limit_order_in_human_units(ex: FakeExchange) -> None:
    with make(ex) as client:
        result = client.create_order("ETH", side="buy", size="0.1", price="3000.5", client_order_index=42)
    tx = ex.decoded()[-1]
    assert (tx.market_index, tx.base_amount, tx.price, tx.is_ask, tx.type, tx.time_in_force) == (
        0,
        1000,
        300050,
        0,
        0,
        1,
    )
    assert (
        tx.order_expiry > time.time() * 1000 + 27 * 86400_000
        and tx.nonce == 5
        and tx.api_key_index == KEY_INDEX
    )
    assert result.client_order_index == 42 and result.nonce == 5 and result.tx_hash == result.signed.tx_hash
    assert result.predicted_execution_time_ms == 1766088500120 and result.volume_quota_remaining == 99
    assert sent_paths(ex) == ["/api/v1/orderBookDetails", "/api/v1/nextNonce", "/api/v1/sendTx"]


def test_order_variants(ex: FakeExchange) -> None:
    client = make(ex)
    client.create_limit_order("ETH", side="sell", size="0.1", price="3100", post_only=True)
    client.create_limit_order("ETH", side="buy", size="0.1", price="3100", time_in_force="ioc")
    client.create_market_order("ETH", side="buy", size="0.1", max_slippage="0.01")
    client.create_stop_loss_order("ETH", side="sell", size="0.1", trigger_price="2900")
    client.create_take_profit_order("ETH", side="sell", size="0.1", trigger_price="3300", limit_price="3290")
    post, ioc, market, sl, tp = ex.decoded()[-5:]
    assert post.time_in_force == 2 and ioc.time_in_force == 0 and ioc.order_expiry == 0
    assert (market.type, market.price, market.order_expiry) == (
        1,
        303050,
        0,
    )  # best ask 3000.50 + 1%, floored
    assert (sl.type, sl.trigger_price, sl.price, sl.reduce_only) == (2, 290000, 287100, 1)  # 2900 - 1%
    assert (tp.type, tp.trigger_price, tp.price, tp.time_in_force) == (5, 330000, 329000, 1)
    assert client.create_order("ETH/USDC", side="buy", size="0.1", price="2700").tx_type == 14
    assert ex.decoded()[-1].market_index == 2048


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"market": "DOGE"}, UnknownMarketError, "unknown market 'DOGE'"),
        ({"side": "up"}, InvalidInputError, "side must be one of"),
        ({"size": "0.001"}, InvalidInputError, "below the minimum"),
        ({"price": "3000.555"}, PrecisionError, "tick 0.01"),
        ({"size": 0.1}, PrecisionError, "binary value"),
        ({"order_type": "market", "price": None, "expiry": 123}, InvalidInputError, "no expiry"),
        ({"order_type": "stop_loss"}, InvalidInputError, "trigger_price"),
    ],
)
def test_bad_input_is_refused_before_signing_or_sending(
    ex: FakeExchange, kwargs: dict[str, object], error: type, match: str
) -> None:
    client = make(ex)
    args: dict[str, object] = {"market": "ETH", "side": "buy", "size": "0.1", "price": "3000"}
    args.update(kwargs)
    market = args.pop("market")
    with pytest.raises(error, match=match):
        client.create_order(market, **args)  # type: ignore[arg-type]
    assert "/api/v1/sendTx" not in sent_paths(ex) and "/api/v1/nextNonce" not in sent_paths(ex)


def test_missing_credentials_are_named_before_any_request(ex: FakeExchange) -> None:
    client = Lighter(base_url="http://fake", chain_id=304, transport=httpx.MockTransport(ex.handler))
    with pytest.raises(MissingCredentialsError, match="account_index"):
        client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert ex.requests == []
    no_eth = make(ex)
    with pytest.raises(MissingCredentialsError, match="eth_private_key"):
        no_eth.transfer(99, "USDC", "5")
    assert "/api/v1/sendTx" not in sent_paths(ex)


def test_invalid_nonce_resyncs_and_resends_once(ex: FakeExchange) -> None:
    client = make(ex)
    client.create_order("ETH", side="buy", size="0.1", price="3000")
    ex.next_nonce[KEY_INDEX] = 40  # another process used the key
    result = client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert result.nonce == 40 and ex.decoded()[-1].nonce == 40
    assert sent_paths(ex).count("/api/v1/nextNonce") == 2
    assert client.create_order("ETH", side="buy", size="0.1", price="3000").nonce == 41


def test_refused_tx_gives_its_nonce_back(ex: FakeExchange) -> None:
    client = make(ex)
    margin = httpx.Response(400, json={"code": 21739, "message": "not enough margin to create the order"})
    ex.fail.append(lambda r: margin if r.url.path == "/api/v1/sendTx" else None)
    with pytest.raises(NotEnoughMarginError) as info:
        client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert info.value.nonce_consumed is False and "deposit" in info.value.hint
    ex.fail.clear()
    assert client.create_order("ETH", side="buy", size="0.1", price="3000").nonce == 5


def test_a_429_on_send_tx_is_not_resent_and_the_nonce_is_handed_back(ex: FakeExchange) -> None:
    sleeps: list[float] = []
    limiter = RateLimiter("premium", clock=lambda: 100.0, sleep=sleeps.append)  # time stands still
    client = make(ex, rate_limit=limiter)
    busy = httpx.Response(
        429, headers={"Retry-After": "3"}, json={"code": 23000, "message": "Too Many Requests!"}
    )
    ex.fail.append(lambda r: busy if r.url.path == "/api/v1/sendTx" else None)
    with pytest.raises(RateLimitError) as info:
        client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert sent_paths(ex).count("/api/v1/sendTx") == 1  # exactly one POST
    assert info.value.nonce_consumed is False and ex.sent == []
    ex.fail.clear()
    again = client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert again.nonce == 5  # the refused nonce was handed back and used now
    assert sleeps == [3.0]  # the next send waited for Retry-After


def test_timeout_means_unknown_outcome_and_a_resync(ex: FakeExchange) -> None:
    client = make(ex)

    def timeout(request: httpx.Request) -> None:
        if request.url.path == "/api/v1/sendTx":
            ex.fail.clear()
            ex.route(request)  # the exchange did receive it...
            raise httpx.ReadTimeout("slow", request=request)  # ...but the answer was lost
        return None

    ex.fail.append(timeout)
    with pytest.raises(APITimeoutError):
        client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert client.create_order("ETH", side="buy", size="0.1", price="3000").nonce == 6
    assert sent_paths(ex).count("/api/v1/nextNonce") == 2


def test_batch_uses_consecutive_nonces_of_one_key(ex: FakeExchange) -> None:
    client = make(ex)
    batch = client.batch()
    batch.create_order("ETH", side="buy", size="0.1", price="2900")
    batch.create_order("ETH", side="sell", size="0.1", price="3100")
    batch.cancel_order("ETH", 281475565888172)
    result = client.send_batch(batch)
    assert [r.nonce for r in result] == [5, 6, 7] and len(result.tx_hashes) == 3
    assert [tx.nonce for tx in ex.decoded()] == [5, 6, 7]
    big = client.batch()
    for _ in range(51):
        big.cancel_order("ETH", 1)
    with pytest.raises(InvalidInputError, match="at most 50"):
        client.send_batch(big)


def test_bracket_and_oco_are_grouped_orders(ex: FakeExchange) -> None:
    client = make(ex)
    client.create_bracket_order(
        "ETH", side="buy", size="0.1", price="3000", take_profit="3300", stop_loss="2800"
    )
    client.create_bracket_order("ETH", side="buy", size="0.1", take_profit="3300")
    client.create_oco_order("ETH", side="sell", size="0.1", take_profit="3300", stop_loss="2800")
    otoco, oto, oco = ex.decoded()
    assert (otoco.grouping_type, len(otoco.orders)) == (3, 3)
    entry, tp, sl = otoco.orders
    assert entry.base_amount == 1000 and tp.base_amount == 0 and tp.is_ask == 1 and sl.type == 2
    assert (oto.grouping_type, oto.orders[0].type) == (1, 1)
    assert oco.grouping_type == 2 and {o.type for o in oco.orders} == {2, 4}


def test_account_transactions(ex: FakeExchange) -> None:
    client = make(ex, eth_private_key=ETH_KEY)
    client.update_leverage("ETH", 20)
    with pytest.raises(InvalidInputError, match="maximum of 50x"):
        client.update_leverage("ETH", 100)
    client.update_margin("ETH", "12.5", direction="add")
    client.withdraw("USDC", "1.005")
    client.cancel_all_orders()
    client.schedule_cancel_all(60)
    client.abort_scheduled_cancel_all()
    result = client.transfer(99, "USDC", "5", memo="rent")
    client.change_api_key()
    client.create_sub_account()
    lev, margin, wd, cancel_all, scheduled, abort, transfer, change, sub = ex.decoded()
    assert lev.initial_margin_fraction == 500 and margin.usdc_amount == 12_500_000 and margin.direction == 1
    assert wd.amount == 1_005_000 and wd.asset_index == 3
    assert (cancel_all.time_in_force, scheduled.time_in_force, abort.time_in_force) == (0, 1, 2)
    assert abs(scheduled.time - (time.time() * 1000 + 60_000)) < 5_000
    assert transfer.amount == 5_000_000 and transfer.memo.rstrip(b"\0") == b"rent"
    from eth_account import Account

    address = Account.from_key(ETH_KEY).address
    assert l1_recover(result.signed.message_to_sign, transfer.l1_sig) == address
    assert change.pub_key == API_KEY.public_key.to_bytes() and change.l1_sig.startswith("0x")
    assert sub.tx_type == 9


def test_wait_for_tx(ex: FakeExchange) -> None:
    client = make(ex)
    result = client.create_order("ETH", side="buy", size="0.1", price="3000")
    assert client.wait_for_tx(result)["hash"] == result.tx_hash
    with pytest.raises(TxWaitTimeoutError):
        client.wait_for_tx("00" * 40, timeout=0.05, poll_interval=0.01)


def test_auth_token_is_created_locally_and_cached(ex: FakeExchange) -> None:
    client = make(ex)
    token = client.auth_token()
    assert token == client.auth_token() and token.split(":")[1:3] == [str(ACCOUNT), str(KEY_INDEX)]
    assert ex.requests == []


def test_from_env(ex: FakeExchange) -> None:
    env = {
        "LIGHTER_BASE_URL": "http://fake",
        "LIGHTER_CHAIN_ID": "300",
        "LIGHTER_ACCOUNT_INDEX": str(ACCOUNT),
        "LIGHTER_API_KEY_INDEX": str(KEY_INDEX),
        "LIGHTER_API_PRIVATE_KEY": API_KEY.to_hex(),
    }
    client = Lighter.from_env(env, transport=httpx.MockTransport(ex.handler))
    assert (client.chain_id, client.account_index, client.api_key_indexes) == (300, ACCOUNT, (KEY_INDEX,))


def test_threads_share_one_key_without_nonce_errors(ex: FakeExchange) -> None:
    client = make(ex)
    client.markets()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(25):
                client.create_order("ETH", side="buy", size="0.1", price="3000")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [tx.nonce for tx in ex.decoded()] == list(range(5, 205))
    assert sent_paths(ex).count("/api/v1/nextNonce") == 1


def test_async_face_same_names_and_many_tasks(ex: FakeExchange) -> None:
    async def main() -> None:
        async with AsyncLighter(
            base_url="http://fake",
            chain_id=304,
            account_index=ACCOUNT,
            api_key_index=KEY_INDEX,
            api_private_key=API_KEY.to_hex(),
            rate_limit=None,
            transport=httpx.MockTransport(ex.handler),
        ) as client:
            results = await asyncio.gather(
                *(client.create_order("ETH", side="buy", size="0.1", price="3000") for _ in range(100))
            )
            assert sorted(r.nonce for r in results) == list(range(5, 105))
            with pytest.raises(UnknownMarketError):
                await client.create_order("DOGE", side="buy", size="1", price="1")
            batch = client.batch()
            batch.create_order("ETH", side="buy", size="0.1", price="2900")
            batch.create_order("ETH", side="buy", size="0.1", price="2901")
            assert [r.nonce for r in await client.send_batch(batch)] == [105, 106]
            market = await client.market("ETH")
            assert market.tick_size == Decimal("0.01")
            assert (await client.wait_for_tx(results[0]))["status"] == 2

    asyncio.run(main())
    assert [tx.nonce for tx in ex.decoded()] == list(range(5, 107))
    sync_names = {n for n in dir(Lighter) if not n.startswith("_")}
    async_names = {n for n in dir(AsyncLighter) if not n.startswith("_")}
    assert sync_names == async_names


def test_rate_limit_defaults() -> None:
    assert Lighter(network="mainnet")._limiter is not None
    assert Lighter(network="mainnet")._limiter.tier == "standard"  # type: ignore[union-attr]
    assert Lighter(base_url="http://127.0.0.1:9", chain_id=304)._limiter is None
    assert Lighter(network="testnet", rate_limit="premium")._limiter.tier == "premium"  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="rate_limit"):
        Lighter(network="testnet", rate_limit="gold")
